// Seeded randomness (mulberry32), small text helpers, and the date arithmetic the generator needs (UTC only).

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const chance = (r: Rng, p: number): boolean => r() < p;
export function shuffle<T>(r: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
/** Picks n distinct items. */
export function pickN<T>(r: Rng, xs: readonly T[], n: number): T[] {
  return shuffle(r, [...xs]).slice(0, n);
}
export const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
/** Replaces each '#' with a random digit. */
export const fillDigits = (r: Rng, pattern: string): string => pattern.replace(/#/g, () => String(int(r, 0, 9)));

/** ASCII slug of a name: "Müller & Söhne" -> "muellersoehne" style, good enough for made-up domains. */
export function slug(s: string): string {
  return s
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').replace(/&/g, 'and')
    .toLowerCase().replace(/[^a-z0-9]+/g, '');
}

// ---- dates ----
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m, d));
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);
export const iso = (d: Date): string => d.toISOString().slice(0, 10);
export const monthEnd = (y: number, m: number): Date => utc(y, m + 1, 0);
export const daysInMonth = (y: number, m: number): number => monthEnd(y, m).getUTCDate();
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}
const NUMWORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

export interface DateVal { t: string; v: string }

/** A date after `today`, as a phrase that reads after "due" / "valid until" / "ends" (with its own preposition if any). */
export function futureDate(r: Rng, today: Date): DateVal {
  const y = today.getUTCFullYear(), m = today.getUTCMonth(), d = today.getUTCDate();
  const k = int(r, 0, 14);
  if (k === 14) return weekday(r, today);
  if (k === 0) { const n = pick(r, [7, 10, 14, 15, 21, 30, 45, 60, 90]); return { t: pick(r, [`in ${n} days`, `in ${n} days' time`]), v: iso(addDays(today, n)) }; }
  if (k === 1) { const w = int(r, 1, 4); return { t: `in ${pick(r, [String(w), NUMWORDS[w]])} week${w > 1 ? 's' : ''}`, v: iso(addDays(today, 7 * w)) }; }
  if (k === 2) return { t: pick(r, ['tomorrow', 'by tomorrow']), v: iso(addDays(today, 1)) };
  if (k === 3) return weekday(r, today);
  if (k === 4 && monthEnd(y, m).getTime() > today.getTime()) return { t: pick(r, ['end of month', 'at the end of the month', 'by the end of the month', 'end of this month', 'EOM']), v: iso(monthEnd(y, m)) };
  if (k === 5) return { t: pick(r, ['end of next month', 'at the end of next month', 'by end of next month']), v: iso(monthEnd(y, m + 1)) };
  if (k === 6) {
    // "on the 3rd": the next such day of a month, strictly after today
    const day = int(r, 1, 28); const target = day > d ? utc(y, m, day) : utc(y, m + 1, day);
    return { t: pick(r, [`on the ${ordinal(day)}`, `by the ${ordinal(day)}`, `the ${ordinal(day)}`]), v: iso(target) };
  }
  // an explicit calendar date 3..120 days ahead
  const target = addDays(today, int(r, 3, 120));
  const ty = target.getUTCFullYear(), tm = target.getUTCMonth(), td = target.getUTCDate();
  const withYear = ty !== y || chance(r, 0.2);
  const yr = withYear ? ` ${ty}` : '';
  const yrc = withYear ? `, ${ty}` : '';
  const forms = [
    `${MONTHS[tm]} ${td}${yrc}`, `${MONTHS[tm]} ${ordinal(td)}${yrc}`, `${td} ${MONTHS[tm]}${yr}`, `${MON3[tm]} ${td}${yrc}`,
    `${ordinal(td)} of ${MONTHS[tm]}${yr}`, iso(target), iso(target),
  ];
  if (td > 12) forms.push(`${String(td).padStart(2, '0')}/${String(tm + 1).padStart(2, '0')}${withYear ? `/${ty}` : ''}`);
  if (td > 12) forms.push(`${td}.${tm + 1}.${ty}`);
  let t = pick(r, forms);
  if (!/^\d{4}-/.test(t) && chance(r, 0.4)) t = `${pick(r, ['on', 'by'])} ${t}`;
  return { t, v: iso(target) };
}

/** The coming weekday (Mon-Fri), strictly after today; "next X" only when it is 3+ days away. */
function weekday(r: Rng, today: Date): DateVal {
  const wd = int(r, 1, 5); const delta = ((wd - today.getUTCDay() + 7) % 7) || 7; const name = WEEKDAYS[wd];
  const t = delta >= 3 ? pick(r, [`next ${name}`, `on ${name}`, `by ${name}`, `this ${name}`]) : pick(r, [`on ${name}`, `by ${name}`, `this ${name}`]);
  return { t, v: iso(addDays(today, delta)) };
}

