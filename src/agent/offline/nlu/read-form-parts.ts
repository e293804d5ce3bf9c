// Parts of a form-like line the tagger ran together or mistook: "Portal access: Kiwi Crate Co / Mere Tane / off" (a
// client and its contact between slashes), "now in Gdańsk, ul. Długa 5" (a street the tagger read as an id number).
import type { Span } from './assemble-calls';
import type { Clause, Reading } from './command-reader';
import { looksLikeName } from './find-client-name';

const WITH_CONTACT = new Set(['invitePortal', 'setPortalAccess:on', 'setPortalAccess:off', 'updateContact', 'removeContact']);

/** "<client> / <person>" in one client span, for a command about a client's contact. */
export function withSlashParts(reading: Reading, clause: Clause): Clause {
  if (!WITH_CONTACT.has(clause.ranking[0]?.label ?? '') || clause.spans.some((s) => s.slot === 'person' || s.slot === 'email')) return clause;
  const span = clause.spans.find((s) => s.slot === 'client' && reading.tokens.slice(s.from, s.to + 1).some((t) => t.text === '/'));
  if (!span) return clause;
  const slash = reading.tokens.findIndex((t, k) => k > span.from && k <= span.to && t.text === '/');
  let end = slash + 1;
  while (end < span.to && reading.tokens[end + 1].text !== '/') end++;
  const text = (a: number, b: number) => reading.text.slice(reading.tokens[a].start, reading.tokens[b].end);
  if (slash <= span.from || end < slash + 1 || !looksLikeName(text(slash + 1, end))) return clause;
  const parts: Span[] = [{ ...span, to: slash - 1, text: text(span.from, slash - 1) }, { ...span, slot: 'person', from: slash + 1, to: end, text: text(slash + 1, end) }];
  return { ...clause, spans: clause.spans.flatMap((s) => (s === span ? parts : [s])) };
}

const NUMBER_SLOTS = /^(?:idNumber|amount|taxId|paymentTerms)$/;
const STREET_ABBREVIATION = /^(?:ul|al|os|pl|av|avda|str)$/i;
const STREET_WORD = /^(?:rua|calle|via|viale|avenida|avenue|rue|ulica|aleja|carrer|rambla|praça|plaza|piazza|strada)$/i;

/** A house number read as an id or an amount, after a street the tagger left untagged, is the street's line. */
export function withStreetLine(reading: Reading, clause: Clause): Clause {
  if (clause.spans.some((s) => s.slot === 'line1')) return clause;
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  const taken = (k: number) => clause.spans.some((s) => s.from <= k && s.to >= k);
  // ("Rua Augusta 12" read as a region and a postcode.)
  const street = clause.spans.find((s) => /^(?:region|city|client)$/.test(s.slot) && STREET_WORD.test(word(s.from)));
  const number = street && clause.spans.find((s) => s.from === street.to + 1 && /^\d{1,4}[a-z]?$/i.test(s.text));
  if (street && number) {
    const line = { ...street, slot: 'line1', to: number.to, text: reading.text.slice(reading.tokens[street.from].start, reading.tokens[number.to].end) };
    return { ...clause, spans: clause.spans.filter((s) => s !== number).map((s) => (s === street ? line : s)) };
  }
  // "relocated to 15 Teheran-ro, Seoul 06234": a house number and street before the town's comma, untagged or read as
  // an amount or an id ("15", "27 Itaewon-ro").
  const city = clause.spans.find((s) => s.slot === 'city');
  if (city && word(city.from - 1) === ',') {
    const end = city.from - 2;
    const misread = clause.spans.filter((s) => NUMBER_SLOTS.test(s.slot) && s.to <= end && s.to >= end - 5);
    const free = (k: number) => !taken(k) || misread.some((s) => s.from <= k && s.to >= k);
    let start = end;
    while (start > end - 6 && start > clause.from && free(start) && !/^\d{1,5}[a-z]?$/i.test(word(start)) && /^[\p{L}'’.-]+$/u.test(word(start))) start--;
    if (start < end && free(start) && free(end) && /^\d{1,5}[a-z]?$/i.test(word(start)) && /^(?:to|at|is|:)$/i.test(word(start - 1)) && /^\p{Lu}/u.test(word(start + 1))) {
      const line: Span = { slot: 'line1', from: start, to: end, text: reading.text.slice(reading.tokens[start].start, reading.tokens[end].end) };
      return { ...clause, spans: [...clause.spans.filter((s) => !misread.includes(s)), line].sort((x, y) => x.from - y.from) };
    }
  }
  for (const span of clause.spans) {
    if (!NUMBER_SLOTS.test(span.slot) || span.from !== span.to || !/^\d{1,4}[a-z]?$/i.test(span.text)) continue;
    let a = span.from - 1;
    while (a > clause.from && a > span.from - 4 && !taken(a) && /^\p{Lu}[\p{L}'’-]*$/u.test(word(a)) && !STREET_WORD.test(word(a))) a--;
    const start = word(a) === '.' && STREET_ABBREVIATION.test(word(a - 1)) && a + 1 < span.from ? a - 1 : STREET_WORD.test(word(a)) && a + 1 < span.from ? a : -1;
    if (start < 0 || taken(start)) continue;
    const line = { ...span, slot: 'line1', from: start, text: reading.text.slice(reading.tokens[start].start, reading.tokens[span.to].end) };
    return { ...clause, spans: clause.spans.map((s) => (s === span ? line : s)) };
  }
  return clause;
}
