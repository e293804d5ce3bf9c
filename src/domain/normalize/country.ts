// Countries as people type them (names in a few languages, alpha-2, alpha-3) -> ISO-3166 alpha-2.
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };

for (const locale of [en, de, fr, es, nl]) countries.registerLocale(locale);
const LOCALES = ['en', 'de', 'fr', 'es', 'nl'];

// Everyday names the library does not know.
const ALIASES: Record<string, string> = {
  uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', britain: 'GB',
  holland: 'NL', usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', america: 'US', 'the us': 'US', 'the usa': 'US', uae: 'AE',
  'south korea': 'KR', korea: 'KR', russia: 'RU', 'czech republic': 'CZ', czechia: 'CZ', 'ivory coast': 'CI',
};

/** The alpha-2 code for a country name or code, or null when it is not a country. */
export function normalizeCountry(input: string | null | undefined): string | null {
  const text = (input ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const lower = text.toLowerCase();
  if (ALIASES[lower]) return ALIASES[lower];
  if (/^[a-z]{2}$/i.test(text) && countries.isValid(text.toUpperCase())) return text.toUpperCase();
  if (/^[a-z]{3}$/i.test(text)) {
    const a2 = countries.alpha3ToAlpha2(text.toUpperCase());
    if (a2) return a2;
  }
  const bare = lower.replace(/^the /, '');
  for (const locale of LOCALES) {
    const code = countries.getAlpha2Code(bare, locale) ?? countries.getAlpha2Code(text, locale);
    if (code) return code;
  }
  return null;
}

/** The English name of an alpha-2 code ("DE" -> "Germany"), for views and messages. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}
