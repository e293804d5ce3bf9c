// Where the tagger's edge of a span is plainly off, by the writing around it: a bracket the span opened is closed
// ("Mapleton PC (duplicate)"), a sentence's full stop is not part of a name ("... Yellowpine Motel. mark past"), a
// capitalised "The" inside a sentence begins the name ("bring The Old Forge Antiques back"), and a note or message
// after "<client>:" is all the words after the colon. Run time only: the trained weights stay what the corpus makes.
import { isKnownCity } from '../values/find-region';
import { isLegalForm } from './gazetteer';
import type { Token } from './tokenize';
import { COURTESY_TOKEN } from './courtesy';

const NAMES = new Set(['client', 'person', 'group', 'newName']);
const FREE_TEXT = new Set(['text', 'title', 'project', 'document', 'goal', 'client', 'person', 'group', 'newName']);
const SENTENCE_END = /^[.!?:;,\n]$/;
const GOES_ON = /^(?:is|are|was|were|has|have|had|also|now|will|would|wants|needs|says|said|handles|does|did|just|still|should|can|could|goes|uses|prefers)$/;
const DATES = new Set(['date', 'startDate', 'endDate', 'validUntil']);
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/i;
const SENTENCE_BREAK = /^[.!?;–—]$/;
const ABBREVIATION = /^(?:bros|corp|ltda|pvt|gmbh|cons|assoc|dept|intl|mfg|svcs|univ)$/i;
const FOREIGN_NAME = /^(?=.*\P{ASCII})\p{Lu}[\p{L}'’-]*$/u;
const MONEY_SIGN = /^(?:KSh|Rs|Rp|RM|kr|Kč|zł|Ft|lei|TL)\.?$/;
const NOT_SURNAME = /^(?:Portal|Invoice|Quote|Project|Group|Notes?|Status|Team|Client|Contact|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Yesterday|Please|Thanks|Cheers|The|And|Or|From|To|At|In|On|For|With)$/;
// Words that open an address line ("ul. Długa 15", "Suite 900", "Unit 4"), which the tagger leaves out or cuts at.
const STREET_ABBREVIATION = /^(?:ul|al|os|pl|av|avda|rr|str)$/i;
const UNIT = /^(?:suite|ste|unit|apt|apartment|flat|floor|fl|room|rm|building|bldg|office|piso|andar|etage|étage|stock)$/i;
// (Also a command's verb: "Message Okafor Ltd: …" is a message to Okafor Ltd.)
const HEADER_WORD = /^(?:hi|hello|hey|dear|re|fwd|fw|fyi|note|notes|please|update|client|new|urgent|todo|task|reminder|ps|message|msg|email|e-mail|tell|ping|text|write|dm|invoice|quote|bill|remind|archive|show|add|send|share)$/i;
const ADDRESS_LINES = new Set(['line1', 'line2']);
const JOINING = /^(?:och|og|en|ve|i|y|e|et|und|and|&|de|van|von)$/;
const APOSTROPHE_NAME = /^(?:O|D|L|Mc|Mac|Di|De)['’]\p{Lu}\p{Ll}+$/u;
const NOTE_INTRO = /^(?:that|know|hear|see|understand|informed|saying|says|said|say|about|re|regarding|reading|with|to|which|who|on|for|as|like|note|notes|and|then|please|pls|is|are|was|were|has|have|had|now|also|again|too|here|there|in|at|of|from|by|but|so|it|its|their|the|a|an)$/;
const DETERMINER = /^(?:your|our|their|my|his|her|its|the|a|an|we|i|you|they|it|this|that|these|those)$/i;

function count(tokens: Token[], i: number, j: number, ch: string): number {
  let n = 0;
  for (let k = i; k <= j; k++) if (tokens[k].text === ch) n++;
  return n;
}

/** Tokens i..j of a `slot` span, mended; `from`..`to` is the clause, which a span never leaves. */
export function mended(tokens: Token[], tags: string[], i: number, j: number, from: number, to: number, slot: string): [number, number] {
  let a = i, b = j;
  // ("invoice KSh 350,000 / project Cold Room Upgrade / due ...": the separator after a part is not the part's.)
  // ("w/" is "with", written against its word.)
  while (b > a && /^[/|]$/.test(tokens[b].text) && tokens[b - 1].end < tokens[b].start) b--;
  if (FREE_TEXT.has(slot) && count(tokens, a, b, '(') > count(tokens, a, b, ')')) {
    for (let k = b + 1; k <= Math.min(to, b + 4) && tags[k] === 'O'; k++) if (tokens[k].text === ')') { b = k; break; }
  }
  // (A legal form's stop stays: "Co., Ltd.", "Bros.".)
  if (NAMES.has(slot) && b > a && tokens[b].text === '.' && /^\p{L}\p{Ll}{3,}$/u.test(tokens[b - 1].text) && !ABBREVIATION.test(tokens[b - 1].text)) b--;
  if (slot === 'client' && a - 1 > from && tokens[a - 1].text === 'The' && tags[a - 1] === 'O' && !SENTENCE_END.test(tokens[a - 2].text)) a--;
  // "Harbour Lane Dental: invoice $750": a name that heads the message before a colon is all of its capitalised words.
  if (slot === 'client' && a > from && tokens[b + 1]?.text === ':' && tags.slice(from, a).every((t) => t === 'O')
    && tokens.slice(from, a).every((t) => /^(?:\p{Lu}[\p{L}'’-]*|&)$/u.test(t.text) && !HEADER_WORD.test(t.text))) a = from;
  // "Nadia at Orbis also handles procurement": a capitalised name ends where the sentence goes on in lower case.
  if (slot === 'client' && /^\p{Lu}/u.test(tokens[a].text)) {
    for (let k = a + 1; k <= b; k++) if (GOES_ON.test(tokens[k].text)) { b = k - 1; break; }
  }
  // "Nguyễn Thị Lan", "quote Oisín Byrne & Co.": a capitalised word with letters English does not write, just before
  // a name, begins it (the tagger learned names mostly from English spellings).
  if (NAMES.has(slot)) while (a > from && tags[a - 1] === 'O' && tokens[a - 1].end + 1 >= tokens[a].start && FOREIGN_NAME.test(tokens[a - 1].text)) a--;
  // "invoice Wanjiku Farms KSh 80,000": a currency written before its amount ends the name.
  if (slot === 'client' && b > a && MONEY_SIGN.test(tokens[b].text) && /^\d/.test(tokens[b + 1]?.text ?? '')) b--;
  // "remove Odile Brun": a person's capitalised surname the tagger left after the first name.
  if (slot === 'person' && a === b && /^\p{Lu}\p{Ll}+$/u.test(tokens[b].text)) {
    while (b < to && tags[b + 1] === 'O' && tokens[b].end + 1 >= tokens[b + 1].start && /^\p{Lu}\p{Ll}+$/u.test(tokens[b + 1].text) && !NOT_SURNAME.test(tokens[b + 1].text)) b++;
  }
  // "Berg och Son", "Jansen en Zonen": a name the tagger began at its joining word begins at the word before it.
  if (slot === 'client' && a > from && b > a && JOINING.test(tokens[a].text) && tags[a - 1] === 'O' && /^\p{Lu}\p{Ll}/u.test(tokens[a - 1].text)) a--;
  // "Mrs. Siobhan O'Shea of Rosewood": a courtesy title the tagger left out is how the person is addressed, and the
  // word that joins them to their company is not theirs.
  if (slot === 'person' || slot === 'member') {
    if (a - 2 >= from && tokens[a - 1].text === '.' && tags[a - 1] === 'O' && tags[a - 2] === 'O' && COURTESY_TOKEN.test(tokens[a - 2].text)) a -= 2;
    else if (a - 1 >= from && tags[a - 1] === 'O' && COURTESY_TOKEN.test(tokens[a - 1].text)) a--;
    while (b > a && /^(?:of|at|from|with|for)$/.test(tokens[b].text)) b--;
  }
  // "Head of Finance and Procurement": a title of several words goes on over "and" and the capitalised words after it
  // ("CTO and Aiko Mori" is two people).
  const titleWord = (k: number) => k <= to && /^\p{Lu}/u.test(tokens[k].text) && (tags[k] === 'O' || tags[k].endsWith('-jobTitle'));
  if (slot === 'jobTitle' && b > a) {
    while (/^(?:and|&)$/.test(tokens[b + 1]?.text ?? '') && tags[b + 1] === 'O' && titleWord(b + 2)) {
      b += 2;
      while (titleWord(b + 1)) b++;
    }
  }
  // "asked to see the MSA themselves": a reflexive after a name or title is the sentence's, not the name's.
  if (FREE_TEXT.has(slot) && slot !== 'text' && b > a && /^(?:themselves|himself|herself|itself|yourself|myself|ourselves)$/i.test(tokens[b].text)) b--;
  // "O'Connell Brewing Ltd": a name's first word written with an apostrophe ("O'", "D'", "Mc") the tagger left out.
  if (NAMES.has(slot) && a - 1 >= from && tags[a - 1] === 'O' && APOSTROPHE_NAME.test(tokens[a - 1].text)) a--;
  // "starts Aug 1", "1 November": a month's day number the tagger left beside it.
  if (DATES.has(slot)) {
    if (MONTH.test(tokens[b].text) && b + 1 <= to && tags[b + 1] === 'O' && DAY.test(tokens[b + 1].text)) b++;
    if (MONTH.test(tokens[a].text) && a - 1 >= from && tags[a - 1] === 'O' && DAY.test(tokens[a - 1].text)) a--;
    // "the 31st of July", "the 31st July": the month the tagger left after the day.
    const of = b + 1 <= to && /^of$/i.test(tokens[b + 1].text) ? 1 : 0;
    if (DAY.test(tokens[b].text) && b + of + 1 <= to && tags[b + of + 1] === 'O' && MONTH.test(tokens[b + of + 1].text) && tokens[b + of + 1].text.length > 2) b += of + 1;
  }
  if (ADDRESS_LINES.has(slot)) {
    if (a - 2 >= from && tokens[a - 1].text === '.' && tags[a - 1] === 'O' && tags[a - 2] === 'O' && STREET_ABBREVIATION.test(tokens[a - 2].text)) a -= 2;
    else if (a - 1 >= from && tags[a - 1] === 'O' && UNIT.test(tokens[a - 1].text)) a--;
    // "Suite 900": the unit's number, whatever the tagger took it for.
    if (b + 1 <= to && UNIT.test(tokens[b].text) && /^#?\d+[A-Za-z]?$/.test(tokens[b + 1].text)) b++;
  }
  if (slot === 'text') {
    // "message Vantagepoint: your Q1 invoice ...": the words between the colon and the tagged text are the text's own.
    let k = a - 1;
    while (k > a - 3 && k > from && tags[k] === 'O' && DETERMINER.test(tokens[k].text)) k--;
    // (A quoted text ends at its quote.)
    if (tokens[k]?.text === ':' && k >= from && tags[k - 1]?.endsWith('-client') && !/^["“'‘]$/.test(tokens[k + 1]?.text ?? '')) {
      a = k + 1;
      // What follows is the message, dates and names in it included, to the end of its sentence.
      while (b < to && !SENTENCE_BREAK.test(tokens[b + 1].text)) b++;
    }
    // "add a note to ferro and lane contract renewal is in april": a word the tagger left between the client and the
    // note, with nothing to introduce the note, is the note's first word.
    if (a - 2 >= from && tags[a - 1] === 'O' && tags[a - 2].endsWith('-client') && /^\p{Ll}+$/u.test(tokens[a - 1].text) && !NOTE_INTRO.test(tokens[a - 1].text)) a--;
  }
  return [a, b];
}

const END_CUE = /^(?:end|ends|ending|ended|until|till|through|thru|to)$/i;
export const START_CUE = /^(?:start|starts|starting|started|from|since|begins|beginning)$/i;

/** "starts Aug 1 and ends Jul 31": a date right after a word for the other end of a range is that end. */
export function relabelDates<S extends { slot: string; from: number }>(spans: S[], tokens?: string[]): S[] {
  if (!tokens) return spans;
  const cue = (s: S) => tokens.slice(Math.max(0, s.from - 2), s.from);
  // "set the start date of Tidewater to the 15th": "to" after a word for the start sets it, it is no range's end.
  const startSet = (s: S) => cue(s).every((w) => !END_CUE.test(w) || w.toLowerCase() === 'to') && tokens.slice(Math.max(0, s.from - 7), s.from - 2).some((w) => START_CUE.test(w));
  return spans.map((s) => (s.slot === 'startDate' && cue(s).some((w) => END_CUE.test(w)) && !cue(s).some((w) => START_CUE.test(w)) && !startSet(s) ? { ...s, slot: 'endDate' }
    : s.slot === 'endDate' && cue(s).some((w) => START_CUE.test(w)) && !cue(s).some((w) => END_CUE.test(w)) ? { ...s, slot: 'startDate' } : s));
}

export type NamedSpan = { slot: string; text: string; from: number; to: number; margin?: number };

/** "Gallagher Bros." + "Plumbing & Heating": a client's name the tagger cut at an abbreviation's stop is one name;
 *  so is "Sartoria Gallo" + "di" + "Enzo Gallo". */
export function namesOverStops<S extends NamedSpan>(spans: S[], tokens: Token[], text: string): S[] {
  const out: S[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const joins = prev?.slot === 'client' && s.slot === 'client' && s.from === prev.to + 2 && tokens[prev.to + 1].text === '.'
      && ABBREVIATION.test(tokens[prev.to].text) && tokens[prev.to].end === tokens[prev.to + 1].start;
    // "Sartoria Gallo di Enzo Gallo": an Italian firm named with its owner after "di" is one name.
    const owned = prev?.slot === 'client' && (s.slot === 'client' || s.slot === 'person' || (s.slot === 'title' && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(s.text))) && s.from === prev.to + 2 && /^di$/i.test(tokens[prev.to + 1].text);
    if (joins || owned) out[out.length - 1] = { ...prev, to: s.to, text: text.slice(tokens[prev.from].start, tokens[s.to].end), margin: Math.min(prev.margin ?? 0, s.margin ?? 0) };
    else out.push(s);
  }
  return out;
}

// Legal forms written after a comma ("Ferreira & Filhos, Lda", "Acme, Inc.", "Northwind, LLC").
const COMMA_LEGAL = /^(?:inc|llc|ltd|lda|ltda|llp|plc|gmbh|ag|sa|sl|srl|bv|nv|corp|co)\.?$/i;

/** "Ferreira & Filhos, Lda — Lisbon": a legal form after a comma that closes a client's name is part of it, never a
 *  city or a word of its own. */
export function legalFormsAfterComma<S extends NamedSpan>(spans: S[], tokens: Token[], text: string): S[] {
  const out: S[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const legal = s.to + 2;
    const closes = !tokens[legal + 1] || /^(?:[,.;—–!-]|in|at|of|from|based|with|and)$/i.test(tokens[legal + 1].text);
    if (s.slot !== 'client' || tokens[s.to + 1]?.text !== ',' || !COMMA_LEGAL.test(tokens[legal]?.text ?? '') || !closes) {
      out.push(s);
      continue;
    }
    const next = spans[k + 1];
    if (next && next.from <= legal) {
      if (next.from !== legal || next.to !== legal) { out.push(s); continue; }
      k++;
    }
    out.push({ ...s, to: legal, text: text.slice(tokens[s.from].start, tokens[legal].end) });
  }
  return out;
}

const STREET_WORD = /^(?:street|st|road|rd|lane|ln|avenue|ave|way|drive|dr|close|place|square|sq|crescent|terrace|court|row|parade|boulevard|blvd|gardens|mews|walk|wharf|quay|strasse|straße|gasse|weg|rue|via|calle|rua)\.?$/i;

/** "namely Thistledown Bakery of 3 Market Street, Kendal", "Lindqvist Bygg AB of Uppsala, Sweden": a number and a
 *  street word after "of", or a place after a legal form and "of", are the address, never part of the client's name
 *  the tagger ran on into them. */
export function streetsNotNames<S extends NamedSpan>(spans: S[], tokens: Token[], text: string): S[] {
  if (spans.some((s) => s.slot === 'line1')) return spans;
  return spans.flatMap((s) => {
    const k = s.slot === 'client' && STREET_WORD.test(tokens[s.to].text)
      ? tokens.slice(s.from + 1, s.to - 1).findIndex((t, n) => /^of$/i.test(t.text) && /^\d+[a-z]?$/i.test(tokens[s.from + n + 2].text)) : -1;
    const part = (from: number, to: number, slot: string) => ({ ...s, slot, from, to, text: text.slice(tokens[from].start, tokens[to].end) });
    if (k >= 0) return [part(s.from, s.from + k, 'client'), part(s.from + k + 2, s.to, 'line1')];
    // "Lindqvist Bygg AB of Uppsala, Sweden": a place after a legal form and "of" is where the company is.
    const at = s.slot === 'client' ? tokens.findIndex((t, n) => n > s.from && n < s.to && /^of$/i.test(t.text) && isLegalForm(tokens[n - 1].text)) : -1;
    const place = at > 0 ? text.slice(tokens[at + 1].start, tokens[s.to].end) : '';
    const country = spans.some((c) => c.slot === 'country' && c.from === s.to + 2 && tokens[s.to + 1].text === ',');
    if (at > 0 && (isKnownCity(place) || (country && s.to === at + 1))) return [part(s.from, at - 1, 'client'), part(at + 1, s.to, 'city')];
    return [s];
  });
}

/** "remove Yuki's assistant Emi Sato": a person named as whose colleague the next one is, is not who is meant. */
export function ownersNotPeople<S extends NamedSpan>(spans: S[], tokens: Token[]): S[] {
  return spans.filter((s, k) => {
    const next = spans[k + 1];
    return !(s.slot === 'person' && next?.slot === 'person' && /^['’]s$/.test(tokens[s.to + 1]?.text ?? '') && next.from - s.to >= 3 && next.from - s.to <= 5);
  });
}

const PLACE_SLOTS = new Set(['city', 'region', 'postalCode', 'country']);

/**
 * "moved premises to Unit 4, Riverside Industrial Estate, Enniscorthy": an address's only street line is its first
 * (the tagger may call it the second), and a name between it and the place after it, the client's being said before,
 * is more of that line.
 */
export function firstLines<S extends NamedSpan>(spans: S[], tokens: Token[], text: string): S[] {
  const first = spans.findIndex((s) => s.slot === 'line1');
  const at = first >= 0 ? first : spans.findIndex((s) => s.slot === 'line2');
  if (at < 0) return spans;
  const line = { ...spans[at], slot: 'line1' };
  const next = spans[at + 1], after = spans[at + 2];
  const comma = (k: number) => tokens[k]?.text === ',';
  const more = next?.slot === 'client' && spans.slice(0, at).some((s) => s.slot === 'client') && next.from === line.to + 2 && comma(line.to + 1)
    && after && PLACE_SLOTS.has(after.slot) && after.from === next.to + 2 && comma(next.to + 1);
  if (!more) return spans.map((s, k) => (k === at ? line : s));
  const whole = { ...line, to: next.to, text: text.slice(tokens[line.from].start, tokens[next.to].end) };
  return spans.flatMap((s, k) => (k === at ? [whole] : k === at + 1 ? [] : [s]));
}