/** A date on or before `today` (payments, start dates), within the same year when written without one. */
export function pastDate(r: Rng, today: Date): DateVal {
  const y = today.getUTCFullYear(), m = today.getUTCMonth(), d = today.getUTCDate();
  const k = int(r, 0, 8);
  if (k === 0) return { t: 'today', v: iso(today) };
  if (k === 1) return { t: 'yesterday', v: iso(addDays(today, -1)) };
  if (k === 2) { const n = int(r, 2, 6); return { t: `${pick(r, [String(n), NUMWORDS[n]])} days ago`, v: iso(addDays(today, -n)) }; }
  if (k === 3) return { t: 'a week ago', v: iso(addDays(today, -7)) };
  if (k === 4 && d > 2) { const day = int(r, 1, d - 1); return { t: `on the ${ordinal(day)}`, v: iso(utc(y, m, day)) }; }
  const doy = Math.floor((today.getTime() - utc(y, 0, 1).getTime()) / 86400000);
  const target = addDays(today, -int(r, 1, Math.max(1, Math.min(doy, 150))));
  const tm = target.getUTCMonth(), td = target.getUTCDate(), ty = target.getUTCFullYear();
  const forms = [`on ${MONTHS[tm]} ${td}`, `on ${td} ${MONTHS[tm]}`, `on ${MON3[tm]} ${ordinal(td)}`, `on ${iso(target)}`, `${MONTHS[tm]} ${td}`];
  if (td > 12) forms.push(`on ${String(td).padStart(2, '0')}/${String(tm + 1).padStart(2, '0')}/${ty}`);
  return { t: pick(r, forms), v: iso(target) };
}

export interface RangeVal { t: string; from?: string; to?: string }

/** A created-date range phrase for findClients/exportCsv. */
export function createdRange(r: Rng, today: Date): RangeVal {
  const y = today.getUTCFullYear(), m = today.getUTCMonth();
  const k = int(r, 0, 9);
  if (k === 0) { const lm = utc(y, m - 1, 1); return { t: pick(r, ['last month', 'added last month', 'created last month']), from: iso(lm), to: iso(monthEnd(lm.getUTCFullYear(), lm.getUTCMonth())) }; }
  if (k === 1 && m > 0) { const mm = int(r, 0, m - 1); return { t: pick(r, [`since ${MONTHS[mm]}`, `added since ${MONTHS[mm]}`, `created since ${MONTHS[mm]} 1`]), from: iso(utc(y, mm, 1)) }; }
  if (k === 2) return { t: pick(r, ['this month', 'added this month', 'created this month']), from: iso(utc(y, m, 1)) };
  if (k === 3) return { t: pick(r, ['this year', 'added this year', 'created this year']), from: iso(utc(y, 0, 1)) };
  if (k === 4) return { t: pick(r, ['last year', 'added last year', `created in ${y - 1}`]), from: iso(utc(y - 1, 0, 1)), to: iso(utc(y - 1, 11, 31)) };
  if (k === 5 && m > 0) { const mm = int(r, 0, m - 1); return { t: pick(r, [`created in ${MONTHS[mm]}`, `added in ${MONTHS[mm]}`, `signed up in ${MONTHS[mm]}`]), from: iso(utc(y, mm, 1)), to: iso(monthEnd(y, mm)) }; }
  if (k === 6 && m > 1) {
    const a = int(r, 0, m - 2), b = int(r, a + 1, m - 1);
    return { t: pick(r, [`created between 1 ${MONTHS[a]} and ${daysInMonth(y, b)} ${MONTHS[b]}`, `added between ${MONTHS[a]} 1 and ${MONTHS[b]} ${daysInMonth(y, b)}`]), from: iso(utc(y, a, 1)), to: iso(monthEnd(y, b)) };
  }
  if (k === 7) { const n = pick(r, [7, 14, 30, 60, 90]); return { t: pick(r, [`in the last ${n} days`, `added in the past ${n} days`]), from: iso(addDays(today, -n)) }; }
  if (k === 8 && m > 0) { const mm = int(r, 1, m); const end = monthEnd(y, mm - 1); return { t: pick(r, [`created before ${MONTHS[mm]}`, `added before ${MONTHS[mm]} 1`]), to: iso(end) }; }
  const start = addDays(today, -int(r, 20, 200));
  return { t: pick(r, [`since ${iso(start)}`, `created since ${iso(start)}`, `added on or after ${iso(start)}`]), from: iso(start) };
}

/** A `today` somewhere in 2026. */
export function randomToday(r: Rng): Date {
  return addDays(utc(2026, 0, 6), int(r, 0, 350));
}
