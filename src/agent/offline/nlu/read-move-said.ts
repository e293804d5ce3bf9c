// "lagos textile hub moved to 14 broad st, lagos island", "Acme Corp has moved offices to 2 harbour road, Cork,
// Ireland": a known client's new street address typed in lower case, which the tagger reads by its capitals. Taken
// only with a house number and a street word, so "moved to Berlin" or "moved to 14 days" stay the reader's.
import type { Decision } from '../types';
import { countryCode } from '../values/find-country';
import type { KnownNames } from './gazetteer';
import { clientIn } from './client-in-text';

const STREET = String.raw`\d{1,5}[a-z]?\s+(?:[\p{L}'.-]+\s+){1,4}(?:st|street|rd|road|ave|avenue|lane|ln|way|blvd|boulevard|drive|dr|close|place|pl|square|sq|crescent|terrace|court|ct|highway|hwy|parade|row|quay|wharf)\.?`;
const MOVED = new RegExp(String.raw`\b(?:has\s+|have\s+|just\s+)?(?:moved|relocated)\s+(?:(?:office|offices|premises|hq)\s+)?to\s+(${STREET})\s*(?:,\s*([\p{L}][\p{L} .'-]*?))?\s*(?:,\s*([\p{L}][\p{L} .'-]*?))?[\s.!]*$`, 'iu');

export function readMoveSaid(text: string, known?: KnownNames): Decision | undefined {
  const m = MOVED.exec(text);
  if (!m) return undefined;
  const client = clientIn(text.slice(0, m.index), known);
  if (!client) return undefined;
  const [city, country] = [m[2]?.trim(), m[3]?.trim()];
  const code = country ? countryCode(country) : undefined;
  // (A third part that is no country is no part of an address this rule knows.)
  if (country && !code) return undefined;
  const address = { line1: m[1].trim(), ...(city ? { city } : {}), ...(code ? { country: code } : {}) };
  return { kind: 'calls', calls: [{ tool: 'updateClient', args: { client, address } }] };
}
