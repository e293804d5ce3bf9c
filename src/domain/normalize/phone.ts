// Phones to E.164 where they parse (default region from the client's or workspace's country), else kept as typed.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export function normalizePhone(input: string | null | undefined, defaultCountry?: string | null): string | null {
  const text = (input ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  try {
    const region = defaultCountry ? (defaultCountry.toUpperCase() as CountryCode) : undefined;
    const parsed = parsePhoneNumberFromString(text.replace(/^00(?=[1-9])/, '+'), region);
    // An extension ("ext. 12", "x204") is kept after the number: dropping it would reach the switchboard.
    if (parsed?.isPossible()) return parsed.ext ? `${parsed.number} ext. ${parsed.ext}` : parsed.number;
  } catch {
    // An unknown region or an odd string: keep what the person typed.
  }
  return text;
}
