// Country names, common aliases and demonyms to ISO-3166 alpha-2 codes (i18n-iso-countries, English names).
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };

countries.registerLocale(en);
// Other languages' names, asked for only by countryInAnyLanguage (countryCode stays English, as the tagger learned it).
const OTHER_LANGUAGES = [de, es, fr, it, nl, pl, pt];
for (const lang of OTHER_LANGUAGES) countries.registerLocale(lang);

const ALIASES: Record<string, string> = {
  holland: 'NL', england: 'GB', scotland: 'GB', wales: 'GB', britain: 'GB', 'great britain': 'GB', 'northern ireland': 'GB',
  america: 'US', 'u.s.': 'US', 'u.s.a.': 'US', 'u.s': 'US', 'the states': 'US', 'united states of america': 'US', 'the us': 'US',
  'the uk': 'GB', deutschland: 'DE', korea: 'KR', 'south korea': 'KR', czechia: 'CZ', uae: 'AE', 'the uae': 'AE',
  'ivory coast': 'CI', russia: 'RU', vietnam: 'VN', 'the philippines': 'PH', schweiz: 'CH', suisse: 'CH', österreich: 'AT',
  españa: 'ES', italia: 'IT', nederland: 'NL', sverige: 'SE', norge: 'NO', danmark: 'DK', türkiye: 'TR', turkey: 'TR',
};

export const DEMONYMS: Record<string, string> = {
  german: 'DE', french: 'FR', dutch: 'NL', spanish: 'ES', italian: 'IT', british: 'GB', english: 'GB', american: 'US',
  swiss: 'CH', austrian: 'AT', belgian: 'BE', swedish: 'SE', norwegian: 'NO', danish: 'DK', finnish: 'FI', irish: 'IE',
  portuguese: 'PT', polish: 'PL', canadian: 'CA', australian: 'AU', japanese: 'JP', indian: 'IN', brazilian: 'BR',
  mexican: 'MX', chinese: 'CN', greek: 'GR', czech: 'CZ', scottish: 'GB', 'new zealand': 'NZ', singaporean: 'SG', israeli: 'IL',
};

// Single words that are also common first names; only a country when introduced by "in"/"from" or after a comma.
const RISKY = new Set(['jordan', 'chad', 'georgia', 'israel', 'india', 'niger', 'guinea', 'mali', 'peru', 'oman', 'china', 'jersey', 'panama', 'turkey', 'cuba']);

/** The alpha-2 code for a country phrase ("Germany", "the Netherlands", "USA"), or undefined. */
export function countryCode(phrase: string): string | undefined {
  const p = phrase.trim().replace(/[.,;:!?]+$/, '');
  if (!p) return undefined;
  // Short codes only in capitals: "us" and "in" are words.
  if (p.length <= 3 && p !== p.toUpperCase()) return undefined;
  const lower = p.toLowerCase();
  if (ALIASES[lower]) return ALIASES[lower];
  if (/^[A-Z]{2}$/.test(p)) return p === 'UK' ? 'GB' : undefined; // two capitals are more often a US state or region
  return countries.getAlpha2Code(p, 'en') ?? countries.getAlpha2Code(p.replace(/^the\s+/i, ''), 'en') ?? undefined;
}

export type CountryHit = { code: string; index: number; text: string };

/** Finds a country named in free text (longest phrase first). */
/** "AU" from a Slack flag (":flag-au:"): a country's two-letter code, upper case, when it is one. */
export function countryOfCode(code: string): string | undefined {
  const upper = code.toUpperCase();
  return countries.isValid(upper) ? upper : undefined;
}

/** "Belgique", "México", "Deutschland": a country's name in English or in a language clients write. */
export function countryInAnyLanguage(name: string): string | undefined {
  const p = name.trim().replace(/[.,;:!?]+$/, '');
  if (p.length < 4) return undefined;
  return countryCode(p) ?? OTHER_LANGUAGES.map((l) => countries.getAlpha2Code(p, l.locale)).find(Boolean);
}

/** The English name of a country named in any of those languages ("Belgique" -> "Belgium"), for countryCode. */
export function countryInEnglish(name: string): string | undefined {
  const code = countryInAnyLanguage(name);
  return code ? countries.getName(code, 'en') : undefined;
}

export function findCountry(text: string): CountryHit | undefined {
  const words = [...text.matchAll(/[\p{L}][\p{L}.'’-]*/gu)];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(5, words.length - i); n >= 1; n--) {
      const start = words[i].index ?? 0;
      const last = words[i + n - 1];
      const end = (last.index ?? 0) + last[0].length;
      const phrase = text.slice(start, end);
      if (/[,;:()]/.test(phrase)) continue;
      const code = countryCode(phrase);
      if (!code) continue;
      if (n === 1 && RISKY.has(phrase.toLowerCase())) {
        const before = text.slice(0, start);
        if (!/(?:\bin|\bfrom|,)\s*$/i.test(before)) continue;
      }
      return { code, index: start, text: phrase };
    }
  }
  return undefined;
}

/** "German clients" -> DE. */
export function findDemonym(text: string): CountryHit | undefined {
  const m = /\b(new zealand|german|french|dutch|spanish|italian|british|english|american|swiss|austrian|belgian|swedish|norwegian|danish|finnish|irish|portuguese|polish|canadian|australian|japanese|indian|brazilian|mexican|chinese|greek|czech|scottish|singaporean|israeli)\b/i.exec(text);
  return m ? { code: DEMONYMS[m[1].toLowerCase()], index: m.index, text: m[0] } : undefined;
}
