// Dates relative to today with chrono-node, plus the ranges people say ("since March", "last month",
// "this year", "between 1 June and 31 August"). Yearless dates are clamped to the past or the future.
import * as chrono from 'chrono-node';

export const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const monthEnd = (y: number, m: number) => utc(y, m + 1, 0);

export type Lean = 'past' | 'future' | 'nearest';
type Point = { date: Date; grain: 'day' | 'month' | 'year' };

function chronoPoint(text: string, today: Date, lean: Lean): Point | undefined {
  // Noon of the day, whatever the hour given: "yesterday" said in the evening is still the day before.
  const ref = { instant: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12)), timezone: 'UTC' };
  const r = chrono.parse(text, ref, { forwardDate: lean === 'future' })[0];
  if (!r) return undefined;
  const c = r.start;
  let date = utc(c.get('year') ?? today.getUTCFullYear(), (c.get('month') ?? 1) - 1, c.get('day') ?? 1);
  const grain = c.isCertain('day') || c.isCertain('weekday') || /\b(?:today|yesterday|tomorrow|ago|days?|weeks?|end of)\b/i.test(r.text)
    ? 'day' : c.isCertain('month') || /month/i.test(r.text) ? 'month' : 'year';
  if (grain === 'month') date = utc(date.getUTCFullYear(), date.getUTCMonth(), 1);
  if (!c.isCertain('day') && c.isCertain('weekday')) {
    if (lean === 'past' && date > today) date = addDays(date, -7);
    if (lean === 'future' && date < today) date = addDays(date, 7);
    return { date, grain: 'day' };
  }
  if (!c.isCertain('year') && !/\b(?:ago|last|next|this|days?|weeks?|months?|today|yesterday|tomorrow)\b/i.test(r.text)) {
    // A yearless "March" or "March 3": the past for since/paid/started, the future for due dates.
    const y = today.getUTCFullYear();
    date = utc(y, date.getUTCMonth(), grain === 'month' ? 1 : date.getUTCDate());
    if (lean === 'past' && date > today) date = utc(y - 1, date.getUTCMonth(), date.getUTCDate());
    if (lean === 'future' && date < today) date = utc(y + 1, date.getUTCMonth(), date.getUTCDate());
  }
  return { date, grain };
}

const lastDay = (p: Point) => p.grain === 'day' ? p.date : p.grain === 'month'
  ? monthEnd(p.date.getUTCFullYear(), p.date.getUTCMonth()) : utc(p.date.getUTCFullYear(), 11, 31);

/** One date ("December 15", "in 30 days", "end of month", "yesterday") as YYYY-MM-DD. */
export function parseDate(text: string, today: Date, lean: Lean = 'nearest'): string | undefined {
  const t = text.toLowerCase();
  const y = today.getUTCFullYear(), m = today.getUTCMonth();
  if (/\bend of (?:the |this )?month\b/.test(t)) return iso(monthEnd(y, m));
  if (/\bend of next month\b/.test(t)) return iso(monthEnd(y, m + 1));
  if (/\bend of (?:the |this )?year\b/.test(t)) return iso(utc(y, 11, 31));
  // "end of the quarter", "quarter end", "end of Q3": the quarter's last day (a named quarter already past is next year's).
  if (/\bend of (?:the |this )?quarter\b|\b(?:this )?quarter[- ]end\b/.test(t)) return iso(monthEnd(y, m - (m % 3) + 2));
  if (/\bend of next quarter\b/.test(t)) return iso(monthEnd(y, m - (m % 3) + 5));
  const q = /\bend of (?:the )?q([1-4])\b/.exec(t);
  if (q) { const end = monthEnd(y, Number(q[1]) * 3 - 1); return iso(end < today && lean !== 'past' ? monthEnd(y + 1, Number(q[1]) * 3 - 1) : end); }
  if (/\bend of (?:the |this )?week\b/.test(t)) return iso(addDays(today, (7 - today.getUTCDay()) % 7 || 0));
  const inN = /\b(?:in|within)\s+(\d+|a|one|two|three|four)\s+(day|week|month)s?\b/.exec(t);
  if (inN) {
    const n = ({ a: 1, one: 1, two: 2, three: 3, four: 4 } as Record<string, number>)[inN[1]] ?? Number(inN[1]);
    if (inN[2] === 'month') return iso(utc(y, m + n, today.getUTCDate()));
    return iso(addDays(today, n * (inN[2] === 'week' ? 7 : 1)));
  }
  const netN = /\bnet\s?(\d{1,3})\b/.exec(t);
  if (netN && lean === 'future') return iso(addDays(today, Number(netN[1])));
  const p = chronoPoint(text, today, lean);
  return p ? iso(p.date) : undefined;
}

