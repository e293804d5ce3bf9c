// Slot value pools: client and person names, contact details, places, money notations, statuses and roles.
import { LOCALES, ODD_NAMES, OWNERS, type Locale } from './locales';
import { chance, fillDigits, int, pick, slug, type Rng } from './util';

export type Channel = 'slack' | 'web' | 'slash';
export interface Call { tool: string; args: Record<string, unknown> }
export interface Out { text: string; calls: Call[] }

/** One case being built: randomness, channel, today, and Slack-encodable tokens for emails and links. */
export class Ctx {
  tokens: { kind: 'mail' | 'url'; typed: string }[] = [];
  constructor(public r: Rng, public ch: Channel, public today: Date) {}
  private tok(kind: 'mail' | 'url', typed: string): string { this.tokens.push({ kind, typed }); return `\u0001${this.tokens.length - 1}\u0002`; }
  /** An email as typed: returns [text, label]. */
  mail(typed: string): [string, string] { return [this.tok('mail', typed), typed.toLowerCase()]; }
  url(typed: string): [string, string] { return [this.tok('url', typed), typed.replace(/\/+$/, '')]; }
}

export interface Client { name: string; base: string; loc: Locale }
const GENERIC = LOCALES.find((l) => l.cc === 'US')!;

export function client(r: Rng): Client {
  let c: Client;
  if (chance(r, 0.35)) c = { name: pick(r, ODD_NAMES), base: '', loc: chance(r, 0.5) ? GENERIC : pick(r, LOCALES) };
  else {
    const loc = pick(r, LOCALES); const base = pick(r, loc.bases);
    c = chance(r, 0.6) ? { name: `${base} ${pick(r, loc.forms)}`, base, loc } : { name: base, base: '', loc };
  }
  c.base ||= c.name;
  if (chance(r, 0.06)) { c.name = c.name.toLowerCase(); c.base = c.base.toLowerCase(); }
  return c;
}
/** How a person refers to an existing client: usually the full name, sometimes without the legal form. */
export const ref = (r: Rng, c: Client): string => (c.base !== c.name && chance(r, 0.3) ? c.base : c.name);
/** Two or three distinct clients. */
export function clients(r: Rng, n: number): Client[] {
  const out: Client[] = [];
  while (out.length < n) { const c = client(r); if (!out.some((o) => o.name.toLowerCase() === c.name.toLowerCase())) out.push(c); }
  return out;
}

export interface Person { full: string; first: string; last: string; loc: Locale }
export function person(r: Rng, loc?: Locale): Person {
  const l = loc && chance(r, 0.7) ? loc : pick(r, LOCALES);
  const first = pick(r, l.first), last = pick(r, l.last);
  const full = /[\u3000-\u9fff\uac00-\ud7af]/.test(first + last) ? `${last} ${first}` : `${first} ${last}`;
  const p = { full: chance(r, 0.04) ? `Dr. ${full}` : full, first, last, loc: l };
  if (chance(r, 0.05)) { p.full = p.full.toLowerCase(); p.first = p.first.toLowerCase(); }
  return p;
}
/** A contact reference: full name, first name or (caller's choice) an email. */
export const personRef = (r: Rng, p: Person): string => (chance(r, 0.7) ? p.full : p.first);

export const domain = (c: Client): string => `${slug(c.base).slice(0, 18) || 'client'}.${c.loc.tld}`;
export function personEmail(r: Rng, p: Person, c: Client): string {
  const f = slug(p.first) || 'contact', l = slug(p.last) || 'team';
  const local = pick(r, [`${f}`, `${f}.${l}`, `${f[0]}${l}`, `${f}_${l}`]);
  const e = `${local}@${domain(c)}`;
  return chance(r, 0.1) ? e.replace(/^./, (x) => x.toUpperCase()).replace(/@./, (x) => x.toUpperCase()) : e;
}
export const genericEmail = (r: Rng, c: Client): string => `${pick(r, ['info', 'hello', 'billing', 'accounts', 'ops', 'office', 'contact', 'finance'])}@${domain(c)}`;
export const phone = (r: Rng, loc: Locale): string => fillDigits(r, pick(r, loc.phones));
export function website(r: Rng, c: Client): string {
  const d = domain(c);
  return pick(r, [d, d, `www.${d}`, `https://${d}`, `https://${d}/`, `http://${d}`, `https://www.${d}/`, `${d.replace(/\.[a-z.]+$/, '.io')}`]);
}
export const taxId = (r: Rng, loc: Locale): string => fillDigits(r, pick(r, loc.tax));
export const ID_NUMBERS = ['HRB #####', 'KRS 000#######', '0#######', 'SC######', 'U72900MH20##PTC######', 'KvK ########', '###-##-#####'];
export const owner = (r: Rng): string => pick(r, OWNERS);

