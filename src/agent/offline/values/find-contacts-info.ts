// Emails, websites and phone numbers as people type them.
export const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// A host needs a first label of 2+ characters and an alphabetic TLD, so "S.A." or "B.V." or "3.000" never match.
export const URL_RE = /\b(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,24}|[A-Z]{2,6})(?![A-Za-z0-9@-])(?::\d+)?(?:\/[^\s,;)<>"]*)?/g;
const PHONE_RE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s.-]{4,}\d(?:\s?(?:x|ext\.?)\s?\d{1,5})?/g;

export function findEmails(text: string): string[] {
  return [...text.matchAll(EMAIL_RE)].map((m) => m[0].toLowerCase());
}

export function withoutEmails(text: string): string {
  return text.replace(EMAIL_RE, ' ');
}

export function cleanWebsite(url: string): string {
  return url.replace(/[.,;:!?)]+$/, '').replace(/\/+$/, '');
}

export function findWebsites(text: string): string[] {
  const out: string[] = [];
  for (const m of withoutEmails(text).matchAll(URL_RE)) {
    const url = cleanWebsite(m[0]);
    const before = text.slice(0, m.index ?? 0);
    if (/[@\w]$/.test(before)) continue;
    // Abbreviations with dots inside words ("e.g", "S.r.l") are not sites.
    if (!/^https?:\/\//i.test(url) && !/^www\./i.test(url) && /^[A-Z][a-z]?\.[a-z]{1,3}$/.test(url)) continue;
    if (/^(?:inc|ltd|co|corp|dr|mr|mrs|ms|st|no)\./i.test(url)) continue;
    out.push(url);
  }
  return out;
}

export function withoutWebsites(text: string): string {
  const sites = findWebsites(text);
  let out = text;
  for (const s of sites) out = out.replace(s, ' ');
  return out;
}

/** Phone-like runs with 7 to 15 digits (not money: callers remove amounts with currency first). */
export function findPhones(text: string): string[] {
  const out: string[] = [];
  for (const m of withoutEmails(text).matchAll(PHONE_RE)) {
    const raw = m[0].trim().replace(/[\s.-]+$/, '');
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) continue;
    const prefix = text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0);
    if (/[A-Za-z$€£¥₹]/.test(prefix)) continue;
    out.push(raw);
  }
  return out;
}
