// "moved to 14 harbour street bristol bs1 4ab": a street line the tagger ran on into the town and a British postcode
// after it, typed without commas, is the street, the town and the postcode.
import type { Token } from './tokenize';

type Span = { slot: string; text: string; from: number; to: number; margin?: number };

const STREET = /^(?:street|st|road|rd|lane|ln|avenue|ave|way|drive|dr|close|place|square|row|terrace|crescent|hill|gardens|parade|walk)\.?$/i;
const OUTWARD = /^[a-z]{1,2}\d[a-z\d]?$/i;
const INWARD = /^\d[a-z]{2}$/i;
const PLACES = new Set(['city', 'postalCode']);

export function streetLineParts<S extends Span>(spans: S[], tokens: Token[], text: string): S[] {
  const at = spans.findIndex((s) => s.slot === 'line1');
  const line = spans[at];
  if (!line || spans.some((s) => PLACES.has(s.slot)) || line.to - line.from < 4) return spans;
  const word = (k: number) => tokens[k].text;
  if (!OUTWARD.test(word(line.to - 1)) || !INWARD.test(word(line.to))) return spans;
  // The last street word before the town: one or two words of town between it and the postcode.
  const street = [line.to - 3, line.to - 4].find((k) => k > line.from && STREET.test(word(k)));
  if (street === undefined) return spans;
  const part = (from: number, to: number, slot: string) => ({ ...line, slot, from, to, text: text.slice(tokens[from].start, tokens[to].end) });
  const parts = [part(line.from, street, 'line1'), part(street + 1, line.to - 2, 'city'), part(line.to - 1, line.to, 'postalCode')];
  return [...spans.slice(0, at), ...parts, ...spans.slice(at + 1)] as S[];
}
