// From a clause's tagged spans and its intent to tool calls: each slot's text through its value parser
// into the argument the intent gives it; lists of names become one call each.
import { roleOfTitle } from './role-of-title';
import type { PlannedCall } from '../types';
import { ADDRESS_SLOTS, INTENTS, type IntentSpec } from './schema';
import { leanOf, nameFrom, slotValue, trimText } from './slot-values';
import { isLegalForm } from './gazetteer';
import { isNorthAmericanCity, regionOf } from '../values/find-region';
import { relabelDates } from './mend-spans';

export type Span = { slot: string; text: string; from: number; to: number; margin?: number };

const PRONOUN = /^(?:them|they|their|theirs|it|its|this one|that one|the client|this client|that client|there)$/i;
const PERSON_PRONOUN = /^(?:him|her|his|she|he|this contact|that contact|the contact)$/i;

export const isPronoun = (s: string) => PRONOUN.test(s.trim());
export const isPersonPronoun = (s: string) => PERSON_PRONOUN.test(s.trim());

/** The calls one clause asks for, before references ("them") are resolved. */
/** Names given as a list ("Initech and Globex", "A, B & C"): only separators between them. */
function listed(list: Span[], tokens?: string[]): boolean {
  if (!tokens) return true;
  for (let k = 1; k < list.length; k++) {
    const gap = tokens.slice(list[k - 1].to + 1, list[k].from);
    if (gap.length > 3 || gap.some((w) => !/^(?:,|and|&|\+|or|plus|as well as|also|\/)$/i.test(w))) return false;
  }
  return true;
}

// Which website findings to take, by the words people use for them; "replace" or "overwrite" replaces stored values.
const ENRICHMENT_FIELDS: Array<[RegExp, string]> = [
  [/^(?:industry|sector)$/, 'industry'], [/^(?:phone|number|telephone)$/, 'phone'], [/^(?:address|location)$/, 'address'],
  [/^(?:description|about|summary|blurb)$/, 'description'], [/^linkedin$/, 'linkedin'], [/^(?:email|e-mail)$/, 'billingEmail'],
];

function enrichmentFields(words: string[]): Record<string, string[]> {
  const fields: string[] = [];
  for (const w of words) for (const [re, field] of ENRICHMENT_FIELDS) if (re.test(w) && !fields.includes(field)) fields.push(field);
  if (!fields.length) return {};
  return words.some((w) => /^(?:overwrite|replace|override)$/.test(w)) ? { fields, overwrite: fields } : { fields };
}

const NUMBER_FIELDS = new Set(['phone', 'taxId', 'idNumber']);
const CUES: Array<[RegExp, string]> = [
  // Numbers a tax office issues, though some are also a company's registration (CNPJ, RFC, NIP): people call them tax ids.
  [/^(?:tax|vat|gst|gstin|tin|ust|mwst|iva|tva|btw|moms|abn|ein|nip|nif|cif|cuit|cnpj|rfc|rut|pan)$/, 'taxId'],
  [/^(?:registration|reg|company|ičo|ico|kvk|siren|siret|crn|handelsregister|hrb|org|orgnr)$/, 'idNumber'],
  [/^(?:phone|tel|telephone|mobile|cell|landline|call|ring|whatsapp)$/, 'phone'],
];

