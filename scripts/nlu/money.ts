// Amount notations with their value and currency, payment terms, contact roles and job titles.
import { chance, int, pick, type Rng } from './util';

export interface Money { t: string; amount: number; currency?: string }

const group3 = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** Indian grouping: 240000 -> 2,40,000. */
function indian(n: number): string {
  const s = String(n); if (s.length <= 3) return s;
  const last3 = s.slice(-3), rest = s.slice(0, -3);
  return `${rest.replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${last3}`;
}
const comma = (n: number) => group3(n, ','), dot = (n: number) => group3(n, '.'), space = (n: number) => group3(n, ' ');
const kform = (n: number) => `${n / 1000}k`;
const round = (r: Rng, lo: number, hi: number, step: number) => step * int(r, Math.ceil(lo / step), Math.floor(hi / step));

type Form = (r: Rng) => Money;
const FORMS: Form[] = [
  // bare numbers: no currency
  (r) => { const n = round(r, 200, 20000, 50); return { t: pick(r, [String(n), comma(n)]), amount: n }; },
  (r) => { const n = round(r, 1000, 60000, 500); return { t: kform(n), amount: n }; },
  (r) => { const n = round(r, 100, 9000, 1) + 0.5; return { t: `${comma(Math.floor(n))}.50`, amount: n }; },
  // USD
  (r) => { const n = round(r, 500, 50000, 50); return { t: `$${comma(n)}`, amount: n, currency: 'USD' }; },
  (r) => { const n = round(r, 100, 9000, 1) + 0.5; return { t: `$${comma(Math.floor(n))}.50`, amount: n, currency: 'USD' }; },
  (r) => { const n = round(r, 1000, 90000, 500); return { t: pick(r, [`$${kform(n)}`, `${kform(n)} dollars`, `${kform(n)} USD`]), amount: n, currency: 'USD' }; },
  (r) => { const n = round(r, 500, 30000, 100); return { t: pick(r, [`US$${comma(n)}`, `USD ${comma(n)}`, `${n} USD`, `${comma(n)} dollars`, `${comma(n)} usd`]), amount: n, currency: 'USD' }; },
  // EUR
  (r) => { const n = round(r, 1000, 40000, 100); return { t: pick(r, [`€${dot(n)}`, `${dot(n)} €`, `${dot(n)} EUR`, `€ ${dot(n)}`]), amount: n, currency: 'EUR' }; },
  (r) => { const n = round(r, 1000, 9000, 10); return { t: pick(r, [`${dot(n)},00 €`, `€${dot(n)},00`, `${dot(n)},00 EUR`]), amount: n, currency: 'EUR' }; },
  (r) => { const n = round(r, 200, 25000, 50); return { t: pick(r, [`€${comma(n)}`, `EUR ${comma(n)}`, `${comma(n)} euros`, `${n} EUR`, `${n} eur`]), amount: n, currency: 'EUR' }; },
  (r) => { const n = round(r, 1000, 50000, 500); return { t: pick(r, [`€${kform(n)}`, `${kform(n)} EUR`, `${kform(n)} euros`]), amount: n, currency: 'EUR' }; },
  // GBP
  (r) => { const n = round(r, 1000, 30000, 100); return { t: pick(r, [`£${kform(n)}`, `£${comma(n)}`, `GBP ${comma(n)}`, `${comma(n)} pounds`, `${n} GBP`]), amount: n, currency: 'GBP' }; },
  // INR
  (r) => { const n = round(r, 20000, 2500000, 1000); return { t: pick(r, [`₹${indian(n)}`, `₹${indian(n)}`, `Rs. ${indian(n)}`, `INR ${indian(n)}`, `Rs ${comma(n)}`, `${indian(n)} rupees`]), amount: n, currency: 'INR' }; },
  // ZAR
  (r) => { const n = round(r, 1000, 90000, 100); return { t: pick(r, [`R${comma(n)}`, `R ${space(n)}`, `ZAR ${comma(n)}`, `${space(n)} rand`, `R${kform(n)}`]), amount: n, currency: 'ZAR' }; },
  // NZD / AUD / CAD / SGD / HKD / MXN dollars
  (r) => { const n = round(r, 1000, 90000, 500); return { t: pick(r, [`NZ$${kform(n)}`, `NZ$${comma(n)}`, `NZD ${comma(n)}`, `${comma(n)} NZD`]), amount: n, currency: 'NZD' }; },
  (r) => { const n = round(r, 500, 40000, 100); return { t: pick(r, [`A$${comma(n)}`, `AU$${comma(n)}`, `AUD ${comma(n)}`, `${comma(n)} Australian dollars`, `A$${kform(n)}`]), amount: n, currency: 'AUD' }; },
  (r) => { const n = round(r, 500, 40000, 100); return { t: pick(r, [`C$${comma(n)}`, `CA$${comma(n)}`, `CAD ${comma(n)}`, `${comma(n)} Canadian dollars`, `${n} CAD`]), amount: n, currency: 'CAD' }; },
  (r) => { const n = round(r, 500, 40000, 100); return pick(r, [{ t: `S$${comma(n)}`, amount: n, currency: 'SGD' }, { t: `HK$${comma(n)}`, amount: n, currency: 'HKD' }, { t: `MX$${comma(n)}`, amount: n, currency: 'MXN' }, { t: `$${comma(n)} MXN`, amount: n, currency: 'MXN' }, { t: `MXN ${comma(n)}`, amount: n, currency: 'MXN' }]); },
  // CHF
  (r) => { const n = round(r, 300, 50000, 50); return { t: pick(r, [`CHF ${n}`, `CHF ${comma(n)}`, `${n} CHF`, `CHF ${group3(n, "'")}`, `Fr. ${group3(n, "'")}`]), amount: n, currency: 'CHF' }; },
  // JPY / KRW
  (r) => { const n = round(r, 30000, 3000000, 1000); return { t: pick(r, [`¥${comma(n)}`, `${comma(n)} yen`, `JPY ${comma(n)}`, `${comma(n)} JPY`]), amount: n, currency: 'JPY' }; },
  (r) => { const n = round(r, 500000, 30000000, 100000); return { t: pick(r, [`₩${comma(n)}`, `KRW ${comma(n)}`, `${comma(n)} won`]), amount: n, currency: 'KRW' }; },
  // PLN / SEK / TRY / BRL / NGN / DKK / NOK
  (r) => { const n = round(r, 500, 60000, 100); return { t: pick(r, [`${n} zł`, `${space(n)} zł`, `${space(n)} PLN`, `PLN ${comma(n)}`, `${dot(n)} zł`, `${n} pln`]), amount: n, currency: 'PLN' }; },
  (r) => { const n = round(r, 1000, 200000, 500); return { t: pick(r, [`${space(n)} SEK`, `SEK ${comma(n)}`, `${space(n)} kronor`, `${n} sek`]), amount: n, currency: 'SEK' }; },
  (r) => { const n = round(r, 1000, 500000, 500); return { t: pick(r, [`₺${dot(n)}`, `${dot(n)} TL`, `TRY ${comma(n)}`, `${comma(n)} lira`]), amount: n, currency: 'TRY' }; },
  (r) => { const n = round(r, 500, 90000, 50); return { t: pick(r, [`R$ ${dot(n)}`, `R$${dot(n)},00`, `BRL ${comma(n)}`, `${dot(n)} reais`]), amount: n, currency: 'BRL' }; },
  (r) => { const n = round(r, 50000, 5000000, 5000); return { t: pick(r, [`₦${comma(n)}`, `NGN ${comma(n)}`, `${comma(n)} naira`]), amount: n, currency: 'NGN' }; },
  (r) => { const n = round(r, 1000, 90000, 500); return pick(r, [{ t: `DKK ${dot(n)}`, amount: n, currency: 'DKK' }, { t: `NOK ${space(n)}`, amount: n, currency: 'NOK' }, { t: `${space(n)} NOK`, amount: n, currency: 'NOK' }]); },
];

