// "Ola Nordmann is the new PM at Solberg Marine AS, ola@…": of two names the tagger took for clients, the one the
// workspace has is the client and the other, written as a person's name, is the person; whether that adds them or
// changes them is settled by the workspace's contacts, as settle-contact-calls does for a call (the classifier's
// weight on the two siblings goes to that one).
import type { Clause, Reading } from './command-reader';
import { looksLikeName } from './find-client-name';
import { isLegalForm } from './gazetteer';
import { isKnownName } from './match-known';
import { unsaid } from './rule-out-intents';
import { INTENTS } from './schema';

const SIBLINGS = ['addContact', 'updateContact'];
const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function withPersonBesideKnownClient(reading: Reading, clause: Clause, known: { clients?: string[]; contacts?: string[] } | undefined): Clause {
  const top = clause.ranking[0]?.label ?? '';
  if (!known?.clients?.length || !SIBLINGS.includes(top) || clause.spans.some((s) => s.slot === 'person')) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (clients.length !== 2) return clause;
  const isKnown = (text: string) => isKnownName(text, known.clients);
  const knownOnes = clients.filter((s) => isKnown(s.text));
  const other = clients.find((s) => !isKnown(s.text));
  const words = other ? reading.tokens.slice(other.from, other.to + 1).map((t) => t.text) : [];
  if (knownOnes.length !== 1 || !other || words.length > 3 || words.some(isLegalForm) || !looksLikeName(other.text)) return clause;
  const spans = clause.spans.map((s) => (s === other ? { ...s, slot: 'person' } : s));
  const contact = known.contacts?.some((c) => key(c) === key(other.text));
  const keep = contact ? 'updateContact' : 'addContact';
  const p = clause.ranking.filter((r) => SIBLINGS.includes(r.label)).reduce((sum, r) => sum + r.p, 0);
  const ranking = [{ label: keep, p }, ...clause.ranking.filter((r) => !SIBLINGS.includes(r.label))].sort((a, b) => b.p - a.p);
  return INTENTS[keep] ? { ...clause, spans, ranking } : clause;
}

// What only a new contact brings: an address, a number, a title or a role.
const CONTACT_DETAILS = new Set(['email', 'phone', 'jobTitle', 'role']);

/** "Quillon Studios has a new producer, Dev Patel, dev@quillon.tv": a person with their details at a client the
 *  workspace has, read as an invitation to the team with no word for the team in it, is a contact added there. */
export function withNewPersonAtKnownClient(clause: Clause, known: { clients?: string[]; contacts?: string[] } | undefined): Clause {
  const top = clause.ranking[0]?.label ?? '';
  // (Or an addition the classifier was unsure of: "Kaito Mori is the technical lead on the Tamarind Health side, kaito@…".)
  const unsureAdd = top === 'addContact' && (clause.ranking[0]?.p ?? 0) < 0.9;
  if (!(unsureAdd || (top === 'inviteMember' && unsaid(top, clause))) || !known?.clients?.length) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  const people = clause.spans.filter((s) => s.slot === 'person');
  if (clients.length !== 1 || people.length !== 1 || !isKnownName(clients[0].text, known.clients) || isKnownName(people[0].text, known.contacts)) return clause;
  if (unsureAdd && !clause.spans.some((s) => s.slot === 'email' || s.slot === 'phone')) return clause;
  // ("add Liam Byrne as the accountant at Marigold Events": placed at the client, with no detail the tagger marked.)
  const placed = /^(?:at|to|from|for|with)$/i.test(clause.words[clients[0].from - 1] ?? '');
  if (!placed && !clause.spans.some((s) => CONTACT_DETAILS.has(s.slot))) return clause;
  return { ...clause, ranking: [{ label: 'addContact', p: 0.9 }, ...clause.ranking.filter((r) => r.label !== 'addContact')] };
}

/** "ellen park email change to e.park@…": a contact the workspace has, with a value of theirs and no client named,
 *  is that contact changed (their client is the one the workspace lists them at), where the classifier read a
 *  change of a client or a group. */
export function withKnownContactChanged(clause: Clause, known: { contacts?: string[] } | undefined): Clause {
  const top = clause.ranking[0]?.label ?? '';
  if (top !== 'updateClient' && top !== 'updateGroup') return clause;
  if (clause.spans.some((s) => s.slot === 'client' || s.slot === 'group')) return clause;
  const people = clause.spans.filter((s) => s.slot === 'person');
  if (people.length !== 1 || !isKnownName(people[0].text, known?.contacts) || !clause.spans.some((s) => CONTACT_DETAILS.has(s.slot))) return clause;
  return { ...clause, ranking: [{ label: 'updateContact', p: 0.8 }, ...clause.ranking.filter((r) => r.label !== 'updateContact')] };
}

// A client's own details, as the tagger names them.
const CLIENT_DETAILS = new Set(['city', 'region', 'postalCode', 'country', 'line1', 'email', 'phone', 'website', 'taxId', 'idNumber', 'industry', 'currency', 'value']);

/** "Tidewater Kayaks: Bergen, Norway, org nr …": a client the workspace has, with details of its own and no word for a
 *  new one, is that client changed, where the classifier read it as a new client and its words ruled that out. */
export function withKnownClientDetails(clause: Clause, known: { clients?: string[] } | undefined): Clause {
  const top = clause.ranking[0]?.label ?? '';
  if (top !== 'createClient' || !unsaid(top, clause) || !known?.clients?.length) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (clients.length !== 1 || !isKnownName(clients[0].text, known.clients) || clause.spans.some((s) => s.slot === 'person')) return clause;
  if (!clause.spans.some((s) => CLIENT_DETAILS.has(s.slot))) return clause;
  return { ...clause, ranking: [{ label: 'updateClient', p: 0.9 }, ...clause.ranking.filter((r) => r.label !== 'updateClient' && r.label !== 'createClient')] };
}
