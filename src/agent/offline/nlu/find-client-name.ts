// A command about a client whose name the tagger did not mark as the client ("Cobaltridge paid $7,250 today",
// "open up Meridian9 for me"): the name is found in what is left, and taken as sure only when it is written as a
// name. A reference to a client that does not exist changes nothing (the tool says no such client), so a proper
// name is a safe reading; a lower-case guess is offered as a question instead.
import type { Span } from './assemble-calls';
import type { Clause, Reading } from './command-reader';
import { INTENTS } from './schema';

// Slots a client's name is mistaken for, when the intent has no use for them.
const SPARE = new Set(['person', 'document', 'query', 'newName', 'title', 'owner', 'invoice', 'quote']);
// Capitalised words that are not a name: a sentence's or a letter's opening ("I'm", "Dear"), a courtesy title, a
// field in capitals ("VAT ID"), and the product's own nouns, which formal letters capitalise ("turn their Portal on").
const NOT_NAMES = /^(?:(?:i|we|you|it|they|he|she|that|there|let)['’]\p{L}+|mr|mrs|ms|miss|mx|dr|prof|vat|id|iban|bic|swift|po|tax|ein|abn|gst|csv|pdf|url|ceo|cfo|cto|coo|hr|portal|client|clients|customer|customers|contact|contacts|invoice|invoices|quote|quotes|group|workspace|note|notes|account|project|document|reminders?|status|active|lead|past|inactive|firm|friendly|neutral|email|phone|dear|hi|hello|hey|good|please|pls|can|could|would|will|should|may|i|we|our|my|the|a|an|and|but|so|ok|okay|thanks|thank|sir|madam|assistant|team|all|everyone|hope|is|are|was|what|who|how|why|when|where|which|yes|no|also|then|now|today|tomorrow|yesterday)$/iu;
const PARTICLE = /^(?:&|and|of|de|des|di|du|da|do|dos|das|del|della|der|den|van|von|y|e|et|i|und|och|og|en|ve|the|la|le|les|el)$/i;
// What a sentence says of a client named first ("Quarrystone paid $900"); any other capitalised first word may just open the sentence.
const SAID_OF_CLIENT = /^(?:paid|pays|owes|'s|’s|is|was|has|have|had|wants|needs|signed|agreed|accepted|:|—|–|-)$/i;

/** Written as a name: capitalised words (particles between them), not a greeting or a sentence's first word. */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/).map((w) => w.replace(/['’]s$/, '').replace(/[.,:;!?]+$/, ''));
  if (!words.length || words.some((w) => !w)) return false;
  const named = (w: string) => /^[\p{Lu}\d]/u.test(w) && !NOT_NAMES.test(w);
  return named(words[0]) && named(words[words.length - 1]) && words.every((w) => named(w) || PARTICLE.test(w));
}

function needsClient(clause: Clause, intent: string): boolean {
  const spec = INTENTS[intent];
  if (!spec || clause.spans.some((s) => s.slot === 'client')) return false;
  // A payment is to an invoice or to a client: with neither named, the client is looked for.
  return spec.needs === 'client' || (intent === 'recordPayment' && !clause.spans.some((s) => s.slot === 'invoice'));
}

/** The clause with its client found, or as it was. */
export function withNeededClient(reading: Reading, clause: Clause, remembered = false): Clause {
  const top = clause.ranking[0]?.label;
  if (!top || !needsClient(clause, top)) return clause;
  const spec = INTENTS[top];
  // A name under a slot the intent has no use for ("enrich the Meridian9 account" read as a document).
  // (An invoice or quote number, INV-0131, is never a client's name.)
  const spare = clause.spans.filter((s) => SPARE.has(s.slot) && !spec.slots[s.slot] && looksLikeName(s.text) && !(/^(?:invoice|quote)$/.test(s.slot) && /\d/.test(s.text)));
  // (A name in quotes is a document's or a title's: "share the "Onboarding Deck" doc with Harbormist".)
  const bare = spare.filter((s) => !/^["“]$/.test(reading.tokens[s.from - 1]?.text ?? ''));
  if (spare.length === 1 || bare.length === 1) return asClient(reading, clause, spare.length === 1 ? spare[0] : bare[0]);
  // A quoted name under a slot the intent has no use for ("delete the duplicate "Lowfield copy"" read as a text).
  const quoted = clause.spans.filter((s) => !spec.slots[s.slot] && /^["“]$/.test(reading.tokens[s.from - 1]?.text ?? '') && /^["”]$/.test(reading.tokens[s.to + 1]?.text ?? ''));
  const clientOnly = Boolean(spec.writes) && Object.keys(spec.slots).every((k) => k === 'client');
  if (quoted.length === 1 && !spare.length && clientOnly) return { ...clause, spans: clause.spans.map((s) => (s === quoted[0] ? { ...s, slot: 'client' } : s)) };
  // "Luca Ferrari ... of Meccanica Colombo": of two people where one is asked for, the one after "at"/"of" is the company.
  const people = clause.spans.filter((s) => s.slot === 'person');
  if (people.length === 2 && spec.slots.person && /^(?:at|of|from|with|for|@)$/i.test(clause.words[people[1].from - 1] ?? '') && looksLikeName(people[1].text)) {
    return asClient(reading, clause, people[1]);
  }
  // "invite Harbormist to the portal": a lone name tagged as a person, where a portal command needs its client, is the client
  // (a contact cannot be found without one).
  const clientElsewhere = reading.clauses.some((c) => c.spans.some((s) => s.slot === 'client'));
  if (people.length === 1 && !clientElsewhere && !remembered && !clause.spans.some((s) => s.slot === 'email') && /^(?:invitePortal|setPortalAccess:on|setPortalAccess:off)$/.test(top) && looksLikeName(people[0].text)) {
    return asClient(reading, clause, people[0]);
  }
  // (With a client talked about, one capitalised word is too little to leave it: "make him the Billing Default".)
  const runs = nameRuns(reading, clause).filter(([a, b]) => !remembered || b > a || /^["“]$/.test(reading.tokens[a - 1]?.text ?? ''));
  // The one name written as a name, or of several the one the tagger leans to; "them" then points back to it.
  const forced = reading.force?.(clause, 'client');
  const span = forced?.spans.find((s) => s.slot === 'client' && !clause.spans.some((o) => o.from === s.from));
  const run = runs.length === 1 ? runs[0] : runs.find(([a, b]) => span && span.from <= b && span.to >= a);
  if (run) {
    const named = { slot: 'client', text: reading.text.slice(reading.tokens[run[0]].start, reading.tokens[run[1]].end), from: run[0], to: run[1], margin: 0 };
    return { ...clause, spans: [...clause.spans, named].sort((a, b) => a.from - b.from) };
  }
  if (!forced || !span) return clause;
  const pointsBack = clause.words.slice(clause.from, clause.to + 1).some((w) => /^(?:it|them|they|their|its)$/.test(w));
  if (pointsBack && spec.needs === 'client') return clause;
  // The tagger's own guess, where no word is written as a name, is offered, never acted on (its margin stays below the bar).
  const lowerCaseMessage = reading.text === reading.text.toLowerCase();
  if (looksLikeName(span.text)) return forced;
  // (With a client already talked about, the tagger's guess at a lower-case name is not taken over it: "set active".)
  if (remembered) return clause;
  // ("is the bot down?", "what does enrich actually pull in?": words about the product or a command are no client's name.)
  const command = (w: string) => reading.starters?.has(w.toLowerCase()) && !/^(?:the|a|an|my|our|their|this|that)$/i.test(w);
  const aboutProduct = span.text.split(/\s+/).some((w) => PRODUCT_WORD.test(w) || command(w));
  return lowerCaseMessage && spec.needs === 'client' && !aboutProduct ? forced : clause;
}

const PRODUCT_WORD = /^(?:bot|app|application|assistant|system|tool|feature|page|portal|chat|slack|button|screen|login|site|server|it|this|that)$/i;

/** The span read as the client, going on over the name's words the tagger left out ("Clinique Vétérinaire" + "des Alpes"). */
function asClient(reading: Reading, clause: Clause, span: Span): Clause {
  const nameWord = nameWordIn(reading, clause);
  let i = span.from, j = span.to;
  while (nameWord(j + 1) || (PARTICLE.test(reading.tokens[j + 1]?.text ?? '') && nameWord(j + 2))) j += nameWord(j + 1) ? 1 : 2;
  // ("Hendricks Hardware has paid 200": the capitalised word the tagger left before it, the clause's first included.)
  while (i > clause.from && nameWord(i - 1)) i--;
  const client = { ...span, slot: 'client', from: i, to: j, text: reading.text.slice(reading.tokens[i].start, reading.tokens[j].end) };
  return { ...clause, spans: clause.spans.map((s) => (s === span ? client : s)) };
}

/** A word that can be part of a name in this clause: capitalised, no slot took it, not a sentence's opener or a command. */
function nameWordIn(reading: Reading, clause: Clause): (k: number) => boolean {
  const taken = (k: number) => clause.spans.some((s) => s.from <= k && s.to >= k);
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  return (k) => k <= clause.to && !taken(k) && /^[\p{Lu}\d]/u.test(word(k)) && /\p{L}/u.test(word(k))
    && !NOT_NAMES.test(word(k)) && !reading.starters?.has(word(k).toLowerCase());
}

/** Runs of words written as a name that no slot took ("Quarrystone", "Paper Moth Studio"), particles inside them. */
export function nameRuns(reading: Reading, clause: Clause): Array<[number, number]> {
  const taken = (k: number) => clause.spans.some((s) => s.from <= k && s.to >= k);
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  const nameWord = nameWordIn(reading, clause);
  const runs: Array<[number, number]> = [];
  for (let i = clause.from; i <= clause.to; i++) {
    if (!nameWord(i)) continue;
    let j = i;
    while (nameWord(j + 1) || (PARTICLE.test(word(j + 1)) && !taken(j + 1) && nameWord(j + 2))) j += nameWord(j + 1) ? 1 : 2;
    // A name in quotes is all that is quoted ("delete the duplicate "Brightline copy"" is not Brightline).
    if (/^["“]$/.test(word(i - 1))) {
      let q = j + 1;
      while (q <= clause.to && q - j <= 4 && !/^["”]$/.test(word(q)) && !taken(q)) q++;
      if (/^["”]$/.test(word(q))) j = q - 1;
    }
    // One word opening a sentence ("Going forward ...", "Jakub said ...") is a name only before what is said of a client.
    const opens = i === clause.from || /^[.!?:;\n]$/.test(word(i - 1)) || /^@/.test(word(i - 1));
    // A capitalised "The" inside a sentence is the name's own ("bring The Old Forge Antiques back").
    const the = word(i - 1) === 'The' && i - 1 > clause.from && !taken(i - 1) && !/^[.!?:;,\n]$/.test(word(i - 2));
    if ((i < j || !opens || SAID_OF_CLIENT.test(word(j + 1))) && !relayed(word(i - 1), word(j + 1))) runs.push([the ? i - 1 : i, j]);
    i = j;
  }
  return runs;
}

/** "Oliver from sales says Brannigan Outdoor is a hot prospect": who relays a request is not the client's contact. */
export function withoutRelayer(reading: Reading, clause: Clause): Clause {
  if (!['createClient', 'updateClient'].includes(clause.ranking[0]?.label)) return clause;
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  const relayer = clause.spans.find((s) => s.slot === 'person' && (RELAY_VERB.test(word(s.to + 1)) || (/^from$/i.test(word(s.to + 1)) && RELAY_VERB.test(word(s.to + 3)))));
  return relayer ? { ...clause, spans: clause.spans.filter((s) => s !== relayer) } : clause;
}

const RELAY_VERB = /^(?:asked|asks|wants|wanted|says|said|needs|mentioned|told|thinks|confirmed|approved|requested|suggested|agreed|wrote|emailed)$/i;

/** Who a request is relayed for ("for Ben: ...", "per Ana, ...", "Tom wants ..."): not the client it is about. */
function relayed(before: string, after: string): boolean {
  return RELAY_VERB.test(after) || (/^(?:for|per|from)$/i.test(before) && /^[:,]$/.test(after));
}

// Institutions whose names have "of" in them ("University of Leeds"), never a person at a company.
const INSTITUTION = /^(?:university|bank|museum|institute|college|school|city|council|department|ministry|church|society|association|federation|board|office|house|hospital|chamber|port|district|county|state|royal|friends)$/i;

/**
 * "disable portal for Luis Ortega of Grupo Alameda": a contact-taking command whose client span holds a person
 * "of"/"at" a company, with no person tagged, is the person at the company.
 */
export function withPersonAtClient(reading: Reading, clause: Clause): Clause {
  const spec = INTENTS[clause.ranking[0]?.label ?? ''];
  if (!spec?.slots.person || clause.spans.some((s) => s.slot === 'person')) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (clients.length !== 1) return clause;
  const span = clients[0];
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  for (let k = span.from + 1; k < span.to && k <= span.from + 3; k++) {
    if (!/^(?:of|at|from|@)$/i.test(word(k))) continue;
    const person = reading.tokens.slice(span.from, k).map((t) => t.text);
    if (person.length > 3 || INSTITUTION.test(person[0]) || !looksLikeName(person.join(' ')) || !looksLikeName(word(k + 1))) return clause;
    const slice = (a: number, b: number) => reading.text.slice(reading.tokens[a].start, reading.tokens[b].end);
    const parts = [{ ...span, slot: 'person', to: k - 1, text: slice(span.from, k - 1) }, { ...span, from: k + 1, text: slice(k + 1, span.to) }];
    return { ...clause, spans: clause.spans.flatMap((s) => (s === span ? parts : [s])) };
  }
  return clause;
}

/** "should Nadia be the main contact for Lune & Loom?": a contact change with no one tagged takes the one name written as a name. */
// Portal access and invitations name a contact beside the client ("Bălan & Popescu SRL: portal invite Andrei").
const PORTAL_PEOPLE = new Set(['invitePortal', 'setPortalAccess:on', 'setPortalAccess:off']);
// (Only a name right after a word that hands access to someone: "for Yuki", "invite Andrei", "— Mere Tane".)
const PORTAL_CUE = /^(?:for|invite|invites|inviting|to|send|email|give|grant|and|—|–|-|:|\/|,)$/;
const NOT_A_PERSON = /^(?:on|off|portal|access|re|let|fyi|please|thanks|the|it|them|all|everyone|team|link|invite)$/i;

export function withNeededContact(reading: Reading, clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  const portal = PORTAL_PEOPLE.has(top) && clause.spans.some((s) => s.slot === 'client');
  if ((top !== 'updateContact' && top !== 'removeContact' && !portal) || clause.spans.some((s) => s.slot === 'person' || s.slot === 'email')) return clause;
  const before = (run: [number, number]) => (reading.tokens[run[0] - 1]?.text ?? '').toLowerCase();
  // (A second "client" right after such a word is that person: "portal invite Mihai".)
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (portal && clients.length === 2 && /^invit/.test(before([clients[1].from, clients[1].to])) && !NOT_A_PERSON.test(clients[1].text)) {
    return { ...clause, spans: clause.spans.map((s) => (s === clients[1] ? { ...s, slot: 'person' } : s)) };
  }
  const runs = nameRuns(reading, clause).filter((run) => !portal || (PORTAL_CUE.test(before(run)) && !NOT_A_PERSON.test(reading.tokens[run[0]].text)));
  if (runs.length !== 1) return clause;
  const [a, b] = runs[0];
  const person = { slot: 'person', text: reading.text.slice(reading.tokens[a].start, reading.tokens[b].end), from: a, to: b, margin: 0 };
  return { ...clause, spans: [...clause.spans, person].sort((x, y) => x.from - y.from) };
}
