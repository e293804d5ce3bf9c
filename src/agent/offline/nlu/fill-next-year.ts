// "ends 31 October next year": a date said for next year is in it, whatever this year's reading gave. A date the
// contract's words placed ("ends on the 31st of January next year", a plain date span) is found by its day.
import { parseDate, type Lean } from '../values/parse-dates';
import type { Words } from './fill-details';

type DateSpan = { slot: string; from: number; to: number };

/** Moves into next year each of `args`' dates that a span said "next year" of (`args` is changed in place). */
export function inNextYear(args: Record<string, unknown>, spans: DateSpan[], w: Words, slots: Record<string, string>, today: Date, lean: Lean): void {
  for (const span of spans) {
    const said = w.text.slice(w.tokens[span.from].start, w.tokens[span.to].end);
    if (!/\bnext year\b/i.test(w.text.slice(w.tokens[span.from].start, w.tokens[span.to].end + 12))) continue;
    const day = slots[span.slot] ? undefined : parseDate(said, today, lean);
    for (const key of slots[span.slot] ? [slots[span.slot]] : Object.keys(args).filter((k) => day && args[k] === day)) {
      const at = typeof args[key] === 'string' ? /^(\d{4})(-.*)$/.exec(args[key] as string) : null;
      if (at && Number(at[1]) === today.getUTCFullYear()) args[key] = `${Number(at[1]) + 1}${at[2]}`;
    }
  }
}
