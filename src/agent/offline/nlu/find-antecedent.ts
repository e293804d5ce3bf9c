// A message that names someone in one sentence and asks in the next ("Thistledown Bakery have asked for a shop
// front. Kindly open a Project for them", "Gareth has proved himself. Would you make him a Manager."): the
// pronoun points back to the one name written before it.
import { isPronoun } from './assemble-calls';
import type { Clause, Reading } from './command-reader';
import { looksLikeName, nameRuns } from './find-client-name';
import { unsaid } from './rule-out-intents';
import { COURTESY_WORD } from './courtesy';

const slice = (reading: Reading, a: number, b: number) => reading.text.slice(reading.tokens[a].start, reading.tokens[b].end);

/** The client a pronoun stands for, when the message wrote exactly one name before it and none as a client. */
export function withClientBeforePronoun(reading: Reading, clause: Clause): Clause {
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (clients.length !== 1 || !isPronoun(clients[0].text)) return clause;
  if (reading.clauses.some((c) => c.spans.some((s) => s.slot === 'client' && !isPronoun(s.text)))) return clause;
  const pronoun = clients[0];
  const runs = nameRuns(reading, clause).filter(([, b]) => b < pronoun.from);
  if (runs.length !== 1) return clause;
  const [a, b] = runs[0];
  const named = { ...pronoun, text: slice(reading, a, b), from: a, to: b };
  return { ...clause, spans: clause.spans.map((s) => (s === pronoun ? named : s)).sort((x, y) => x.from - y.from) };
}

// What a sentence says of a team member named first ("Chiara must become admin", "Gareth has proved himself").
const TEAM_ROLE = /^(?:owner|admin|administrator|manager|member)$/i;
const SAID_OF_MEMBER = /^(?:must|should|will|is|has|needs|gets|can|becomes|goes|moves)$/i;

// Words that bring someone new onto the team: with them (and no address), an invitation still asks for the email.
const JOINS = /\b(?:invit\w*|add|join\w*|new|onboard\w*|welcome|hire[ds]?|start(?:s|ing)?|colleague)\b/i;

/** "Mrs. Price is to be an ordinary Member from now on", "Beatriz must pass from member to manager": a teammate named
 * first with a role said of them, no address and no word of joining, is a role change, not an invitation. */
function roleOfNamed(reading: Reading, clause: Clause): Clause {
  const top = clause.ranking[0];
  if (top?.label !== 'inviteMember' || !clause.spans.some((s) => s.slot === 'teamRole') || clause.spans.some((s) => s.slot === 'email') || JOINS.test(clause.text)) return clause;
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  let first = clause.from;
  if (COURTESY_WORD.test(word(first))) first += word(first + 1) === '.' ? 2 : 1;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word(first)) || !SAID_OF_MEMBER.test(word(first + 1))) return clause;
  return { ...clause, ranking: [{ label: 'setMemberRole', p: top.p }, ...clause.ranking.filter((r) => r.label !== 'setMemberRole' && r.label !== top.label)] };
}

/** A role change with no one tagged: the one name written as a name, with its courtesy title ("Mr. Baird"). */
export function withNamedMember(reading: Reading, read: Clause): Clause {
  const clause = roleOfNamed(reading, read);
  if (clause.ranking[0]?.label !== 'setMemberRole' || clause.spans.some((s) => /^(?:person|email|member)$/.test(s.slot))) return clause;
  // "bump Jonas to owner": the one name the tagger took for a client's owner is the member.
  const owners = clause.spans.filter((s) => s.slot === 'owner');
  if (owners.length === 1) return { ...clause, spans: clause.spans.map((s) => (s === owners[0] ? { ...s, slot: 'person' } : s)) };
  // (A Slack mention is the member: it is read with the values.)
  if (/(?:^|\s)<?@\w/.test(clause.text)) return clause;
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  const role = (k: number) => TEAM_ROLE.test(word(k));
  // ("make him a Manager": a role a formal letter capitalises is the role, not a name.)
  const said = clause.spans.some((s) => s.slot === 'teamRole') ? [] : [...Array(clause.to - clause.from + 1).keys()].map((i) => clause.from + i).filter((k) => role(k) && /^(?:an?|to|as)$/i.test(word(k - 1)));
  const roles = said.length ? [{ slot: 'teamRole', text: word(said[said.length - 1]), from: said[said.length - 1], to: said[said.length - 1], margin: 0 }] : [];
  const runs = nameRuns(reading, clause).filter(([a, b]) => a !== b || !role(a));
  // (A lone capitalised word opening the sentence is only a name before what is said of a member.)
  let first = clause.from;
  if (COURTESY_WORD.test(word(first))) first += word(first + 1) === '.' ? 2 : 1;
  const opener = /^\p{Lu}\p{Ll}+$/u.test(word(first)) && SAID_OF_MEMBER.test(word(first + 1)) ? [[first, first] as [number, number]] : [];
  const all = [...opener, ...runs.filter(([a]) => a !== first)];
  if (all.length !== 1) return clause;
  let [a, b] = all[0];
  if (word(a - 1) === '.' && COURTESY_WORD.test(word(a - 2))) a -= 2;
  else if (COURTESY_WORD.test(word(a - 1))) a -= 1;
  const person = { slot: 'person', text: slice(reading, a, b), from: a, to: b, margin: 0 };
  return { ...clause, spans: [...clause.spans, person, ...roles].sort((x, y) => x.from - y.from) };
}

// A send names its quote or invoice by the client's one open one ("send the Tidewater quote"): the tool takes a
// client's name in place of a number.
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const SPARE = new Set(['person', 'newName', 'document', 'title', 'group']);
const SENT = { sendQuote: 'quote', sendInvoice: 'invoice' } as Record<string, string>;