/** Countries as typed -> alpha-2. */
export const COUNTRY_NAMES: Record<string, string[]> = {
  PL: ['Poland', 'PL'], DE: ['Germany', 'DE', 'Deutschland'], IN: ['India', 'IN'], JP: ['Japan', 'JP'], BR: ['Brazil', 'Brasil', 'BR'],
  MX: ['Mexico', 'México', 'MX'], NG: ['Nigeria', 'NG'], ZA: ['South Africa', 'ZA', 'SA'], SE: ['Sweden', 'SE'], AU: ['Australia', 'AU', 'Oz'],
  KR: ['South Korea', 'Korea', 'KR'], TR: ['Turkey', 'Türkiye', 'TR'], GB: ['the UK', 'UK', 'United Kingdom', 'England', 'Great Britain', 'GB', 'Scotland'],
  US: ['the US', 'USA', 'US', 'United States', 'the United States', 'U.S.'], CA: ['Canada', 'CA'], FR: ['France', 'FR'], IT: ['Italy', 'IT'],
  ES: ['Spain', 'ES', 'España'], NL: ['the Netherlands', 'Netherlands', 'Holland', 'NL'], FI: ['Finland', 'FI'], CH: ['Switzerland', 'CH'],
  NZ: ['New Zealand', 'NZ'], IE: ['Ireland', 'IE'], AT: ['Austria', 'AT'], PT: ['Portugal', 'PT'], AE: ['the UAE', 'UAE', 'United Arab Emirates'],
  SG: ['Singapore', 'SG'], DK: ['Denmark', 'DK'], NO: ['Norway', 'NO'], BE: ['Belgium', 'BE'], KE: ['Kenya', 'KE'], CZ: ['Czechia', 'Czech Republic', 'CZ'],
};
const AMBIGUOUS_CODE = new Set(['SA', 'CA', 'IN', 'IT', 'NO', 'Oz', 'Scotland']);
/** A country as typed; `plain` avoids two-letter forms that read as words or other things (IN, IT, NO, CA, SA). */
export function country(r: Rng, cc?: string, plain = false): [string, string] {
  const code = cc && COUNTRY_NAMES[cc] ? cc : pick(r, Object.keys(COUNTRY_NAMES));
  const forms = COUNTRY_NAMES[code].filter((f) => !(plain && (AMBIGUOUS_CODE.has(f) || f.length === 2)) && !AMBIGUOUS_CODE.has(f));
  return [pick(r, forms.length ? forms : [COUNTRY_NAMES[code][0]]), code];
}
const COUNTRY_LABEL_FIX: Record<string, string> = { 'the UK': 'UK', 'the US': 'US', 'the United States': 'United States', 'the UAE': 'UAE' };
export const countryWord = (t: string): string => COUNTRY_LABEL_FIX[t] ?? t;

/** An address of a locale: [text, label]. */
export function address(r: Rng, loc: Locale): [string, Record<string, string>] {
  const place = pick(r, loc.cities); const [ct, cc] = country(r, loc.cc, true);
  const postal = fillDigits(r, place.postal); const k = int(r, 0, 5);
  if (k <= 1) return [`${place.city}, ${ct}`, { city: place.city, country: cc }];
  if (k === 2) return [ct, { country: cc }];
  if (k === 3 && place.region) return [`${place.city}, ${place.region}, ${ct}`, { city: place.city, region: place.region, country: cc }];
  const line1 = pick(r, loc.streets);
  if (place.region && (loc.cc === 'US' || loc.cc === 'CA' || loc.cc === 'AU')) {
    const line2 = chance(r, 0.3) ? pick(r, ['Suite 400', 'Floor 2', 'Unit 12']) : '';
    const a: Record<string, string> = { line1, city: place.city, region: place.region, postalCode: postal, country: cc };
    if (line2) a.line2 = line2;
    return [`${line1}${line2 ? `, ${line2}` : ''}, ${place.city}, ${place.region} ${postal}, ${ct}`, a];
  }
  if (loc.cc === 'GB') return [`${line1}, ${place.city} ${postal}, ${ct}`, { line1, city: place.city, postalCode: postal, country: cc }];
  if (line1.includes(',')) return [`${place.city}, ${ct}`, { city: place.city, country: cc }];
  return [`${line1}, ${postal} ${place.city}, ${ct}`, { line1, postalCode: postal, city: place.city, country: cc }];
}

export const INDUSTRIES = ['healthcare', 'construction', 'retail', 'logistics', 'software', 'renewable energy', 'hospitality', 'legal', 'education',
  'manufacturing', 'food', 'fashion', 'real estate', 'marketing', 'agriculture', 'fintech', 'automotive', 'non-profit', 'architecture', 'e-commerce', 'dental', 'media'];
export const STATUS_WORDS: [string, string][] = [['lead', 'lead'], ['prospect', 'lead'], ['active', 'active'], ['inactive', 'inactive'], ['dormant', 'inactive'],
  ['paused', 'inactive'], ['past', 'past'], ['churned', 'past'], ['former', 'past']];
export const TONES: [string, string][] = [['friendly', 'friendly'], ['neutral', 'neutral'], ['firm', 'firm']];
export const GROUPS = ['Agencies', 'Scandinavia', 'Retainers', 'DACH', 'Enterprise', 'Startups', 'India', 'LatAm', 'Nonprofits', 'VIP', 'Key Accounts', 'APAC'];
export const INDUSTRY_OF = (r: Rng): string => pick(r, INDUSTRIES);
export const OWNERS_FOR_MEMBERS = ['Maria', 'Lena', 'Sam', 'Priya', 'Tomasz', 'Kenji', 'Ade', 'Thabo', 'Sofia', 'Jonas', 'Aisha', 'Diego'];
