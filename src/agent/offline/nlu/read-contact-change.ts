// Adding a contact or changing one, when the words settle it: "make Claire Dubois the billing contact" names a role
// for someone already there (adding would make a second Claire), "should Jamal Carter be added at Tidewater?" adds.
import type { PlannedCall } from '../types';
import type { Clause, Reading } from './command-reader';
import { unsaid } from './rule-out-intents';

// A role given to someone with "the" ("as principal contact", "the billing contact"), not "as a contact".
const GIVE_ROLE = /\b(?:make|set|put|name|designate|mark)\b[^.?!;]{0,80}?\b(?:the|their|our|as)\s+(?:(?:primary|main|principal|billing|key|lead|only|default)\s+)+(?:contact|person)\b/i;
// A contact's own details: said for a person, they describe a contact, not the client.
const DETAIL = new Set(['email', 'phone', 'jobTitle', 'role']);
const ADDS = /\b(?:add|adding|added|new|another|also add|loop(?:ed)? in|joins?|joined|hired?)\b/i;
const GONE = /\b(?:isn['’]t|is not|aren['’]t|are not|no longer)\s+(?:at|with|working (?:at|for|with)|part of)\b|\b(?:left|quit|resigned|retired|departed)\b/i;
const BE_ADDED = /\b(?:be|get|gets|got|been) added\b/i;

const moved = (clause: Clause, from: string, to: string): Clause => {
  const p = clause.ranking[0].p + (clause.ranking.find((r) => r.label === to)?.p ?? 0);
  return { ...clause, ranking: [{ label: to, p }, ...clause.ranking.filter((r) => r.label !== to && r.label !== from)] };
};

/** The clause with addContact and updateContact settled by its words, when they say which. */
export function withContactChange(clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  const details = clause.spans.some((s) => s.slot === 'email' || s.slot === 'phone');
  if (top === 'addContact' && GIVE_ROLE.test(clause.text) && !ADDS.test(clause.text) && !details) return moved(clause, top, 'updateContact');
  if (top === 'updateContact' && BE_ADDED.test(clause.text)) return moved(clause, top, 'addContact');
  // "contacts: Jonas Brenner, Geschäftsführer, jonas@…": a person given with their details, with no word for taking
  // anyone off, is being added.
  const described = clause.spans.some((s) => s.slot === 'person') && clause.spans.some((s) => DETAIL.has(s.slot));
  if (top === 'removeContact' && described && unsaid(top, clause)) return moved(clause, top, 'addContact');
  // "Tom Becker isn't at Mosaic Kitchens anymore": a person said to be gone from the client, with nothing to change, is
  // taken off (the removal is confirmed before it is done).
  const values = clause.spans.some((s) => !['person', 'client'].includes(s.slot));
  if (top === 'updateContact' && !values && GONE.test(clause.text) && clause.spans.some((s) => s.slot === 'person')) return moved(clause, top, 'removeContact');
  return clause;
}

/**
 * "Hausmann Logistik GmbH, Petra Vogel: new email ...": a company (it has a legal form) and, right after it, a
 * person's name the tagger took for a second client; a contact's detail given for them changes that person, not two
 * clients' emails. Said of a new company, the person is its contact.
 */
export function withPersonAfterCompany(reading: Reading, clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  if ((top !== 'updateClient' && top !== 'createClient') || !clause.spans.some((s) => DETAIL.has(s.slot))) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (clients.length !== 2 || clients[1].from !== clients[0].to + 2 || !/^[,—–/-]$/.test(reading.tokens[clients[0].to + 1].text)) return clause;
  const legal = (s: { from: number; to: number }) => Array.from({ length: s.to - s.from + 1 }, (_, k) => reading.flags?.[s.from + k] ?? []).some((f) => f.includes('legal'));
  const personal = (s: { text: string }) => /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}[\p{Ll}'’]+){1,2}$/u.test(s.text);
  // "/client Kaito Yamamoto, Yamamoto Seisakusho K.K., kaito@…": a new company's person may come first.
  const [firm, person] = top === 'createClient' && legal(clients[1]) ? [clients[1], clients[0]] : clients;
  if (!legal(firm) || legal(person) || !personal(person)) return clause;
  const spans = clause.spans.map((s) => (s === person ? { ...s, slot: 'person' } : s));
  return top === 'createClient' ? { ...clause, spans } : moved({ ...clause, spans }, 'updateClient', 'updateContact');
}

/**
 * "add Kai Nakamura and Rhea Kapoor to Orbit Media as contacts": two people joined by "and" (the first often read as
 * the client) are two contacts added to the client named after "to"; with an email or phone said, whose it is is
 * unclear, so the one reading stays.
 */
export function withEachPerson(reading: Reading, clause: Clause): Clause {
  if (clause.ranking[0]?.label !== 'addContact' || clause.spans.some((s) => s.slot === 'email' || s.slot === 'phone')) return clause;
  const [a, b, ...rest] = clause.spans.filter((s) => s.slot === 'person' || s.slot === 'client');
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  const to = rest.length === 1 && rest[0].slot === 'client' && /^(?:to|at|for|in)$/i.test(word(rest[0].from - 1));
  if (!to || !b || !/^(?:and|&|,)$/.test(word(a.to + 1)) || b.from !== a.to + 2) return clause;
  const named = (s: { text: string }) => /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u.test(s.text);
  if (!named(a) || !named(b)) return clause;
  return { ...clause, spans: clause.spans.map((s) => (s === a || s === b ? { ...s, slot: 'person' } : s)) };
}

/** The contact added once for each of two people the clause names together ("Kai Nakamura and Rhea Kapoor"). */
export function addedEach(calls: PlannedCall[], clause: Clause): PlannedCall[] {
  const people = clause.spans.filter((s) => s.slot === 'person');
  if (calls.length !== 1 || calls[0].tool !== 'addContact' || people.length !== 2 || people[1].from !== people[0].to + 2) return calls;
  if (!/^(?:and|&|,)$/.test(clause.words[people[0].to + 1] ?? '')) return calls;
  return people.map((p) => ({ ...calls[0], args: { ...calls[0].args, name: p.text } }));
}

const PERSONAL_FIELD = /^(?:number|phone|mobile|cell|email|e-mail|mail|direct line)$/i;

/** "Kowalski Sp. z o.o. — Piotr's number is now +48 …": a person's own number or email, not the client's. */
export function withPossessivePerson(reading: Reading, clause: Clause): Clause {
  if (clause.ranking[0]?.label !== 'updateClient' || clause.spans.some((s) => s.slot === 'person')) return clause;
  if (!clause.spans.some((s) => s.slot === 'phone' || s.slot === 'email') || clause.spans.filter((s) => s.slot === 'client').length !== 1) return clause;
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  // (The tagger may take the name for the client's owner: "Jonas's mobile" is still Jonas's.)
  const taken = (k: number) => clause.spans.some((s) => s.from <= k && s.to >= k && s.slot !== 'owner');
  for (let k = clause.from; k + 2 <= clause.to; k++) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word(k)) || taken(k) || !/^['’]s$/.test(word(k + 1)) || !PERSONAL_FIELD.test(word(k + 2))) continue;
    const person = { slot: 'person', text: word(k), from: k, to: k, margin: 0 };
    const spans = [...clause.spans.filter((s) => !(s.slot === 'owner' && s.from === k)), person].sort((x, y) => x.from - y.from);
    return moved({ ...clause, spans }, 'updateClient', 'updateContact');
  }
  return clause;
}
