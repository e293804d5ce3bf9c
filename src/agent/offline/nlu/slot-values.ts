// Deterministic value parsers: the text of a tagged slot to the argument's value (ISO country and
// currency codes, numbers, dates against today, enums). Training aligns labels by the same functions.
import countries from 'i18n-iso-countries';
import { countryCode, DEMONYMS } from '../values/find-country';
import { regionOf } from '../values/find-region';
import { findRole, findStatus, SORTS } from '../values/lexicon';
import { findCurrency, findMoney, parseNumber } from '../values/parse-money';
import { parseDate, parseRange, type Lean } from '../values/parse-dates';

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

export const trimText = (s: string) => s.trim().replace(/^["'“‘]+|["'”’]+$/g, '').replace(/[\s,;:]+$/, '').trim();

function numberIn(span: string): number | undefined {
  const m = /(\d+(?:[.,'’]\d+)*)\s*(k|m|mn|bn)?\b/i.exec(span);
  if (m) return parseNumber(m[1], m[2]);
  // "forty-five", "thirty", "sixty days"
  const w = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|hundred)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\b/i.exec(span);
  return w ? WORD_NUMBERS[w[1].toLowerCase()] + (w[2] ? WORD_NUMBERS[w[2].toLowerCase()] : 0) : undefined;
}

function amountIn(span: string): number | undefined {
  const money = findMoney(span.replace(/^R(?=\d)/, ''));
  return money[0]?.amount ?? numberIn(span);
}

const LOCAL_CURRENCIES: Record<string, string> = {
  'mx$': 'MXN', '฿': 'THB', ksh: 'KES', rs: 'INR', 'kč': 'CZK', 'cn¥': 'CNY', '₦': 'NGN', naira: 'NGN', kr: 'SEK', 'r$': 'BRL', 'zł': 'PLN',
  'us$': 'USD', 'nt$': 'TWD', 'rp': 'IDR', 'rm': 'MYR', '₫': 'VND', 'lei': 'RON', 'ft': 'HUF', 'kn': 'HRK',
};

function currencyIn(span: string): string | undefined {
  if (/^R$|^rand$/i.test(span.trim())) return 'ZAR';
  if (/^kr\.?$/i.test(span.trim())) return 'SEK';
  const local = LOCAL_CURRENCIES[span.trim().toLowerCase().replace(/\.$/, '')];
  if (local) return local;
  return findCurrency(span) ?? findCurrency(span.toUpperCase().length === 3 ? span.toUpperCase() : span);
}

const ROLE_TITLES: Array<[RegExp, string]> = [
  [/\b(?:cfo|controller|accounts?|bookkeeper|billing|treasurer|finance)\b/i, 'finance'],
  [/\b(?:ceo|founder|co-?founder|owner|president|managing director|md|decision)\b/i, 'decision_maker'],
  [/\b(?:cto|tech(?:nical)?|developer|engineer|it)\b/i, 'technical_lead'],
  [/\b(?:pm|project)\b/i, 'project_manager'],
];

function roleIn(span: string): string | undefined {
  const direct = findRole(span);
  if (direct) return direct;
  for (const [re, role] of ROLE_TITLES) if (re.test(span)) return role;
  return /\bother\b/i.test(span) ? 'other' : undefined;
}

function teamRoleIn(span: string): string | undefined {
  const m = /\b(owner|admin|administrator|manager|member)s?\b/i.exec(span);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return w === 'administrator' ? 'admin' : w;
}

function toneIn(span: string): string | undefined {
  if (/\b(?:friendly|gentler|gentle|soft|polite|warm|nice|kind|light)\b/i.test(span)) return 'friendly';
  if (/\b(?:neutral|normal|standard|default|plain)\b/i.test(span)) return 'neutral';
  if (/\b(?:firm|strict|stern|direct|assertive|strong|tough|serious)\b/i.test(span)) return 'firm';
  return undefined;
}

function settingIn(span: string): string | undefined {
  if (/remind|tone/i.test(span)) return 'reminderTone';
  if (/terms|due|days|net/i.test(span)) return 'paymentTerms';
  if (/currenc|bill|eur|usd|gbp|chf|dollar|euro|pound|franc/i.test(span)) return 'currency';
  return undefined;
}

function statusIn(span: string): string | undefined {
  if (/\b(?:lost|churned|gone|left us|walked)\b/i.test(span)) return 'past';
  if (/\b(?:won|signed|closed)\b/i.test(span)) return 'active';
  return findStatus(span);
}

function sortIn(span: string): string | undefined {
  for (const [re, key] of SORTS) if (re.test(span)) return key;
  return undefined;
}

const FLAG_WORDS: Record<string, RegExp> = {
  primary: /primary|main|key|point/i, billingDefault: /bill|invoic|accounts|payable|finance/i,
  portalEnabled: /portal|access|log ?in|sign ?in/i, shared: /shar|portal|visible|client|public|publish|let them see|show/i,
};
// A document kept from the client, however it is said.
const HIDDEN = /\b(?:internal(?:ly)?|team[- ]only|only (?:for )?(?:the |our )?team|hidden|hide|private(?:ly)?|confidential|don'?t share|do not share|not shared?|unshared|not (?:for|visible)|to ourselves|in-house|keep (?:it )?(?:off|away))\b/i;
const NEGATED = /\b(?:not|no longer|isn't|isnt|aren't|never|stop|un|without|remove|revoke|off)\b/i;

/** "valid for 30 days", "a fortnight", "2 months": a span of time from today. */
function periodFromToday(text: string, today: Date): string | undefined {
  const m = /^(?:(?:valid|good|open)\s+)?(?:for\s+|in\s+|within\s+)?(\d+|a|an|one|two|three|four|six)\s+(days?|weeks?|months?|fortnights?)$/i.exec(text.trim());
  const f = /^(?:(?:valid|good|open)\s+)?(?:for\s+|in\s+)?a\s+fortnight$/i.exec(text.trim());
  if (!m && !f) return undefined;
  const n = f ? 1 : (WORD_NUMBERS[m![1].toLowerCase()] ?? (/^an?$/i.test(m![1]) ? 1 : Number(m![1])));
  const unit = f ? 'fortnight' : m![2].toLowerCase().replace(/s$/, '');
  const d = new Date(today.getTime());
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCDate(d.getUTCDate() + n * (unit === 'week' ? 7 : unit === 'fortnight' ? 14 : 1));
  return d.toISOString().slice(0, 10);
}

/** "the 24th": this month's day, or the nearest one on the side the intent leans to. */
function ordinalDay(text: string, today: Date, lean: Lean): string | undefined {
  const m = /^(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  let month = today.getUTCMonth();
  if (lean === 'future' && day < today.getUTCDate()) month += 1;
  if (lean === 'past' && day > today.getUTCDate()) month -= 1;
  return new Date(Date.UTC(today.getUTCFullYear(), month, day)).toISOString().slice(0, 10);
}

function quarterRange(text: string, today: Date): { from: string; to: string } | undefined {
  const m = /\bq([1-4])(?:\s+(\d{4}))?\b/i.exec(text);
  if (!m) return undefined;
  const y = m[2] ? Number(m[2]) : today.getUTCFullYear(), q = (Number(m[1]) - 1) * 3;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { from: iso(new Date(Date.UTC(y, q, 1))), to: iso(new Date(Date.UTC(y, q + 3, 0))) };
}

const NAME_GLUE = /^(?:&|and|of|de|da|do|del|della|di|du|la|le|von|van|der|den|ter|y|e|the|und|a|al|el|bin|ibn)$/;

// Words a tagger can leave on either side of a name: a verb before it at the start ("Lock Okafor Ltd out"), a field after it ("camila at moreno phone ...").
const VERB_BEFORE = /^(?:remember|lock|unlock|ping|tell|ask|please|pls|hey|hi|ok|okay|also|then|btw|fyi|so|sadly|unfortunately|finally|luckily|apparently|actually|anyway|update|reminder|urgent)$/i;
// Lower-case words a name does not end with: a field named next, or the sentence going on ("brightwave media she's").
const FIELD_AFTER = /^(?:new|phone|email|e-mail|tel|w\/|with|now|website|site|address|she|he|they|it|also|is|are|was|has|have|had|came|just|too|will|said|says|wants|of|for|to|at|from|in|on|by)$/;
const NAMED = /^(?:called|named)$/i;

/** A name without a verb the tagger put before it or a field word after it. */
function trimEdges(words: string[], atStart: boolean): string[] {
  let a = 0, b = words.length;
  while (b - a > 1 && FIELD_AFTER.test(words[b - 1])) b--;
  while (atStart && b - a > 2 && VERB_BEFORE.test(words[a]) && !NAME_GLUE.test(words[a + 1])) a++;
  while (b - a > 1 && NAMED.test(words[a])) a++;
  // "the fenwick account", "the Marlow contract": the client is what the account is of.
  if (b - a > 2 && words[a].toLowerCase() === 'the' && /^(?:account|contract|deal)$/i.test(words[b - 1])) { a++; b--; }
  return words.slice(a, b);
}

/** "mine runs Habibi Foods": a name is capitalised, so lower-case words the tagger put before a capitalised name are not part of it. */
/** A courtesy title stays as typed ("Mrs. Joan Tilbury"): it is how the person is addressed in letters and the portal. */
export function nameFrom(raw: string, atStart = false): string {
  const words = trimEdges(raw.split(/\s+/), atStart);
  const text = words.join(' ');
  const lower = (w: string) => w === w.toLowerCase() && /^\p{Ll}/u.test(w);
  const first = words.findIndex((w) => !lower(w));
  if (first <= 0 || !/^[\p{Lu}\d]/u.test(words[first])) return text;
  // "van der Berg Bouw", "de Vries": lower-case particles right before the name are part of it.
  let k = first;
  while (k > 0 && NAME_GLUE.test(words[k - 1])) k--;
  return k === 0 ? text : words.slice(k).join(' ');
}

export type ValueContext = { today: Date; lean?: Lean };

/** The value of a slot's text, or undefined when the text does not parse as one. */
export function slotValue(slot: string, span: string, vc: ValueContext): unknown {
  const text = trimText(span);
  if (!text) return undefined;
  switch (slot) {
    case 'email': return /\S+@\S+\.\S+/.test(text) ? text.toLowerCase() : undefined;
    case 'website': return text.replace(/\/+$/, '');
    case 'region': return regionOf(text)?.region ?? text;
    case 'country': if (/^[A-Z]{2}$/.test(text) && countries.isValid(text)) return text === 'UK' ? 'GB' : text;
      return countryCode(text.replace(/^(?:in|from)\s+/i, '')) ?? DEMONYMS[text.toLowerCase()];
    // A Slack channel by its id ("<#C0456DEF|client-msgs>" decodes to "#C0456DEF"); a name alone cannot be posted to.
    case 'channel': return /\b([CG][A-Z0-9]{6,})\b/.exec(text)?.[1];
    case 'owner': case 'member': return text.replace(/^@(?=[UW][A-Z0-9]+$)/, '');
    case 'currency': return currencyIn(text);
    case 'amount': return amountIn(text);
    case 'limit': case 'paymentTerms': return numberIn(text);
    case 'status': return statusIn(text);
    case 'role': return roleIn(text);
    case 'teamRole': return teamRoleIn(text);
    case 'reminderTone': return toneIn(text);
    case 'setting': return settingIn(text);
    case 'sort': return sortIn(text);
    case 'archived': if (!/archiv/i.test(text)) return undefined;
      return /\b(?:includ|incl|plus|with|and|also|too|all|even)/i.test(text) ? 'all' : 'archived';
    case 'shared': return HIDDEN.test(text) ? false : FLAG_WORDS.shared.test(text) ? !NEGATED.test(text) : undefined;
    case 'primary': case 'billingDefault': case 'portalEnabled': return FLAG_WORDS[slot].test(text) ? !NEGATED.test(text) : undefined;
    case 'date': case 'startDate': case 'endDate':
      return ordinalDay(text, vc.today, vc.lean ?? 'nearest') ?? (vc.lean === 'future' ? periodFromToday(text, vc.today) : undefined) ?? parseDate(text, vc.today, vc.lean ?? 'nearest');
    case 'createdFrom': return parseRange(text, vc.today)?.from ?? parseDate(text, vc.today, 'past');
    case 'createdTo': return parseRange(text, vc.today)?.to ?? parseDate(text, vc.today, 'past');
    case 'dateRange': return parseRange(/^(?:in|during|from|since|between)\b/i.test(text) ? text : `in ${text}`, vc.today) ?? quarterRange(text, vc.today);
    default: return text;
  }
}

/** How dates of an intent lean when the year or week is not said. */
export function leanOf(intent: string): Lean {
  if (intent === 'createInvoice' || intent === 'createQuote') return 'future';
  if (intent === 'recordPayment') return 'past';
  return 'nearest';
}