/** The send's quote or invoice named by its client, when no number is given. */
export function withSentByClient(reading: Reading, clause: Clause): Clause {
  const slot = SENT[clause.ranking[0]?.label ?? ''];
  // ("a good day to send invoices?": a send of no one quote or invoice names none.)
  if (!slot || clause.spans.some((s) => s.slot === slot) || clause.words.some((w) => /^(?:invoices|quotes)$/i.test(w))) return clause;
  // (Only a send said in words: "find Northwind" read as a quote's send names no quote.)
  if (!/\b(?:send|sent|resend|email|mail|ship|deliver|forward)/i.test(clause.text) || unsaid(clause.ranking[0].label, clause)) return clause;
  // (The client's name, or a name the tagger put under a slot a send has no use for: "send the quote to Acme".)
  const names = clause.spans.filter((s) => s.slot === 'client' || (SPARE.has(s.slot) && looksLikeName(s.text)));
  const runs = names.length ? names.map((s) => [s.from, s.to] as [number, number]) : nameRuns(reading, clause).filter(([a, b]) => !(a === b && CALENDAR.test(slice(reading, a, b))));
  if (runs.length !== 1) return clause;
  const [a, b] = runs[0];
  const named = { slot, text: slice(reading, a, b), from: a, to: b, margin: 0 };
  return { ...clause, spans: [...clause.spans.filter((s) => !names.includes(s)), named].sort((x, y) => x.from - y.from) };
}

// Fields a client has, after its possessive ("set Al-Mansouri Trading's website to ...").
const CLIENT_FIELD = /^(?:website|site|email|phone|address|status|industry|currency|owner|notes|vat|tax|reminders?|payment|terms|group|billing)$/i;

/** A change to a client whose possessive name the tagger took for a person. */
export function withPossessiveClient(reading: Reading, clause: Clause): Clause {
  const top = clause.ranking[0];
  // (A group's change with no group named, said of a possessive name, is that client's: "set Zanele Khumalo's billing currency".)
  const groupless = top?.label === 'updateGroup' && !clause.spans.some((s) => s.slot === 'group');
  if ((top?.label !== 'updateClient' && !groupless) || clause.spans.some((s) => s.slot === 'client')) return clause;
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  const owners = clause.spans.filter((s) => s.slot === 'person' && /^['’]s$/i.test(word(s.to + 1)) && CLIENT_FIELD.test(word(s.to + 2)));
  if (owners.length !== 1) return clause;
  const spans = clause.spans.map((s) => (s === owners[0] ? { ...s, slot: 'client' } : s)).filter((s) => !(groupless && s.slot === 'billingDefault'));
  return { ...clause, spans, ranking: groupless ? [{ ...top, label: 'updateClient' }, ...clause.ranking.filter((r) => r !== top && r.label !== 'updateClient')] : clause.ranking };
}

/**
 * "let's add Meridian9 Software as a lead" with "their" read as the name: a pronoun never names a new client; the one
 * person named is the client. "add Miss Priyanka Sharma to Slaney Vale Dairies": of two clients before and after "to",
 * the first is the contact added.
 */
export function withoutPronounName(clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  const people = clause.spans.filter((s) => s.slot === 'person');
  const pronouns = clients.filter((s) => isPronoun(s.text));
  if (top === 'createClient' && pronouns.length) {
    const spans = clause.spans.filter((s) => !pronouns.includes(s));
    const named = clients.length > pronouns.length;
    return { ...clause, spans: !named && people.length === 1 ? spans.map((s) => (s === people[0] ? { ...s, slot: 'client' } : s)) : spans };
  }
  if (top === 'addContact' && clients.length === 2 && !people.length && /^(?:to|at|for|with|in)$/i.test(clause.words[clients[0].to + 1] ?? '') && clients[1].from === clients[0].to + 2) {
    return { ...clause, spans: clause.spans.map((s) => (s === clients[0] ? { ...s, slot: 'person' } : s)) };
  }
  return clause;
}

/** "rahul should be admin": a teammate the workspace has, named in lower case where the tagger marked no one, is the
 *  member whose role changes (their full name, or a first name only one teammate has). */
export function withKnownMember(reading: Reading, clause: Clause, members: string[] | undefined): Clause {
  if (!members?.length || clause.ranking[0]?.label !== 'setMemberRole' || clause.spans.some((s) => /^(?:person|email|member|owner)$/.test(s.slot))) return clause;
  const words = reading.tokens.map((t) => t.text.toLowerCase());
  const found: Array<[number, number]> = [];
  for (const name of members) {
    const parts = name.toLowerCase().split(/\s+/);
    for (let k = clause.from; k <= clause.to; k++) {
      if (parts.every((p, i) => words[k + i] === p) && k + parts.length - 1 <= clause.to) found.push([k, k + parts.length - 1]);
      else if (words[k] === parts[0] && members.filter((m) => m.toLowerCase().split(/\s+/)[0] === parts[0]).length === 1) found.push([k, k]);
    }
  }
  const unique = [...new Map(found.map((f) => [f.join(':'), f])).values()].sort((x, y) => y[1] - y[0] - (x[1] - x[0]));
  if (!unique.length || unique.some(([a, b]) => a > unique[0][1] || b < unique[0][0])) return clause;
  const [a, b] = unique[0];
  return { ...clause, spans: [...clause.spans, { slot: 'person', text: slice(reading, a, b), from: a, to: b, margin: 0 }].sort((x, y) => x.from - y.from) };
}