export function money(r: Rng): Money {
  // bare numbers a bit more often: they are the common case in chat
  return chance(r, 0.2) ? FORMS[int(r, 0, 2)](r) : pick(r, FORMS)(r);
}

/** A currency as said in a settings sentence: [text, code]. */
export const CURRENCY_WORDS: [string, string][] = [
  ['EUR', 'EUR'], ['euros', 'EUR'], ['USD', 'USD'], ['US dollars', 'USD'], ['GBP', 'GBP'], ['pounds', 'GBP'], ['pounds sterling', 'GBP'],
  ['INR', 'INR'], ['rupees', 'INR'], ['ZAR', 'ZAR'], ['rand', 'ZAR'], ['NZD', 'NZD'], ['AUD', 'AUD'], ['Australian dollars', 'AUD'], ['CAD', 'CAD'],
  ['Canadian dollars', 'CAD'], ['CHF', 'CHF'], ['Swiss francs', 'CHF'], ['JPY', 'JPY'], ['yen', 'JPY'], ['PLN', 'PLN'], ['złoty', 'PLN'], ['zloty', 'PLN'],
  ['SEK', 'SEK'], ['Swedish kronor', 'SEK'], ['BRL', 'BRL'], ['reais', 'BRL'], ['MXN', 'MXN'], ['Mexican pesos', 'MXN'], ['NGN', 'NGN'], ['naira', 'NGN'],
  ['KRW', 'KRW'], ['won', 'KRW'], ['TRY', 'TRY'], ['Turkish lira', 'TRY'], ['DKK', 'DKK'], ['NOK', 'NOK'], ['SGD', 'SGD'], ['eur', 'EUR'], ['usd', 'USD'],
];
export const currencyWord = (r: Rng): [string, string] => pick(r, CURRENCY_WORDS);

