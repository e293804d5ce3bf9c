// Currencies as ISO-4217 codes (upper case), from codes or the common symbols people type.
const CODES = new Set(Intl.supportedValuesOf('currency'));
const SYMBOLS: Record<string, string> = {
  '€': 'EUR', '$': 'USD', 'US$': 'USD', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'CHF': 'CHF', 'A$': 'AUD', 'C$': 'CAD',
  'euro': 'EUR', 'euros': 'EUR', 'dollar': 'USD', 'dollars': 'USD', 'pound': 'GBP', 'pounds': 'GBP',
};

export function normalizeCurrency(input: string | null | undefined): string | null {
  const text = (input ?? '').trim();
  if (!text) return null;
  const upper = text.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && CODES.has(upper)) return upper;
  return SYMBOLS[text] ?? SYMBOLS[text.toLowerCase()] ?? null;
}

export const isCurrencyCode = (code: string): boolean => CODES.has(code);
