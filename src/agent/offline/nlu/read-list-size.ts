// "top 5 clients by revenue", "our 10 biggest clients", "the first 3 leads": a list of that many (limit); "top" and
// "biggest" without a sort mean by revenue; "most active first" is an order, not the status.
import type { PlannedCall } from '../types';

const SIZE = /\b(?:top|first|best|biggest|largest)\s+(\d{1,3})\b|\b(\d{1,3})\s+(?:biggest|largest|best|top)\b/i;
const RANKED = /\b(?:top|best|biggest|largest)\b/i;

const MOST_ACTIVE = /\bmost (?:recently )?active(?: ones?)?(?: first| on top)?\b/i;
const ACTIVE_ONES = /\bactive (?:clients|accounts|customers|ones)\b/i;

export function withListSize<C extends PlannedCall>(given: C, text: string): C {
  let call = given;
  if ((call.tool === 'findClients' || call.tool === 'exportCsv') && MOST_ACTIVE.test(text) && call.args.status === 'active' && !ACTIVE_ONES.test(text)) {
    const { status: _status, ...args } = call.args;
    call = { ...call, args: { ...args, sort: 'lastActivity' } };
  }
  if (call.tool !== 'findClients' || call.args.limit !== undefined) return call;
  const m = SIZE.exec(text);
  const n = Number(m?.[1] ?? m?.[2]);
  if (!m || !(n >= 1 && n <= 200)) return call;
  const sort = call.args.sort ?? (RANKED.test(m[0]) ? 'revenue' : undefined);
  return { ...call, args: { ...call.args, limit: n, ...(sort ? { sort } : {}) } };
}
