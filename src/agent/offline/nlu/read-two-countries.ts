// "find leads in Kenya and Nigeria", "any clients in Brazil or Mexico?": a list asked for in two countries. A search
// takes one country, so the list is asked for each, with the same other filters (the reader alone kept the filters
// on the first and dropped them on the second, or listed one country). "clients in Trinidad and Tobago" is one.
import type { Decision } from '../types';
import { countryCode } from '../values/find-country';

const ACTING = /^\W*(?:<@\w+>\s*)?(?:please\s+)?(?:add|create|new|make|set|move|update|change|invoice|bill|archive|delete|remove|send|email|message|invite)\b/i;
const TWO = /\b(in|from|based in|located in)\s+(?:the\s+)?(\p{Lu}[\p{L}.' -]*?)\s+(?:or|and|&|\/)\s+(?:in\s+)?(?:the\s+)?(\p{Lu}[\p{L}.' -]*?)\s*(?=[?.!,;]|$)/u;
const LISTS = new Set(['findClients', 'exportCsv']);

/** `read`: how the message with one country in place of the two is read. */
export function readTwoCountries(text: string, read: (text: string) => Decision): Decision | undefined {
  if (ACTING.test(text)) return undefined;
  const m = TWO.exec(text);
  if (!m) return undefined;
  const both = countryCode(`${m[2]} and ${m[3]}`);
  const [a, b] = [countryCode(m[2]), countryCode(m[3])];
  const first = both ?? a;
  if (!first || (!both && (!b || a === b))) return undefined;
  // (A country whose name has "and" in it is read by its code: the reader would split it at the "and".)
  const one = read(`${text.slice(0, m.index)}${m[1]} ${both ?? m[2]}${text.slice(m.index + m[0].length)}`);
  if (one.kind !== 'calls' || one.calls.length !== 1 || !LISTS.has(one.calls[0].tool) || one.calls[0].args.country !== first) return undefined;
  return both ? one : { kind: 'calls', calls: [one.calls[0], { tool: one.calls[0].tool, args: { ...one.calls[0].args, country: b } }] };
}