/** A number the tagger took for a phone, tax or company number: the nearest field word before it says which ("tax number is 1234"). */
function numberFieldOf(span: Span, words: string[]): string {
  if (!NUMBER_FIELDS.has(span.slot)) return span.slot;
  for (let k = span.from - 1; k >= Math.max(0, span.from - 5); k--) {
    const cue = CUES.find(([re]) => re.test(words[k]));
    if (cue) return cue[1];
    // "changed her number to 555-0142": a person's own number is their phone.
    if (/^(?:number|no|nr|#)$/.test(words[k]) && /^(?:her|his|their|my|your|new)$/.test(words[k - 1] ?? '')) return 'phone';
  }
  // "store the GSTIN of Chennai Looms Pvt Ltd, 33AABCC1234F1Z5, as their tax id": a number with letters in it is
  // no phone's; the field word further before it or just after it says which.
  if (span.slot === 'phone' && /\p{L}.*\p{L}.*\p{L}/u.test(span.text)) {
    for (const k of [...Array.from({ length: 4 }, (_, i) => span.to + 1 + i), ...Array.from({ length: 5 }, (_, i) => span.from - 6 - i)]) {
      const cue = k >= 0 && k < words.length ? CUES.find(([re]) => re.test(words[k])) : undefined;
      if (cue) return cue[1];
    }
  }
  return span.slot;
}

const NEGATION_BEFORE = /\b(?:not|no longer|isnt|wasnt|arent|doesnt|dont|never|instead of|rather than)\b|n['’]t\b/;
const NEGATION_AFTER = /^(?:anymore|any more|no more)\b/;
const FLAGS = new Set(['primary', 'billingDefault', 'portalEnabled', 'shared']);
const VALUES = new Set(['industry', 'role', 'status', 'currency', 'jobTitle', 'teamRole', 'reminderTone']);

/**
 * "is no longer the primary contact", "in medical devices, not healthcare", "isn't doing their finance anymore":
 * a flag said with a negation is off, and a value said with one is not the value (it is dropped, so the reader asks).
 */
function negated(span: Span, tokens: string[]): Span | undefined {
  if (!FLAGS.has(span.slot) && !VALUES.has(span.slot)) return span;
  const before = tokens.slice(Math.max(0, span.from - 3), span.from).join(' ');
  const after = tokens.slice(span.to + 1, span.to + 3).join(' ');
  if (!NEGATION_BEFORE.test(before) && !NEGATION_AFTER.test(after)) return span;
  if (FLAGS.has(span.slot)) return /\b(?:not|no longer|never|off|un)\b/i.test(span.text) ? span : { ...span, text: `not ${span.text}` };
  return undefined;
}

/** A client's name without the lower-case words before it ("the client Acme"), unless only a legal form would be
 *  left: "fjellbris AS" is a name typed in lower case. */
function clientNameFrom(text: string, atStart: boolean): string {
  const name = nameFrom(text, atStart);
  return name !== text && name.split(/\s+/).every(isLegalForm) && /^\p{Ll}/u.test(text) && text.split(/\s+/).length <= 4 ? text : name;
}

// Legal forms written with a final full stop ("Costa Verde Ltda.", "Hanbit Media Co."; a British "Ltd" has none): at the end of a sentence the
// tagger leaves that stop out of the name, but it is part of it.
const LEGAL_ABBREVIATION = /(?:^|\s)(?:inc|ltda|lda|co|corp|bros|cia|pty|pte|bhd|s\.a|s\.l|s\.r\.l|s\.c|b\.v|n\.v|k\.k|a\.ş|a\.s|s\.p\.a|c\.v|o\.o|s\.r\.o)$/i;

function withLegalDot(name: string, span: Span, tokens?: string[]): string {
  return tokens?.[span.to + 1] === '.' && !name.endsWith('.') && LEGAL_ABBREVIATION.test(name) ? `${name}.` : name;
}

const UNIT = /^(?:suite|ste|apt|apartment|unit|floor|fl|room|rm|bldg|building|flat)\.?$/i;

/** "350 Fifth Avenue, Suite 400": a unit word the tagger took for a city, with its number, is the address's second line. */
function unitLines(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k], next = spans[k + 1];
    if (s.slot === 'city' && UNIT.test(s.text.trim()) && next && next.from === s.to + 1 && /^[\w-]+$/.test(next.text.trim())) {
      out.push({ ...s, slot: 'line2', text: `${s.text.trim()} ${next.text.trim()}`, to: next.to });
      k++;
    } else out.push(s);
  }
  return out;
}

// Slots that hold the same kind of words: what the tagger took for a quote's title may be a project's name.
const AS_CLIENT = /^as an? (?:new )?(?:client|customer)\b/i;
const QUOTED_PART = /^["“][^"”]+["”]\s+\S/;
const FREE_TEXT = ['title', 'text', 'project', 'document', 'goal'];
const NUMBERS = ['phone', 'idNumber', 'taxId'];

/**
 * An argument the intent cannot do without, that the tagger put under a sibling slot the intent has no use for
 * ("new project for Halcyon: "Mobile v2"" tagged as a title; "3 200 €" on an invoice tagged as a phone): the
 * one such span fills it. Two candidates are left alone, so the reader asks.
 */
function coerceSlots(spec: IntentSpec, bySlot: Map<string, Span[]>, words?: string[], tokens?: string[]): void {
  // "downgrade @U09JLEE22 to member": a Slack mention the tagger left out is the member (ids are upper case).
  const mentions = (words ?? []).filter((w) => /^@[uw][a-z0-9]{6,}$/i.test(w));
  if (spec.needs === 'member' && !['member', 'person', 'email'].some((slot) => bySlot.has(slot)) && mentions.length === 1) {
    bySlot.set('member', [{ slot: 'member', text: mentions[0].toUpperCase(), from: -1, to: -1 }]);
  }
  // "could Hana's title be "Studio Manager"": a contact's title tagged as a document's.
  if (spec.slots.jobTitle && !bySlot.has('jobTitle') && bySlot.get('title')?.length === 1 && words?.includes('title')) {
    bySlot.set('jobTitle', bySlot.get('title')!);
    bySlot.delete('title');
  }
  // "paid MX$22,000 on the 4th": a tool that takes one date takes the date the tagger called a contract's start or end.
  const ends = ['startDate', 'endDate'].filter((slot) => bySlot.get(slot)?.length === 1);
  if (spec.slots.date && !spec.slots.startDate && !bySlot.has('date') && ends.length === 1) {
    bySlot.set('date', [{ ...bySlot.get(ends[0])![0], slot: 'date' }]);
    bySlot.delete(ends[0]);
  }
  for (const key of spec.requires ?? []) {
    const own = Object.entries(spec.slots).filter(([, k]) => k === key).map(([slot]) => slot);
    if (!own.length || own.some((slot) => bySlot.has(slot))) continue;
    // A note or a message is what was said, never a title moved over: a misplaced title there means a misread intent.
    const family = FREE_TEXT.includes(own[0]) && own[0] !== 'text' ? FREE_TEXT : key === 'amount' ? NUMBERS : [];
    // A name written after a colon or "called" that the tagger took for a person's is the project's or title's own.
    const named = (slot: string) => slot === 'person' && /^(?::|called|named|titled)$/i.test(tokens?.[(bySlot.get(slot)?.[0].from ?? 0) - 1] ?? '');
    const spare = [...family, ...(family === FREE_TEXT ? ['person', 'newName'] : [])].filter((slot) => !spec.slots[slot] && bySlot.get(slot)?.length === 1 && (slot !== 'person' || named(slot)));
    if (spare.length !== 1) continue;
    const span = bySlot.get(spare[0])![0];
    // "new proj Kiosk Rollout for tanaka seimitsu": words after "for" name whom it is for, not what it is called.
    if (/^(?:for|to|at|with|from|of)$/i.test(tokens?.[span.from - 1] ?? '')) continue;
    if (key === 'amount' && typeof slotValue('amount', span.text, { today: new Date(0) }) !== 'number') continue;
    bySlot.set(own[0], [{ ...span, slot: own[0] }]);
    bySlot.delete(spare[0]);
  }
}

/** `tokens`: the message's words (spans index them); `words`: this clause's own words. */
// Actions on one contact at a time: a list of people is one call each.
const EACH = /\b(?:each|apiece|both)\b/i;
const PER_PERSON = new Set(['removeContact', 'invitePortal', 'setPortalAccess:on', 'setPortalAccess:off']);

export function assembleCalls(intent: string, spans: Span[], today: Date, tokens?: string[], words?: string[]): PlannedCall[] {
  const spec = INTENTS[intent];
  if (!spec) return [];
  const args: Record<string, unknown> = { ...(spec.fixed ?? {}) };
  const address: Record<string, unknown> = {};
  const lean = leanOf(intent);
  const distributed: string[] = [];
  const people: string[] = [];
  const invoices: string[] = [];
  const bySlot = new Map<string, Span[]>();
  for (const s of unitLines(relabelDates(tokens ? spans.map((span) => negated(span, tokens)).filter((x): x is Span => x !== undefined) : spans, tokens))) {
    const slot = tokens ? numberFieldOf(s, tokens) : s.slot;
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), s]);
  }
  // "create a client called Acme Corp": a new client's name the tagger took for a new name is its name.
  if (intent === 'createClient' && !bySlot.has('client') && bySlot.has('newName')) {
    bySlot.set('client', bySlot.get('newName')!);
    bySlot.delete('newName');
  }
  // "add Tomasz Wrona as a client": a person added as the client is the client, not its contact.
  const person = bySlot.get('person');
  if (intent === 'createClient' && !bySlot.has('client') && person?.length === 1 && tokens && AS_CLIENT.test(tokens.slice(person[0].to + 1, person[0].to + 5).join(' '))) {
    bySlot.set('client', person);
    bySlot.delete('person');
  }
  coerceSlots(spec, bySlot, words, tokens);
  // A range the tagger cut in two ("between 1 June and" + "31 August") reads as one.
  const ranges = bySlot.get('dateRange');
  if (ranges && ranges.length > 1) bySlot.set('dateRange', [{ ...ranges[0], text: ranges.map((r) => r.text).join(' ') }]);
  // Two emails in a contact change: the first names the contact, the second is the new address.
  const emails = bySlot.get('email') ?? [];
  if (intent === 'updateContact' && !bySlot.has('person') && emails.length) {
    args.contact = emails[0].text.toLowerCase();
    bySlot.set('email', emails.slice(1));
  }
  for (const [slot, list] of bySlot) {
    if (spec.address && (ADDRESS_SLOTS as readonly string[]).includes(slot)) {
      // A region as typed ("Ontario", "NSW"): it is shown back to people; only the country is normalised.
      const v = slot === 'region' ? trimText(list[0].text) || undefined : slotValue(slot, list[0].text, { today, lean });
      if (v !== undefined) address[slot] = v;
      continue;
    }
    const key = spec.slots[slot];
    if (!key) continue;
    if (key in args && slot !== 'email') continue;
    if (slot === 'dateRange') {
      const r = slotValue(slot, list[0].text, { today, lean }) as { from?: string; to?: string } | undefined;
      if (r?.from) args.createdFrom = r.from;
      if (r?.to) args.createdTo = r.to;
      continue;
    }
    // A name at the very start of the message may carry the sentence's verb ("Lock Okafor Ltd out ...").
    // A title of only punctuation ("2'800.–" cut before its dash) says nothing.
    const values = list.map((s) => [s, slotValue(slot, s.text, { today, lean })] as const)
      .filter(([, v]) => v !== undefined && !(FREE_TEXT.includes(slot) && typeof v === 'string' && !/[\p{L}\p{N}]/u.test(v)))
      // "Kiwi Crate Co / Mere Tane / off": a slash ends a name.
      // ('"Fiesta Foods" Pty Ltd' keeps the quotes it is written with.)
      .map(([s, v]) => (slot === 'client' && typeof v === 'string' && QUOTED_PART.test(s.text) ? s.text.trim()
        : slot === 'client' && typeof v === 'string' ? withLegalDot(clientNameFrom(v.replace(/\s+\/.*$/, ''), s.from === 0), s, tokens)
        : slot === 'person' && typeof v === 'string' ? nameFrom(v, s.from === 0)
        // An emoji code ends the message (":pray:"): its closing colon is part of it, not punctuation.
        : slot === 'text' && typeof v === 'string' && /:[a-z0-9_+-]+:["'”’]?$/.test(s.text.trim()) && !v.endsWith(':') ? `${v}:` : v));
    if (!values.length) continue;
    if ((spec.distributes ?? spec.lists) === key && values.length > 1 && listed(list, tokens)) distributed.push(...(values as string[]));
    // "remove Priya and Ana from Odell & Rowe": one call per person listed, for the actions taken on one contact.
    if (slot === 'person' && PER_PERSON.has(intent) && values.length > 1 && listed(list, tokens)) people.push(...(values as string[]));
    // "INV-0501 + INV-0502 both paid today, 1,100 each": one payment per invoice, when the amount is each one's.
    if (slot === 'invoice' && intent === 'recordPayment' && values.length > 1 && listed(list, tokens) && (!bySlot.has('amount') || EACH.test(words?.join(' ') ?? ''))) invoices.push(...(values as string[]));
    // "has closed its doors ... mark them as a Former client", "from prospect to active": of two statuses, the last is the one asked for.
    args[key] = slot === 'status' ? values[values.length - 1] : values[0];
  }
  if (Object.keys(address).length) {
    // "utrecht nl", "wellington nz": a country code typed after the city, in the city's span.
    const tail = typeof address.city === 'string' && !address.country ? /^(.+?)\s+([a-z]{2})$/i.exec(address.city) : null;
    const tailCountry = tail && !/^(?:in|on|at|of|to|me|or|us|am|an|as|be|by|do|go|he|if|is|it|my|no|so|up|we)$/i.test(tail[2]) ? slotValue('country', tail[2].toUpperCase(), { today, lean }) : undefined;
    if (tail && typeof tailCountry === 'string' && !isNorthAmericanCity(tail[1])) { address.city = tail[1]; address.country = tailCountry; }
    const code = bySlot.get('region')?.[0]?.text.trim();
    // "Rotterdam, NL", "leeds uk": two letters after a city outside North America are its country, not a province.
    // ("Haverford PA 19041": a state's code before a ZIP code stays the state.)
    const zipped = typeof address.postalCode === 'string' && /^\d{5}(?:-\d{4})?$/.test(address.postalCode) && code !== undefined && regionOf(code) !== undefined;
    if (!address.country && code && !zipped && /^(?:[A-Z]{2}|uk)$/.test(code) && !(typeof address.city === 'string' && isNorthAmericanCity(address.city))) {
      const country = slotValue('country', code.toUpperCase(), { today, lean });
      if (typeof country === 'string') { address.country = country; delete address.region; }
    }
    // (A state names its country, but a country is set only when said: "Austin, Texas" has none, as people write it.)
    args.address = address;
  }
  // "make <@U02JOHANNA> an owner": a Slack mention the tagger took for a person is the user's id.
  if (typeof args.member === 'string' && /^@[UW][A-Z0-9]{6,}$/i.test(args.member)) args.member = args.member.slice(1).toUpperCase();
  // "delete the document called Draft Script v1": a document is named after the word that names it.
  if (typeof args.document === 'string') args.document = args.document.replace(/^(?:called|named|titled)\s+(?=\S)/i, '');
  // "CFO of ...": the title ends before the word that joins it to the company.
  if (typeof args.jobTitle === 'string') args.jobTitle = args.jobTitle.replace(/\s+(?:of|at|for|in|with|from)$/i, '');
  if ((intent === 'addContact' || intent === 'updateContact') && !args.role && typeof args.jobTitle === 'string') {
    const role = roleOfTitle(args.jobTitle, today);
    if (role) args.role = role;
  }
  // "payment INV-0087 USD 900": an invoice or a quote is its reference; the words the tagger ran on into are not.
  for (const key of ['invoice', 'quote']) {
    const ref = typeof args[key] === 'string' ? /\b[A-Za-z]{1,4}-\d{1,6}\b/.exec(args[key] as string) : null;
    if (ref) args[key] = ref[0];
  }
  if (intent === 'applyEnrichment' && words) Object.assign(args, enrichmentFields(words));
  if (intent === 'findClients' || intent === 'exportCsv') {
    if (args.archived === undefined) delete args.archived;
  }
  if (!distributed.length && people.length) return people.map((v) => ({ tool: spec.tool, args: { ...args, contact: v } }));
  if (!distributed.length && invoices.length) return invoices.map((v) => ({ tool: spec.tool, args: { ...args, invoice: v } }));
  if (!distributed.length) return [{ tool: spec.tool, args }];
  return distributed.map((v) => ({ tool: spec.tool, args: { ...args, [(spec.distributes ?? spec.lists)!]: v } }));
}
