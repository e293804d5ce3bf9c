// Phone search: a query that looks like a phone number ("+49 30 1234567", "030 1234567", "(415) 555-0123") is
// matched on the digits of stored phones, clients' and contacts' alike, however either was typed. Stored phones
// carry phone_key (their last 20 digits reversed, a virtual column with an index), so "ends with" is a prefix range.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** Digits, spaces and phone punctuation only, with at least 5 digits (shorter is a client number or a year). */
const PHONE_LIKE = /^\+?[\d\s().\-/]+$/;

export const isPhoneLike = (text: string) => PHONE_LIKE.test(text) && (text.match(/\d/g)?.length ?? 0) >= 5;

const reverse = (s: string) => [...s].reverse().join('');

/**
 * The reversed digit strings a stored phone_key may start with: the typed digits without a trunk or international
 * zero ("030 1234567" -> 301234567), and the national number when the text parses (with the workspace's country for
 * a number without a country code), so "+49 30 1234567" also finds a phone kept as typed, "030 1234567".
 */
export function phoneKeyPrefixes(text: string, defaultCountry?: string | null): string[] {
  const digits = text.replace(/\D/g, '').replace(/^0+/, '');
  const out = new Set<string>();
  if (digits.length >= 5) out.add(reverse(digits.slice(-20)));
  try {
    const region = defaultCountry ? (defaultCountry.toUpperCase() as CountryCode) : undefined;
    const parsed = parsePhoneNumberFromString(text.trim().replace(/^00(?=[1-9])/, '+'), region);
    if (parsed?.isPossible()) out.add(reverse(String(parsed.nationalNumber)));
  } catch {
    // Not a number libphonenumber reads: the digits alone are searched.
  }
  return [...out];
}