/** Payment terms as said: [text, days]. */
export function terms(r: Rng): [string, number] {
  const d = pick(r, [7, 10, 14, 15, 21, 30, 30, 45, 60, 90]);
  return [pick(r, [`net ${d}`, `Net ${d}`, `${d} days`, `net-${d}`, `${d}-day terms`, `NET${d}`]), d];
}

/** How a role is said when it is a role, not a title: [phrase, role]. */
export const ROLE_PHRASES: [string, string][] = [
  ['finance contact', 'finance'], ['billing person', 'finance'], ['accounts contact', 'finance'], ['billing contact', 'finance'], ['accounts payable contact', 'finance'],
  ['decision maker', 'decision_maker'], ['decision-maker', 'decision_maker'], ['project manager', 'project_manager'], ['PM', 'project_manager'],
  ['technical lead', 'technical_lead'], ['tech lead', 'technical_lead'], ['developer', 'technical_lead'], ['technical contact', 'technical_lead'],
  ['founder', 'decision_maker'], ['owner', 'decision_maker'], ['other contact', 'other'],
];
/** Titles said as titles: [title, role?]. */
export const TITLES: [string, string | undefined][] = [
  ['CFO', 'finance'], ['CEO', 'decision_maker'], ['CTO', 'technical_lead'], ['Head of Finance', 'finance'], ['Finance Director', 'finance'],
  ['Founder & CEO', 'decision_maker'], ['Co-founder', 'decision_maker'], ['Lead Developer', 'technical_lead'], ['Head of Operations', undefined],
  ['Head of Marketing', undefined], ['Marketing Manager', undefined], ['Office Manager', undefined], ['Procurement Manager', undefined],
  ['Creative Director', undefined], ['Head of Growth', undefined], ['Sales Director', undefined], ['HR Manager', undefined], ['Practice Manager', undefined],
  ['Brand Lead', undefined], ['COO', undefined],
];
export const role = (r: Rng): [string, string] => pick(r, ROLE_PHRASES);
export const title = (r: Rng): [string, string | undefined] => pick(r, TITLES);
