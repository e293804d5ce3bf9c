// "find clients in Lisbon", "export the leads in Munich": a list has no city filter, so the city named is what it
// searches for (search reads addresses), where the city had been dropped and every client listed.
import type { PlannedCall } from '../types';
import type { Clause } from './command-reader';

const LISTS = new Set(['findClients', 'exportCsv']);
const PLACE_LAST = /\bin\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*))*)\s*[?.!]*$/u;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function withCitySearch(call: PlannedCall, clause: Clause): PlannedCall {
  if (!LISTS.has(call.tool) || call.args.query !== undefined || call.args.country !== undefined) return call;
  const cities = clause.spans.filter((s) => s.slot === 'city');
  if (cities.length === 1) return { ...call, args: { ...call.args, query: cities[0].text } };
  // ("Do we have anyone else in Stoke-on-Trent?", "any leads in Lisbon?": a place the tagger did not mark, named last.)
  const place = cities.length ? undefined : PLACE_LAST.exec(clause.text)?.[1];
  return place && !MONTHS.test(place) ? { ...call, args: { ...call.args, query: place } } : call;
}
