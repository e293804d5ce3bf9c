// "mark INV-0007 as paid", "INV-0007 was paid in full", "Acme Corp paid INV-0007 in full": the named invoice paid in
// full (recordPayment with no amount: what is still owed on it), where the reader asked how much. Only with the
// invoice's number and nothing else said after "paid"; an amount said is read as before.
// "accept quote Q-0003": the client accepts a quote in the portal; the team can send it, not accept it for them.
import type { Decision } from '../types';
import { INVOICE_NUMBER, invoiceNumberOf, REQUEST_LEAD } from './request-words';

const END = String.raw`[\s.!]*$`;
const PAID: RegExp[] = [
  new RegExp(String.raw`${REQUEST_LEAD}mark\s+(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}\s+(?:as\s+)?(?:fully\s+)?paid(?:\s+in\s+full)?${END}`, 'i'),
  new RegExp(String.raw`^\W*(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}\s+(?:has\s+been|was|is|got)\s+(?:fully\s+)?paid(?:\s+in\s+full)?${END}`, 'i'),
  new RegExp(String.raw`^\W*[\p{L}][\p{L}\p{N}&'. -]*?\s+(?:has\s+)?paid\s+(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}\s+in\s+full${END}`, 'iu'),
];
const ACCEPT = /^\W*(?:(?:please|pls|can you|could you)\s+)?(?:accept|approve|sign off)\s+(?:the\s+)?quote\s+(Q-?\s?\d+)|^\W*(?:mark|set)\s+(?:the\s+)?quote\s+(Q-?\s?\d+)\s+(?:as\s+)?accepted/i;
const NOT_ASKED = /\b(?:don'?t|do not|never|not)\b|\?\s*$/i;

export function readPaidInFull(text: string): Decision | undefined {
  if (NOT_ASKED.test(text)) return undefined;
  for (const re of PAID) {
    const m = re.exec(text);
    if (m) return { kind: 'calls', calls: [{ tool: 'recordPayment', args: { invoice: invoiceNumberOf(m[1]) } }] };
  }
  const quote = ACCEPT.exec(text);
  if (quote) {
    const q = `Q-${(/(\d+)$/.exec(quote[1] ?? quote[2])?.[1] ?? '').padStart(4, '0')}`;
    return { kind: 'reply', text: `A quote is accepted by the client, with Accept in their portal (that creates the project); I cannot accept it for them. Say "send ${q}" to send it to them to answer.` };
  }
  return undefined;
}
