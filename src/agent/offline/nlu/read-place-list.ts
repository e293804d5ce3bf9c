// "Sunrise Foods S.A. de C.V., Monterrey, Nuevo León, México": between a city and a country, a place said in a
// comma list is the region the tagger took for a person (a new client's contact is not named between two places),
// and a country it took for a region is the country.
import { countryInAnyLanguage, countryInEnglish } from '../values/find-country';
import { isNorthAmericanCity, regionOf } from '../values/find-region';
import type { Clause, Reading } from './command-reader';
import { isLegalForm } from './gazetteer';
import { INTENTS } from './schema';

const UNSURE = 8;

/** `details`: the clause is known to give a client's details, whatever its intent reads as (`/client Name, …`). */
export function withPlaceList(reading: Reading, clause: Clause, details = false): Clause {
  if (!details && !INTENTS[clause.ranking[0]?.label ?? '']?.address) return clause;
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  clause = withCityAfterName(reading, withCountryAfter(reading, withCounty(reading, clause)));
  const at = (k: number) => clause.spans.find((s) => s.from === k);
  const country = (k: number) => {
    const s = at(k);
    return s !== undefined && (s.slot === 'country' || (['region', 'city'].includes(s.slot) && isCountry(s.text)));
  };
  const spans = clause.spans.map((s) => {
    // ("Atlanta, Georgia": after an American city, the state, not the country of the same name.)
    const city = clause.spans.find((o) => o.slot === 'city' && o.to === s.from - 2 && word(s.from - 1) === ',');
    if (s.slot === 'country' && regionOf(s.text) && city && isNorthAmericanCity(city.text)) return { ...s, slot: 'region' };
    // ("México", "Perú": a country written with its accents is the English name's.)
    if (s.slot === 'country' && s.text !== folded(s.text) && isCountry(s.text)) return { ...s, text: folded(s.text) };
    // (A second place read as the city, after the city, is the country too: "Monterrey, Nuevo León, México".)
    const placed = s.slot === 'region' || (s.slot === 'city' && clause.spans.some((o) => o.slot === 'city' && o.to < s.from));
    if (placed && isCountry(s.text) && !clause.spans.some((o) => o.slot === 'country')) return { ...s, slot: 'country', text: folded(s.text) };
    // (A second client's name there is the same misplaced region: "Acme AB, Gothenburg, Västra Götaland, Sweden".)
    const named = s.slot === 'person' || (s.slot === 'client' && clause.spans.some((o) => o.slot === 'client' && o.to < s.from));
    // (Only where the tagger was unsure of its name: a person it is sure of stays the contact.)
    if (!named || (s.margin ?? 0) > UNSURE || word(s.from - 1) !== ',' || word(s.to + 1) !== ',') return s;
    const before = clause.spans.find((o) => o.to === s.from - 2);
    return before?.slot === 'city' && country(s.to + 2) ? { ...s, slot: 'region' } : s;
  });
  return withCityBeforeCountry(reading, spans.some((s, k) => s !== clause.spans[k]) ? { ...clause, spans } : clause);
}

/** "Ciudad de México, México": a country read as the city, after a street line with no number, which is the city. */
function withCityBeforeCountry(reading: Reading, clause: Clause): Clause {
  const city = clause.spans.filter((s) => s.slot === 'city');
  const line = clause.spans.find((s) => s.slot === 'line1' && s.to === (city[0]?.from ?? 0) - 2 && reading.tokens[s.to + 1]?.text === ',');
  if (city.length !== 1 || !line || /\d/.test(line.text) || clause.spans.some((s) => s.slot === 'country') || !isCountry(city[0].text)) return clause;
  return { ...clause, spans: clause.spans.map((s) => (s === line ? { ...s, slot: 'city' } : s === city[0] ? { ...s, slot: 'country', text: folded(s.text) } : s)) };
}

// ("México", "Belgique": a country written in its own language is said by its English name.)
const folded = (text: string) => countryInEnglish(text) ?? text;
// ("Atlanta, Georgia": a state that shares a country's name is the state.)
const isCountry = (text: string) => countryInAnyLanguage(text) !== undefined && !regionOf(text);

/** "Killarney, Co. Kerry": an Irish county is "Co." and its name, one region, where the tagger cut it in two. */
function withCounty(reading: Reading, clause: Clause): Clause {
  const co = clause.spans.find((s) => s.slot === 'region' && /^co$/i.test(s.text) && reading.tokens[s.to + 1]?.text === '.');
  if (!co) return clause;
  const k = co.to + 2;
  const untagged = k <= clause.to && /^\p{Lu}\p{Ll}+$/u.test(reading.tokens[k].text) && !clause.spans.some((s) => s.from <= k && s.to >= k);
  const name = clause.spans.find((s) => s.from === k && (s.slot === 'city' || s.slot === 'region')) ?? (untagged ? { ...co, from: k, to: k } : undefined);
  if (!name) return clause;
  const county = { ...co, to: name.to, text: reading.text.slice(reading.tokens[co.from].start, reading.tokens[name.to].end) };
  return { ...clause, spans: clause.spans.filter((s) => s !== name).map((s) => (s === co ? county : s)) };
}

const PLACES = new Set(['city', 'region', 'postalCode']);

/** "Guadalajara, Jalisco, México": a country written after the places, that the tagger left untagged. */
function withCountryAfter(reading: Reading, clause: Clause): Clause {
  if (clause.spans.some((s) => s.slot === 'country')) return clause;
  const last = clause.spans.filter((s) => PLACES.has(s.slot)).at(-1);
  const k = last ? last.to + 2 : -1;
  if (!last || k > clause.to || reading.tokens[last.to + 1]?.text !== ',' || clause.spans.some((s) => s.from <= k && s.to >= k)) return clause;
  const word = reading.tokens[k].text;
  if (!/^\p{Lu}/u.test(word) || !isCountry(word)) return clause;
  return { ...clause, spans: [...clause.spans, { slot: 'country', text: folded(word), from: k, to: k, margin: 0 }].sort((a, b) => a.from - b.from) };
}

/** "Create the client Azulejos Nunes Lda in Aveiro": a place after a company's legal form and "in", left untagged ("from" a place is as often from a person). */
function withCityAfterName(reading: Reading, clause: Clause): Clause {
  const name = clause.spans.find((s) => s.slot === 'client' && (isLegalForm(reading.tokens[s.to].text) || /^l(?:t)?da\.?$/i.test(reading.tokens[s.to].text)));
  if (!name || clause.spans.some((s) => s.slot === 'city') || !/^in$/i.test(reading.tokens[name.to + 1]?.text ?? '')) return clause;
  let k = name.to + 2;
  while (k <= clause.to && k < name.to + 4 && /^\p{Lu}\p{Ll}+$/u.test(reading.tokens[k].text) && !clause.spans.some((s) => s.from <= k && s.to >= k)) k++;
  const ends = k > clause.to || /^(?:,|;|\.|and)$/i.test(reading.tokens[k].text);
  if (k === name.to + 2 || !ends) return clause;
  const city = { slot: 'city', text: reading.text.slice(reading.tokens[name.to + 2].start, reading.tokens[k - 1].end), from: name.to + 2, to: k - 1, margin: 0 };
  return { ...clause, spans: [...clause.spans, city].sort((a, b) => a.from - b.from) };
}
