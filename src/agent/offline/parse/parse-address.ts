// Billing addresses from comma-separated text: "Calle Mayor 10, 28013 Madrid, Spain",
// "350 Fifth Avenue, Suite 400, New York, NY 10118, USA", "in Rotterdam, the Netherlands", "based in Austin".
import { countryCode, findCountry } from './find-country';
import { isKnownCity, regionOf } from './find-region';

export type Address = { line1?: string; line2?: string; city?: string; region?: string; postalCode?: string; country?: string };

const PLACE_PREFIX = /^(?:(?:they(?:'re| are)|we(?:'re| are)|it(?:'s| is)|which is|who are)\s+(?:now\s+)?(?:(?:based|located|headquartered)\s+)?in|(?:and\s+)?(?:is\s+|are\s+)?(?:now\s+)?(?:based|located|headquartered|situated|registered)\s+in|moved\s+to|relocated\s+to|now\s+in|in|at|from|hq\s+in|offices?\s+in)\s+/i;
const CITY = /^[\p{Lu}][\p{L}'’.-]*(?:[\s-]+(?:[\p{Lu}][\p{L}'’.-]*|de|del|am|upon|on|sur|la|le))*$/u;
const STREET = /\d|\b(?:street|st\.?|avenue|ave\.?|road|rd\.?|lane|ln\.?|boulevard|blvd|way|drive|dr\.?|calle|strasse|straße|str\.|weg|platz|rue|via|plaza|square|sq\.?)\b/i;
const LINE2 = /^(?:suite|ste\.?|unit|apt\.?|apartment|floor|fl\.?|building|bldg\.?|room|po box|c\/o)\b/i;
// Dutch "1015 BS" and Polish "00-950" postcodes too.
const POSTAL_CITY = /^(\d{4}\s?[A-Z]{2}(?=\s)|\d{2}-\d{3}|\d{4,6}(?:-\d{3,4})?|[A-Z]{1,2}-?\d{4,5}|\d{3}\s?\d{2})\s+(.+)$/;
const CITY_POSTAL = /^(.+?)\s+((?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})|(?:\d{4,6}(?:-\d{3,4})?)|(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d))$/;
const REGION_POSTAL = /^([A-Z]{2,3})\s+(\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/;

function stripPlace(seg: string): string {
  return seg.trim().replace(PLACE_PREFIX, '').replace(/^the\s+(?=[A-Z])/, '').trim();
}

/** Parses the address parts of an attribute list; returns the address and the segments it used. */
export function parseAddress(segments: string[]): { address?: Address; used: Set<number> } {
  const used = new Set<number>();
  let countryAt = -1;
  let country: string | undefined;
  let cityInSeg: string | undefined;
  for (let i = segments.length - 1; i >= 0 && countryAt < 0; i--) {
    const seg = stripPlace(segments[i]);
    const whole = countryCode(seg);
    if (whole) { countryAt = i; country = whole; break; }
    const hit = findCountry(seg);
    if (hit && hit.index + hit.text.length >= seg.replace(/[.!?]+$/, '').length - 1) {
      const before = seg.slice(0, hit.index).trim().replace(/,$/, '');
      if (!before || CITY.test(before)) { countryAt = i; country = hit.code; cityInSeg = before || undefined; }
    }
  }
  // No country said: a US state or Canadian province as the last place part implies it ("Austin, Texas", "Seattle, WA").
  let region: string | undefined;
  if (countryAt < 0) {
    const i = lastPlaceIndex(segments);
    const seg = i >= 0 ? stripPlace(segments[i]) : '';
    const whole = regionOf(seg);
    const inSeg = whole ? undefined : /^(.+?)\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)$/.exec(seg);
    const split = inSeg && CITY.test(inSeg[1]) ? regionOf(inSeg[2]) : undefined;
    const hit = whole ?? split;
    if (hit) { countryAt = i; country = hit.country; region = hit.region; cityInSeg = split ? inSeg![1] : undefined; }
  }
  const address: Address = {};
  if (countryAt >= 0) {
    address.country = country;
    if (region) address.region = region;
    used.add(countryAt);
    if (cityInSeg) address.city = cityInSeg;
    let i = countryAt - 1;
    const take = (fn: (s: string) => boolean) => {
      if (i < 0) return false;
      const ok = fn(stripPlace(segments[i]));
      if (ok) { used.add(i); i--; }
      return ok;
    };
    if (!address.city) {
      take((s) => { const m = REGION_POSTAL.exec(s); if (m) { address.region = m[1]; address.postalCode = m[2]; } return !!m; });
      if (!address.region) take((s) => { const r = regionOf(s); if (r && r.country === country) address.region = r.region; return !!r && r.country === country; });
      take((s) => {
        let m = POSTAL_CITY.exec(s);
        if (m && CITY.test(m[2])) { address.postalCode = m[1]; address.city = m[2]; return true; }
        m = CITY_POSTAL.exec(s);
        if (m && CITY.test(m[1])) { address.city = m[1]; address.postalCode = m[2]; return true; }
        if (CITY.test(s) && s.split(/\s+/).length <= 4 && !STREET.test(s)) { address.city = s; return true; }
        return false;
      });
    }
    const lines: string[] = [];
    while (i >= 0 && lines.length < 2) {
      const s = stripPlace(segments[i]);
      if (!(STREET.test(s) || LINE2.test(s)) || /@|https?:|\b(?:vat|tax|phone|email|contact)\b/i.test(s) || /^\+?\d[\d\s()-]{6,}$/.test(s)) break;
      lines.unshift(s); used.add(i); i--;
    }
    if (lines.length === 2) { address.line1 = lines[0]; address.line2 = lines[1]; } else if (lines.length === 1) address.line1 = lines[0];
    return { address, used };
  }
  for (let i = 0; i < segments.length; i++) {
    const m = /\b(?:based|located|headquartered|situated)\s+in\s+(.+)$|^(?:in|moved to|relocated to)\s+(.+)$/i.exec(segments[i].trim());
    const city = m ? (m[1] ?? m[2]).trim().replace(/[.!]+$/, '') : undefined;
    if (city && CITY.test(city) && !/^[A-Z]{3}$/.test(city) && city.split(/\s+/).length <= 3) {
      used.add(i);
      return { address: { city }, used };
    }
  }
  // A well-known city said on its own ("new client X, site x.pt, Lisbon").
  const last = lastPlaceIndex(segments);
  if (last >= 0 && isKnownCity(stripPlace(segments[last]))) {
    used.add(last);
    return { address: { city: stripPlace(segments[last]) }, used };
  }
  return { used };
}

/** The last segment, skipping a trailing "now"/"please" remark. */
function lastPlaceIndex(segments: string[]): number {
  let i = segments.length - 1;
  while (i >= 0 && /^(?:now|please|thanks|thank you|too|as well)$/i.test(segments[i].trim())) i--;
  return i;
}
