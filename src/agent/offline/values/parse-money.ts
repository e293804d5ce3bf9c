// Amounts and currencies however people write them: $1,500  €3.000  12k  CHF 80,000  ₹2,40,000  1.2m
// "40 thousand euros", "1200 EUR", "£8k". Currencies come back as ISO-4217 codes.
const ISO = new Set(Intl.supportedValuesOf('currency'));

const SYMBOLS: Record<string, string> = {
  'us$': 'USD', 'c$': 'CAD', 'ca$': 'CAD', 'a$': 'AUD', 'au$': 'AUD', 'nz$': 'NZD', 'hk$': 'HKD', 's$': 'SGD', 'r$': 'BRL',
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', 'zł': 'PLN', '₪': 'ILS', '₱': 'PHP',
};

// Currency words; a qualifier before "dollars", "francs", "krone" picks the country.
const WORDS: Array<[RegExp, string]> = [
  [/\b(?:canadian|cdn)\s+dollars?\b/i, 'CAD'], [/\baustralian\s+dollars?\b/i, 'AUD'], [/\b(?:new zealand|nz)\s+dollars?\b/i, 'NZD'],
  [/\bsingapore(?:an)?\s+dollars?\b/i, 'SGD'], [/\bhong kong\s+dollars?\b/i, 'HKD'], [/\b(?:us|american)\s+dollars?\b/i, 'USD'],
  [/\bswiss\s+francs?\b/i, 'CHF'], [/\bnorwegian\s+kron(?:e|er)\b/i, 'NOK'], [/\bdanish\s+kron(?:e|er)\b/i, 'DKK'],
  [/\bswedish\s+kron(?:a|or)\b/i, 'SEK'], [/\bkron(?:a|or)\b/i, 'SEK'], [/\bdollars?\b|\bbucks\b/i, 'USD'], [/\beuros?\b/i, 'EUR'],
  [/\b(?:pounds?(?: sterling)?|sterling|quid)\b/i, 'GBP'], [/\byen\b/i, 'JPY'], [/\bfrancs?\b/i, 'CHF'], [/\brupees?\b/i, 'INR'],
  [/\byuan\b|\brmb\b|\brenminbi\b/i, 'CNY'], [/\bzlot(?:y|ys|ych)\b/i, 'PLN'], [/\breais\b|\breal\b(?= ?$)/i, 'BRL'],
  [/\bmexican pesos?\b/i, 'MXN'], [/\brand\b/i, 'ZAR'], [/\bdirhams?\b/i, 'AED'], [/\bwon\b(?=\s*$)/i, 'KRW'],
];

/** The first currency named in the text: an ISO code, a symbol or a word. */
export function findCurrency(text: string): string | undefined {
  const code = /\b([A-Z]{3})\b/.exec(text.replace(/\b(?:USA|VAT|CEO|CFO|CTO|CSV|PDF|LLC|GMBH|SARL|INC|LTD)\b/g, ''));
  const candidates: Array<{ at: number; cur: string }> = [];
  if (code && ISO.has(code[1])) candidates.push({ at: code.index, cur: code[1] });
  for (const [re, cur] of WORDS) {
    const m = re.exec(text);
    if (m) { candidates.push({ at: m.index, cur }); break; }
  }
  const sym = /(us\$|c\$|ca\$|a\$|au\$|nz\$|hk\$|s\$|r\$|\$|€|£|¥|₹|₩|₽|₺|zł|₪|₱)/i.exec(text);
  if (sym) candidates.push({ at: sym.index, cur: SYMBOLS[sym[1].toLowerCase()] });
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.cur;
}

/** A written number with thousands separators, decimals and multipliers to its value. */
export function parseNumber(raw: string, multiplier?: string): number | undefined {
  let s = raw.replace(/['’\s]/g, '');
  const mult = multiplierValue(multiplier);
  if (s.includes(',') && s.includes('.')) {
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    s = s.split(dec === ',' ? '.' : ',').join('').replace(dec, '.');
  } else if (s.includes(',')) {
    s = /^\d{1,3}(,\d{3})+$/.test(s) || /^\d{1,2}(,\d{2})+,\d{3}$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (s.includes('.')) {
    if (/^\d{1,3}(\.\d{3})+$/.test(s) && mult === 1) s = s.replace(/\./g, '');
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  return Math.round(n * mult * 100) / 100;
}

function multiplierValue(m?: string): number {
  const k = (m ?? '').toLowerCase().trim();
  if (k === 'k' || k === 'thousand' || k === 'grand') return 1_000;
  if (k === 'm' || k === 'mn' || k === 'mio' || k === 'million') return 1_000_000;
  if (k === 'bn' || k === 'b' || k === 'billion') return 1_000_000_000;
  if (k === 'lakh' || k === 'lakhs') return 100_000;
  return 1;
}

export type Money = { amount: number; currency?: string; index: number; text: string };

const SYM = String.raw`(?:US\$|C\$|CA\$|A\$|AU\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₩|₽|₺|₪|₱)`;
const CODE = String.raw`(?:[A-Z]{3})`;
// Thousands may be grouped with spaces too ("SEK 45 000"), only in groups of exactly three digits.
const NUM = String.raw`(\d{1,3}(?:[,.'’]\d{2,3})+(?:[.,]\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)`;
const MULT = String.raw`(?:\s?([kKmM]|mn|mio|bn|[kK]\b)\b|\s+([Tt]housand|grand|[Mm]illion|[Bb]illion|lakhs?)\b)?`;
const WORD = String.raw`(?:\s*(?:canadian |australian |us |swiss |swedish |norwegian |danish |new zealand |singapore )?(?:dollars?|bucks|euros?|pounds?|quid|yen|francs?|rupees?|kron(?:a|or|e|er)|yuan|zloty|rand|dirhams?))?`;
const MONEY_RE = new RegExp(String.raw`(?:(${SYM})\s?|\b(${CODE})\s?)?${NUM}${MULT}(?:\s?(${CODE})\b|\s?([€$£¥₹]))?(${WORD})(?![\d/])`, 'g');

/** Every amount in the text; `currency` only when the text names one next to it. */
export function findMoney(text: string): Money[] {
  const out: Money[] = [];
  for (const m of text.matchAll(MONEY_RE)) {
    const [whole, sym0, preCode, num, multA, multB, postCode, postSym, word] = m;
    const sym = sym0 ?? postSym;
    const prefix = preCode && ISO.has(preCode.toUpperCase()) && preCode === preCode.toUpperCase() ? preCode.toUpperCase() : undefined;
    const suffix = postCode && ISO.has(postCode.toUpperCase()) && postCode === postCode.toUpperCase() ? postCode.toUpperCase() : undefined;
    if (preCode && !prefix) continue;
    const amount = parseNumber(num, multA ?? multB);
    if (amount === undefined) continue;
    const currency = sym ? SYMBOLS[sym.toLowerCase()] : prefix ?? suffix ?? (word?.trim() ? findCurrency(word) : undefined);
    out.push({ amount, currency, index: m.index ?? 0, text: whole.trim() });
  }
  return out;
}