export type Range = { from?: string; to?: string };

/** A created-date range for searches, or undefined when the text names none. */
export function parseRange(text: string, today: Date): Range | undefined {
  const t = text.toLowerCase();
  const y = today.getUTCFullYear(), m = today.getUTCMonth();
  const rel = /\b(this|last|past|previous)\s+(week|month|quarter|year)\b/.exec(t);
  if (rel) {
    const prev = rel[1] !== 'this';
    if (rel[2] === 'year') return prev ? { from: iso(utc(y - 1, 0, 1)), to: iso(utc(y - 1, 11, 31)) } : { from: iso(utc(y, 0, 1)) };
    if (rel[2] === 'month') return prev ? { from: iso(utc(y, m - 1, 1)), to: iso(monthEnd(y, m - 1)) } : { from: iso(utc(y, m, 1)) };
    if (rel[2] === 'quarter') {
      const q = Math.floor(m / 3) * 3;
      return prev ? { from: iso(utc(y, q - 3, 1)), to: iso(monthEnd(y, q - 1)) } : { from: iso(utc(y, q, 1)) };
    }
    const monday = addDays(today, -((today.getUTCDay() + 6) % 7));
    return prev ? { from: iso(addDays(monday, -7)), to: iso(addDays(monday, -1)) } : { from: iso(monday) };
  }
  const lastN = /\b(?:last|past|previous)\s+(\d+)\s+(day|week|month)s?\b/.exec(t);
  if (lastN) {
    const n = Number(lastN[1]);
    return { from: iso(lastN[2] === 'month' ? utc(y, m - n, today.getUTCDate()) : addDays(today, -n * (lastN[2] === 'week' ? 7 : 1))) };
  }
  if (/\btoday\b/.test(t)) return { from: iso(today) };
  if (/\byesterday\b/.test(t)) return { from: iso(addDays(today, -1)), to: iso(addDays(today, -1)) };
  const between = /\b(?:between|from)\s+(.+?)\s+(?:and|to|until|till|-)\s+(.+?)(?:$|[,;]|\s+(?:in|sorted|by|with|who|that)\b)/i.exec(text);
  if (between) {
    const a = chronoPoint(between[1], today, 'past'), b = chronoPoint(between[2], today, 'past');
    if (a && b) {
      const to = b.date < a.date ? utc(b.date.getUTCFullYear() + 1, b.date.getUTCMonth(), b.date.getUTCDate()) : b.date;
      return { from: iso(a.date), to: iso(lastDay({ date: to, grain: b.grain })) };
    }
  }
  const since = /\b(?:since|after|from|starting|as of)\s+(.+)$/i.exec(text);
  if (since) {
    const p = chronoPoint(since[1], today, 'past') ?? yearPoint(since[1]);
    if (p) return { from: iso(p.date) };
  }
  const before = /\b(?:before|until|till|up to|prior to)\s+(.+)$/i.exec(text);
  if (before) {
    const p = chronoPoint(before[1], today, 'past') ?? yearPoint(before[1]);
    if (p) return { to: iso(/\bbefore|prior\b/i.test(before[0]) ? addDays(p.date, -1) : lastDay(p)) };
  }
  const inside = /\b(?:in|during|on)\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|\d{4})\b/i.exec(text);
  if (inside) {
    const p = yearPoint(inside[1]) ?? chronoPoint(inside[1], today, 'past');
    if (p) return { from: iso(p.date), to: iso(lastDay(p)) };
  }
  return undefined;
}

function yearPoint(text: string): Point | undefined {
  const m = /^\s*(\d{4})\b/.exec(text);
  return m ? { date: utc(Number(m[1]), 0, 1), grain: 'year' } : undefined;
}
