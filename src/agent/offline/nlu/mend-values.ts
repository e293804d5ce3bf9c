// The values a tagger's spans carry mended by their shape: a currency sign read as a description, a day and month
// read as a name, an amount run into the description before its currency, the owner a sentence names read as a
// person at the client. Then every mend of a clause's spans, in order.
import { firstLines, legalFormsAfterComma, namesOverStops, type NamedSpan, ownersNotPeople, START_CUE, streetsNotNames } from './mend-spans';
import { streetLineParts } from './split-street-line';
import type { Token } from './tokenize';

/** A clause's spans with every mend applied, in the order each expects the ones before. */
export function mendedSpans<S extends NamedSpan>(spans: S[], tokens: Token[], text: string): S[] {
  const names = firstLines(ownersNotPeople(streetsNotNames(legalFormsAfterComma(namesOverStops(spans, tokens, text), tokens, text), tokens, text), tokens), tokens, text);
  return termsSaid(payDays(ownersSaid(amountsOutOfTitles(datesNotNames(signsAsCurrency(streetLineParts(names, tokens, text), tokens, text), tokens), tokens, text), tokens), tokens), text);
}

// Words without which a number is no payment terms ("net 30", "30 days", "terms: 14", "30d").
const TERMS_CUE = /\bnet\s*\d|\bterms?\b|\bdays?\b|\bpayment|\bpay\b|\d\s*d\b|\b(?:tage?n?|d[ií]as|jours?|giorni|dagen|dagar|dage|dni|päivää|zahlungs\w*|plazo|délai|prazo|termine|termijn|betaling\w*)\b/iu;

/** "they pay in 30 days", "30 days to pay": a span of days the tagger read as a date is the payment terms. */
export function payDays<S extends NamedSpan>(spans: S[], tokens: Token[]): S[] {
  // (An invoice's "payment in 30 days" is when it is due.)
  if (tokens.some((t) => /^(?:invoice|invoices|inv|bill|billed)$/i.test(t.text))) return spans;
  return spans.map((s) => {
    if (s.slot !== 'date' || !/^\d{1,3}\s*days?$/i.test(s.text.trim())) return s;
    const near = [...tokens.slice(Math.max(0, s.from - 3), s.from), ...tokens.slice(s.to + 1, s.to + 3)].map((t) => t.text.toLowerCase());
    return near.some((w) => /^(?:pay|pays|paying|payment|terms)$/.test(w)) ? { ...s, slot: 'paymentTerms' } : s;
  });
}

/** "moved to 14 broad st": a number the tagger read as payment terms, with no word of terms said, is none. */
export function termsSaid<S extends NamedSpan>(spans: S[], text: string): S[] {
  return TERMS_CUE.test(text) ? spans : spans.filter((s) => s.slot !== 'paymentTerms');
}

// "MX$", "NT$", "₦": a currency sign, prefixed or not, is never a title or a note.
const SIGN = /^(?:[A-Za-z]{1,3})?[$€£¥₹₩₦₫฿₱₪₺₽]$/u;

/** "invoice Grupo Altamira for MX$85,000, phase 1": a sign the tagger read as the description is the currency, and
 *  the letters typed onto a sign it read ("MX" + "$") are part of it. */
export function signsAsCurrency<S extends NamedSpan>(spans: S[], tokens: Token[], text: string): S[] {
  const sign = spans.find((s) => s.slot === 'currency');
  const before = sign && sign.from === sign.to ? tokens[sign.from - 1] : undefined;
  if (sign && before && before.end === tokens[sign.from].start && /^[A-Za-z]{1,3}$/.test(before.text) && !spans.some((s) => s.from <= sign.from - 1 && s.to >= sign.from - 1)) {
    return spans.map((s) => (s === sign ? { ...s, from: s.from - 1, text: text.slice(before.start, tokens[s.to].end) } : s));
  }
  if (sign) return spans;
  return spans.map((s) => ((s.slot === 'title' || s.slot === 'text') && SIGN.test(s.text.trim()) ? { ...s, slot: 'currency' } : s));
}

const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY_MONTH = new RegExp(`^(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}|${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?$`, 'i');
const ENDS = /^(?:end|ends|ended|ending|finish|finishes|finished|until|till|expires?|expired|closes?|closed)$/i;

/** "the contract was finish at 31 of May": a day and a month the tagger read as a second client is a date. */
export function datesNotNames<S extends NamedSpan>(spans: S[], tokens: Token[]): S[] {
  if (spans.filter((s) => s.slot === 'client').length < 2) return spans;
  return spans.map((s) => {
    if (s.slot !== 'client' || !DAY_MONTH.test(s.text.trim())) return s;
    const cue = tokens.slice(Math.max(0, s.from - 3), s.from).map((t) => t.text);
    return { ...s, slot: cue.some((w) => ENDS.test(w)) ? 'endDate' : cue.some((w) => START_CUE.test(w)) ? 'startDate' : 'date' };
  });
}

/** "the january retainer 4500 pounds": a number that ends a description, right before its currency, is the amount. */
export function amountsOutOfTitles<S extends NamedSpan>(spans: S[], tokens: Token[], text: string): S[] {
  if (spans.some((s) => s.slot === 'amount')) return spans;
  const at = spans.findIndex((s, k) => s.slot === 'title' && s.to > s.from && /^\d[\d,.']*$/.test(tokens[s.to].text) && spans[k + 1]?.slot === 'currency' && spans[k + 1].from === s.to + 1);
  if (at < 0) return spans;
  const title = spans[at];
  const cut = { ...title, to: title.to - 1, text: text.slice(tokens[title.from].start, tokens[title.to - 1].end) };
  const amount = { ...title, slot: 'amount', from: title.to, text: tokens[title.to].text };
  return spans.flatMap((s, k) => (k === at ? [cut, amount] : [s]));
}

const OWNER_IS = /^(?:is|:|be|=)$/i;

/** "the owner of the dossier is Giulia", "account owner: Lena": the teammate who owns the client, not a person at it. */
export function ownersSaid<S extends NamedSpan>(spans: S[], tokens: Token[]): S[] {
  const owns = (p: S) => {
    if (p.slot !== 'person' || !OWNER_IS.test(tokens[p.from - 1]?.text ?? '')) return false;
    const at = tokens.slice(Math.max(0, p.from - 6), p.from).findIndex((t) => /^owner$/i.test(t.text));
    const from = at < 0 ? -1 : Math.max(0, p.from - 6) + at;
    // ("Acme's owner is Jane Doe": the owner of the client's business, a person at it.)
    return from >= 0 && !/^['’]s$/.test(tokens[from - 1]?.text ?? '') && spans.every((s) => s.to < from || s.from >= p.from || (s.slot === 'role' && /^owner$/i.test(s.text.trim())));
  };
  const person = spans.find(owns);
  if (!person) return spans;
  return spans.flatMap((s) => (s === person ? [{ ...s, slot: 'owner' }] : s.slot === 'role' && /^owner$/i.test(s.text.trim()) && s.to < person.from && s.from >= person.from - 6 ? [] : [s]));
}
