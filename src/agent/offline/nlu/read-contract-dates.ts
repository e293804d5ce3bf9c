// "Sunrise Bakery: contract dates 1 June – 30 November", "Halden Works' contract runs from 1 March to 31 August":
// a contract's two dates said as a range are its start and end dates, a change to the client, not a note.
import type { PlannedCall } from '../types';
import { parseDate } from '../values/parse-dates';
import type { Clause } from './command-reader';

const RANGE = /\bcontract\b[^.;?!]*?(?:\bfrom\b|\bdates?\b|\bruns?\b|\bperiod\b|\bterm\b|:)\s*(.{3,30}?)\s*(?:–|—|-|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*(.{3,30}?)\s*(?:[.;,?!]|$)/i;

/** The contract's start and end as YYYY-MM-DD, when the text says them as a range and the start comes first. */
export function contractRange(text: string, today: Date): { startDate: string; endDate: string } | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const startDate = parseDate(m[1], today, 'nearest');
  let endDate = parseDate(m[2], today, 'nearest');
  if (!startDate || !endDate || !/\d/.test(m[1]) || !/\d/.test(m[2])) return undefined;
  // ("1 November – 31 January": the end is the next time that date comes.)
  if (endDate <= startDate) endDate = `${Number(endDate.slice(0, 4)) + 1}${endDate.slice(4)}`;
  return { startDate, endDate };
}

/** A clause that says a contract's range about one client is a change to that client. */
export function withContractDates(clause: Clause, today: Date): Clause {
  const top = clause.ranking[0];
  if (!top || top.label === 'updateClient' || !contractRange(clause.text, today)) return clause;
  if (clause.spans.filter((s) => s.slot === 'client').length !== 1) return clause;
  const spans = clause.spans.filter((s) => s.slot !== 'text');
  return { ...clause, spans, ranking: [{ label: 'updateClient', p: Math.max(top.p, 0.7) }, ...clause.ranking.filter((r) => r.label !== 'updateClient')] };
}

/** The update with both dates of the range, where the tagger found one of them or none. */
export function fillContractRange(call: PlannedCall, text: string, today: Date): PlannedCall {
  if (call.tool !== 'updateClient') return call;
  const range = contractRange(text, today);
  if (range) call = withoutRangeParts(call, text);
  if (call.args.startDate !== undefined) return call;
  // (The tagger's end date may be the same day read in the wrong year: "1 November to 31 January".)
  if (!range || (typeof call.args.endDate === 'string' && call.args.endDate.slice(5) !== range.endDate.slice(5))) return call;
  return { ...call, args: { ...call.args, ...range } };
}

const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/** "from 1 March to 30 June": the range's "30" is no payment terms and its "June" no city. */
function withoutRangeParts(call: PlannedCall, text: string): PlannedCall {
  const args = { ...call.args };
  if (args.paymentTerms !== undefined && !/\b(?:net|terms?|days?|payment|pay)\b/i.test(text)) delete args.paymentTerms;
  const address = args.address as Record<string, unknown> | undefined;
  if (address && typeof address.city === 'string' && MONTH.test(address.city.trim())) {
    const { city: _city, ...rest } = address;
    if (Object.keys(rest).length) args.address = rest;
    else delete args.address;
  }
  return { ...call, args };
}
