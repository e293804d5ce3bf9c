// Word lists the tagger sees as features (not rules): a token's membership in a country name, a currency,
// a legal form, a date word, a status or role word, or a name the workspace already knows.
import { countryCode } from '../values/find-country';
import { isKnownCity, regionOf } from '../values/find-region';
import type { Token } from './tokenize';

const ISO = new Set(Intl.supportedValuesOf('currency'));
const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'bucks', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'quid', 'yen', 'franc', 'francs',
  'rupee', 'rupees', 'krona', 'kronor', 'krone', 'kroner', 'yuan', 'rmb', 'zloty', 'zlotys', 'rand', 'dirham', 'dirhams', 'reais', 'real', 'pesos', 'peso',
  '$', '€', '£', '¥', '₹', '₩', '₽', '₺', 'zł', '₪', '₱', 'us$', 'c$', 'ca$', 'a$', 'au$', 'nz$', 'hk$', 's$', 'r$', 'r']);
const LEGAL = new Set(['gmbh', 'ltd', 'llc', 'inc', 'corp', 'co', 'sp', 'z', 'o.o.', 'pty', 's.a.', 'sa', 's.r.l.', 'srl', 'bv', 'b.v.', 'ab', 'oy', 'k.k.',
  'kk', 'ltda', 'sas', 'plc', 'ag', 'kg', 'sarl', 'spa', 's.p.a.', 'nv', 'n.v.', 'as', 'aps', 'oü', 'kft', 'd.o.o.', 's.l.', 'sl', 'pvt', 'sdn', 'bhd',
  'c.v.', 'cv', 'llp', 'lp', 'limited', 'gbr', 'ug', 'e.v.', 'a.s.', 's.r.o.', 'oyj', 'asa', 'pte', 'company', 'corporation', 'incorporated', 'group', 'holdings']);
const DATE_WORDS = new Set(['today', 'tomorrow', 'yesterday', 'tonight', 'next', 'last', 'this', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day',
  'days', 'end', 'ago', 'since', 'until', 'till', 'by', 'due', 'quarter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'wed', 'thu', 'fri', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fortnight', 'weekend', 'eom']);
const STATUS = new Set(['lead', 'leads', 'prospect', 'prospects', 'active', 'inactive', 'past', 'former', 'churned', 'dormant', 'paused', 'lapsed', 'lost',
  'current', 'won', 'signed', 'live', 'potential', 'ended', 'quiet']);
const ROLE = new Set(['cfo', 'ceo', 'cto', 'coo', 'cmo', 'finance', 'accounts', 'accounting', 'billing', 'bookkeeper', 'founder', 'owner', 'director', 'manager',
  'pm', 'lead', 'developer', 'engineer', 'head', 'vp', 'president', 'partner', 'controller', 'procurement', 'buyer', 'technical', 'tech', 'marketing',
  'operations', 'ops', 'designer', 'assistant', 'coordinator', 'officer', 'chief', 'principal', 'decision', 'maker']);

export type KnownNames = { clients?: string[]; contacts?: string[]; groups?: string[]; members?: string[]; contactClients?: Record<string, string>; clientGroups?: Record<string, string> };

function shapeOf(w: string): string {
  return w.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\d+/g, 'd').slice(0, 6);
}

/** A company's legal form ("AB", "GmbH", "S.A."): nothing of its name comes after it. */
export function isLegalForm(word: string): boolean {
  const w = word.toLowerCase();
  return LEGAL.has(w) || LEGAL.has(w.replace(/\.$/, ''));
}

/** Per-token word-list flags; `known` marks tokens inside names the workspace already has. */
export function gazetteerFlags(tokens: Token[], known: KnownNames = {}): string[][] {
  const flags: string[][] = tokens.map(() => []);
  const lower = tokens.map((t) => t.text.toLowerCase());
  tokens.forEach((t, i) => {
    const w = lower[i];
    if (ISO.has(t.text) && t.text.length === 3) flags[i].push('cur');
    else if (CURRENCY_WORDS.has(w)) flags[i].push('cur');
    if (LEGAL.has(w.replace(/\.$/, '')) || LEGAL.has(w)) flags[i].push('legal');
    if (DATE_WORDS.has(w)) flags[i].push('date');
    if (STATUS.has(w)) flags[i].push('status');
    if (ROLE.has(w)) flags[i].push('role');
    if (/@/.test(t.text) && /\./.test(t.text) && !t.text.startsWith('@')) flags[i].push('email');
    else if (/^(?:https?:\/\/|www\.)|\.[a-z]{2,}(?:\/|$)/i.test(t.text) && !/^\d/.test(t.text)) flags[i].push('url');
    if (/^\+?\d/.test(t.text)) flags[i].push(/^\+/.test(t.text) ? 'plus' : 'num');
  });
  markPhrases(tokens, flags, 4, (p) => (countryCode(p) ? 'country' : undefined));
  markPhrases(tokens, flags, 3, (p) => (isKnownCity(p) || (/^\p{Lu}/u.test(p) && regionOf(p)) ? 'place' : undefined));
  // (Members are not among the tagger's features: its weights were trained on clients, contacts and groups.)
  for (const kind of ['clients', 'contacts', 'groups'] as const) markKnown(tokens, flags, `known-${kind}`, known[kind] ?? []);
  return flags;
}

function markPhrases(tokens: Token[], flags: string[][], max: number, test: (phrase: string) => string | undefined): void {
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(max, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n).map((t) => t.text).join(' ');
      if (!/^[\p{L}]/u.test(phrase)) break;
      const flag = test(phrase);
      if (!flag) continue;
      for (let k = i; k < i + n; k++) flags[k].push(k === i ? `B-${flag}` : `I-${flag}`);
      i += n - 1;
      break;
    }
  }
}

const normName = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ').trim();

// The workspace's names arrive as the same cached arrays turn after turn (10,000 clients): their normal forms are
// built once per array, not on every message.
const lookups = new WeakMap<string[], { set: Set<string>; longest: number }>();

function lookupOf(names: string[]): { set: Set<string>; longest: number } {
  let found = lookups.get(names);
  if (!found) {
    let words = 0;
    for (const n of names) words = Math.max(words, n.split(/\s+/).length);
    found = { set: new Set(names.map(normName).filter(Boolean)), longest: Math.min(8, words + 2) };
    lookups.set(names, found);
  }
  return found;
}

/** Marks every run of tokens that spells a known name (longest first), ignoring case and punctuation. */
export function markKnown(tokens: Token[], flags: string[][], flag: string, names: string[]): void {
  if (!names.length) return;
  const { set, longest } = lookupOf(names);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      if (!set.has(normName(tokens.slice(i, i + n).map((t) => t.text).join(' ')))) continue;
      for (let k = i; k < i + n; k++) flags[k].push(k === i ? `B-${flag}` : `I-${flag}`);
      i += n - 1;
      break;
    }
  }
}

export { shapeOf };
