// "find clients in Lisbon", "export the leads in Munich": a list has no city filter, so the city named is what it
// searches for (search reads addresses), where the city had been dropped and every client listed.
import type { PlannedCall } from '../types';
import type { Clause } from './command-reader';

const LISTS = new Set(['findClients', 'exportCsv']);

export function withCitySearch(call: PlannedCall, clause: Clause): PlannedCall {
  if (!LISTS.has(call.tool) || call.args.query !== undefined || call.args.country !== undefined) return call;
  const cities = clause.spans.filter((s) => s.slot === 'city');
  return cities.length === 1 ? { ...call, args: { ...call.args, query: cities[0].text } } : call;
}
