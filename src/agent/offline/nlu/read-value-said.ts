// "Hollow Oak Furniture is worth about £40k a year", "give Oduya Freight Ltd an annual value of £60,000": an amount
// said to be what a client is worth is the client's value, whatever the classifier leaned to (a new client, a quote).
// Not an invoice's, a quote's or a payment's amount, and not a client being added.
import type { Clause } from './command-reader';

const VALUE = /\b(?:worth|(?:annual|yearly|deal|contract|account|lifetime|estimated|expected)\s+value|value\s+of|valued\s+at)\b/i;
const OTHER_MONEY = /\b(?:invoic\w*|bill(?:ed|ing)?|quot\w*|estimate|proposal|paid|pays?|payment|owes?|received|came in)\b/i;
const ADDS = /\b(?:add|adding|new|create|set ?up|register|onboard|sign(?:ed)? up|net-new|won)\b/i;

export function withValueSaid(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (!top || top.label === 'updateClient' || !VALUE.test(clause.text) || OTHER_MONEY.test(clause.text) || ADDS.test(clause.text)) return clause;
  if (!clause.spans.some((s) => s.slot === 'client') || !clause.spans.some((s) => s.slot === 'amount')) return clause;
  const p = Math.max(0.9, top.p);
  return { ...clause, ranking: [{ label: 'updateClient', p }, ...clause.ranking.filter((r) => r.label !== 'updateClient')] };
}

// "The client Pâtisserie Dubois has paid the 980 euros, please register it", "€1,100 came in from Acme": an amount
// a client paid is a payment, where the classifier leaned elsewhere ("register" read as a delete's or a new client's).
const PAID = /\b(?:has|have|had|just|finally|already)\s+paid\b|\b(?:wired|transferred|sent|paid)\s+us\b|\bpaid\s+(?:us|the|their|in full)\b|\b(?:came|come|comes)\s+in\b|\bgot paid\b|\breceived\s+(?:a\s+)?payment\b|\bpayment\s+(?:of|from)\b/i;
const MONEY = /[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:euros?|eur|dollars?|usd|pounds?|gbp|francs?|chf|€|\$|£|k)\b/i;
const NOT_PAYMENT = /\b(?:worth|value)\b|\?\s*$/i;

export function withPaymentSaid(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (!top || top.label === 'recordPayment' || !PAID.test(clause.text) || NOT_PAYMENT.test(clause.text)) return clause;
  const amount = clause.spans.some((s) => s.slot === 'amount') || MONEY.test(clause.text);
  if (!amount || !clause.spans.some((s) => s.slot === 'client' || s.slot === 'invoice')) return clause;
  // (Among the classifier's readings, or in place of readings it was unsure of: "Juniper & Oak just wired us 2,300 dollars".)
  if (!clause.ranking.slice(0, 3).some((r) => r.label === 'recordPayment') && top.p >= 0.5) return clause;
  return { ...clause, ranking: [{ label: 'recordPayment', p: Math.max(0.8, top.p) }, ...clause.ranking.filter((r) => r.label !== 'recordPayment')] };
}
