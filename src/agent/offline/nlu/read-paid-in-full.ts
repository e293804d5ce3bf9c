// "mark INV-0007 as paid", "INV-0007 was paid in full", "INV-0099 is settled", "Acme Corp paid INV-0007 in full": the named invoice paid in
// full (recordPayment with no amount: what is still owed on it), where the reader asked how much ("Acme Corp paid
// invoice 12" had paid 12). Only with the invoice's number and nothing after it but a day ("yesterday", "on 3 March");
// an amount said is read as before.
// "accept quote Q-0003": the client accepts a quote in the portal; the team can send it, not accept it for them.
import type { Decision, PlannedCall } from '../types';
import { parseDate } from '../values/parse-dates';
import { INVOICE_NUMBER, invoiceNumberOf, REQUEST_LEAD } from './request-words';

// A day the payment came, said last ("... yesterday", "... on 3 March", "... last Friday"): group 2 of each pattern.
const DAY = String.raw`(?:\s+(?:on\s+)?((?:yesterday|today|this\s+morning|last\s+\p{L}+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)))?`;
const TODAY = /^(?:today|this\s+morning)$/i;
// "..., they transfered yesterday": how the money came, said after (typed with one r or two).
const HOW = String.raw`(?:,?\s*(?:and\s+)?(?:they|it|the\s+money|the\s+client)\s+(?:(?:has|have)\s+)?(?:transferr?ed|paid|sent|wired|came|arrived|landed)(?:\s+(?:it|in|the\s+money))?)?`;
const END = String.raw`${HOW}${DAY}[\s.!]*$`;
const PAID: RegExp[] = [
  new RegExp(String.raw`${REQUEST_LEAD}mark\s+(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}\s+(?:as\s+)?(?:fully\s+)?paid(?:\s+in\s+full)?${END}`, 'iu'),
  // "INV-0099 is settled", "INV-0412 came in, full amount": the invoice's money arrived, in words for paying.
  new RegExp(String.raw`^\W*(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}\s+(?:(?:(?:has\s+been|was|is|got)\s+)?(?:fully\s+)?(?:paid|settled|cleared)|(?:has\s+)?(?:come|came)\s+in|(?:has\s+)?(?:arrived|landed|cleared)|(?:was|has\s+been)\s+received)(?:,?\s+in\s+full|,?\s+(?:the\s+)?full\s+amount)?${END}`, 'iu'),
  // "Acme Corp paid INV-0007": a client paying a named invoice, with no amount, pays it.
  new RegExp(String.raw`^\W*[\p{L}][\p{L}\p{N}&'. -]*?\s+(?:has\s+)?(?:paid|settled|cleared)\s+(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}(?:\s+in\s+full)?${END}`, 'iu'),
];
const ACCEPT = /^\W*(?:(?:please|pls|can you|could you)\s+)?(?:accept|approve|sign off)\s+(?:the\s+)?quote\s+(Q-?\s?\d+)|^\W*(?:mark|set)\s+(?:the\s+)?quote\s+(Q-?\s?\d+)\s+(?:as\s+)?accepted/i;
const NOT_ASKED = /\b(?:don'?t|do not|never|not)\b|\?\s*$/i;

/** Whether one clause says a named invoice was paid, with no amount ("Acme paid INV-0007", "INV-0099 is settled"). */
export function saysPaidInFull(text: string): boolean {
  return !NOT_ASKED.test(text) && PAID.some((re) => re.test(text));
}

export function readPaidInFull(text: string, today: Date): Decision | undefined {
  if (NOT_ASKED.test(text)) return undefined;
  for (const re of PAID) {
    const m = re.exec(text);
    if (!m) continue;
    // Today is the payment's default day; words that are no day ("last invoice") are not read here.
    const date = m[2] && !TODAY.test(m[2]) ? parseDate(m[2], today, 'past') : undefined;
    if (m[2] && !TODAY.test(m[2]) && !date) continue;
    return { kind: 'calls', calls: [{ tool: 'recordPayment', args: { invoice: invoiceNumberOf(m[1]), ...(date ? { date } : {}) } }] };
  }
  const quote = ACCEPT.exec(text);
  if (quote) {
    const q = `Q-${(/(\d+)$/.exec(quote[1] ?? quote[2])?.[1] ?? '').padStart(4, '0')}`;
    return { kind: 'reply', text: `A quote is accepted by the client, with Accept in their portal (that creates the project); I cannot accept it for them. Say "send ${q}" to send it to them to answer.` };
  }
  return undefined;
}

/** A payment's amount that is the number of the invoice said ("Acme paid invoice 12 yesterday" had paid 12): the
 *  invoice it is, with no amount, so the reader asks how much. An invoice said beside an amount and dropped ("Acme
 *  paid 500 on invoice 12") is the one paid. */
export function withInvoiceNumberNotAmount<C extends PlannedCall>(call: C, text: string): C {
  const amount = call.args.amount;
  if (call.tool !== 'recordPayment' || typeof amount !== 'number') return call;
  const refs = [...text.matchAll(new RegExp(INVOICE_NUMBER, 'gi'))].map((m) => m[1]);
  const said = refs.find((r) => Number(/(\d+)$/.exec(r)?.[1]) === amount);
  const twice = (text.match(/\d[\d.,]*/g) ?? []).filter((n) => Number(n.replace(/,/g, '')) === amount).length > 1;
  if (said && !twice) {
    const { amount: _, ...args } = call.args;
    return { ...call, args: { ...args, invoice: call.args.invoice ?? invoiceNumberOf(said) } };
  }
  return refs.length === 1 && call.args.invoice === undefined ? { ...call, args: { ...call.args, invoice: invoiceNumberOf(refs[0]) } } : call;
}
