// "Hollow Oak Furniture is worth about £40k a year", "give Oduya Freight Ltd an annual value of £60,000": an amount
// said to be what a client is worth is the client's value, whatever the classifier leaned to (a new client, a quote).
// Not an invoice's, a quote's or a payment's amount, and not a client being added.
import type { Clause } from './command-reader';
import { isKnownName } from './match-known';

const VALUE = /\b(?:worth|(?:annual|yearly|deal|contract|account|lifetime|estimated|expected)\s+value|value\s+of|valued\s+at)\b/i;
const OTHER_MONEY = /\b(?:invoic\w*|bill(?:ed|ing)?|quot\w*|estimate|proposal|paid|pays?|payment|owes?|received|came in)\b/i;
const ADDS = /\b(?:add|adding|new|create|set ?up|register|onboard|sign(?:ed)? up|net-new|won)\b/i;

export function withValueSaid(clause: Clause): Clause {
  const top = clause.ranking[0];
  // (Also a change of the client the classifier was unsure of: "X is worth about A$80k a year to us".)
  if (!top || (top.label === 'updateClient' && top.p >= 0.9) || !VALUE.test(clause.text) || OTHER_MONEY.test(clause.text) || ADDS.test(clause.text)) return clause;
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

// "make an offer to Bauer Elektro of 15.000 € for solar panels": a price offered, in a word for a quote and none for
// an invoice, is a quote, where the classifier leaned to the invoice (both are a client, an amount and what it is for).
export const QUOTED = /\b(?:quot\w*|estimate|proposal|offer|devis|presupuesto|angebot|or[çc]amento|preventivo|oferta|kostenvoranschlag)\b/i;
export const INVOICED = /invoic|\bbill|\binv\b|\bcharg|factur|rechnung|fattur|fatur|\bpaid\b|\bpay/i;

// (Or to another reading that takes no price: "make an offer to X ..." read as making someone an admin.)
// A note or message that tells of an offer keeps its words ("note on X: their offer of 5.000 € stands").
const PRICED = new Set(['createInvoice', 'createQuote', 'sendQuote', 'recordPayment', 'updateClient', 'createClient', 'createGroup', 'updateGroup', 'updateWorkspace',
  'addNote', 'messageClient', 'draftOutreach', 'sendOutreach', 'addFollowUp']);

export function withQuoteSaid(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (!top || (top.label !== 'createInvoice' && PRICED.has(top.label)) || !QUOTED.test(clause.text) || INVOICED.test(clause.text) || VALUE.test(clause.text)) return clause;
  if (!clause.spans.some((s) => s.slot === 'client') || !clause.spans.some((s) => s.slot === 'amount') || clause.spans.some((s) => s.slot === 'text')) return clause;
  const spans = clause.spans.map((s) => (s.slot === 'description' ? { ...s, slot: 'title' } : s));
  return { ...clause, spans, ranking: [{ label: 'createQuote', p: top.p }, ...clause.ranking.filter((r) => r.label !== 'createQuote' && r.label !== 'createInvoice')] };
}

// "Horvat d.o.o. works in the tourism", "Vela is in the hospitality sector": the line of business of a client named.
const WORKS_IN = /\b(?:works?|working|operates?|operating|is|are|they'?re|it'?s|trades?|trading|active)\s+(?:mainly\s+|mostly\s+)?in\s+(?:the\s+)?\S/i;
const IN_TRADE = new RegExp(String.raw`${WORKS_IN.source}|\b(?:industry|sector|line of business|vertical)\b`, 'i');

const TRADE = /\bin\s+(?:the\s+)?(\p{L}[\p{L}&' -]*?)(?:\s+(?:industry|sector|space|business|market|field|vertical))?\s*(?:[,.;!?]|$)/u;

export function withIndustrySaid(clause: Clause, known: string[] | undefined): Clause {
  const top = clause.ranking[0];
  if (!top || !IN_TRADE.test(clause.text) || ADDS.test(clause.text) || OTHER_MONEY.test(clause.text)) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  // (A new client set up with its industry stays new, "get Fernhill Bakery stood up in the system, industry is food",
  // and one the workspace does not have is not guessed to be changed.)
  if (top.label === 'createClient' && (!WORKS_IN.test(clause.text) || !isKnownName(clients[0]?.text ?? '', known))) return clause;
  const industry = clause.spans.find((s) => s.slot === 'industry');
  if (clients.length !== 1 || !industry || clause.spans.some((s) => s.slot !== 'client' && s.slot !== 'industry')) return clause;
  // ("works in the wine trade": the whole line of business said after "in", where the tagger marked a part.)
  const said = TRADE.exec(clause.text.slice(clause.text.indexOf(clients[0].text) + clients[0].text.length))?.[1];
  const spans = said?.toLowerCase().includes(industry.text.toLowerCase()) ? clause.spans.map((s) => (s === industry ? { ...s, text: said } : s)) : clause.spans;
  const p = top.label === 'updateClient' ? top.p : Math.max(0.7, top.p);
  return { ...clause, spans, ranking: [{ label: 'updateClient', p }, ...clause.ranking.filter((r) => r.label !== 'updateClient')] };
}

// "Halden Yachts should invoice in CHF regardless of its group": the currency a client is billed in, set, with no
// amount said (an invoice would need one) and not asked about ("why is X billed in CHF?").
const BILLED_IN = /\b(?:invoic\w*|bill\w*|charg\w*|pay\w*)\s+(?:them\s+|us\s+|it\s+)?in\b/i;
const ASKED = /\?\s*$|^\W*(?:why|what|which|how|where|is|are|does|do)\b/i;

/** Only for a client the workspace has, or one named before: a change is never guessed for a name it does not know. */
export function withCurrencySet(clause: Clause, clients: string[] | undefined): Clause {
  const top = clause.ranking[0];
  if (!top || (top.label === 'updateClient' && top.p >= 0.9) || !BILLED_IN.test(clause.text) || ASKED.test(clause.text) || ADDS.test(clause.text)) return clause;
  const others = clause.spans.filter((s) => s.slot !== 'client' && s.slot !== 'currency');
  const named = clause.spans.filter((s) => s.slot === 'client');
  // ("set X to net 14 and bill them in PLN": "them" is the client named before.)
  const known = isKnownName(named[0]?.text ?? '', clients) || /^(?:them|they|it)$/i.test(named[0]?.text ?? '');
  if (named.length !== 1 || !known || !clause.spans.some((s) => s.slot === 'currency') || others.length) return clause;
  return { ...clause, ranking: [{ label: 'updateClient', p: Math.max(0.9, top.p) }, ...clause.ranking.filter((r) => r.label !== 'updateClient')] };
}
