// "void INV-0012", "cancel invoice 12, it went to the wrong client", "please write off the Acme Corp invoice",
// "INV-0007 should be voided": an invoice voided (voidInvoice, always confirmed first, undoable). Taken only with
// the invoice named (its number, or a client the workspace has, for its one open invoice) and the verb said
// outright; a negation or a how-to question is not a request.
import type { Decision } from '../types';
import { isKnownName } from './match-known';
import { INVOICE_NUMBER, invoiceNumberOf, REQUEST_LEAD } from './request-words';

const VERB = String.raw`(?:void|cancel|annul|write\s+off|scrap|withdraw|delete|remove)`;
// The reason, after a comma, a dash, "because", "reason:" or in a sentence of its own: kept in the history.
const REASON = String.raw`(?:(?:\s*(?:[,;:—–-]+|[?.!]+(?=\s)|\s+because|\s+as|\s+since)\s*(?:(?:the\s+)?reason(?:\s+is|\s+being)?\s*:?\s*)?|\s+(?:the\s+)?reason(?:\s+is|\s+being)?\s*:?\s*)(?:it\s+was\s+|it'?s\s+|this\s+was\s+)?(.+?))?`;
const END = String.raw`[\s.!?]*$`;
// ("void INV-0232 pls, wrong amount": a please after the number, before the reason.)
const PLS = String.raw`(?:\s+(?:pls|please|plz|asap|now))?`;
const SAID: RegExp[] = [
  new RegExp(String.raw`${REQUEST_LEAD}${VERB}\s+(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}${PLS}${REASON}${END}`, 'i'),
  new RegExp(String.raw`${REQUEST_LEAD}(?:mark|set)\s+(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}\s+(?:as\s+)?(?:void|voided|cancell?ed)${REASON}${END}`, 'i'),
  new RegExp(String.raw`^\W*(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}\s+(?:should|must|needs to|has to|can)\s+be\s+(?:voided|cancell?ed|written\s+off|annulled|scrapped)${REASON}${END}`, 'i'),
  // "Brightline Dental wants the invoice INV-0470 cancelled, they ordered the wrong package": the client's request.
  new RegExp(String.raw`^\W*(?:[^,.;!?]+?\s+)?(?:wants?|asked\s+(?:us\s+)?(?:for|to\s+have)|would\s+like|needs?)\s+(?:the\s+|their\s+)?(?:invoice\s+)?${INVOICE_NUMBER}\s+(?:to\s+be\s+)?(?:voided|cancell?ed|written\s+off|withdrawn|annulled|scrapped)${REASON}${END}`, 'i'),
  // "Actually, INV-0321 was raised by mistake — please void it": the reason first, then the request.
  new RegExp(String.raw`^\W*(?:(?:actually|oh|oops|sorry|hmm|ah)[,!]?\s+)?(?:the\s+)?(?:invoice\s+)?${INVOICE_NUMBER}\s+(?:was\s+|is\s+|got\s+|has\s+been\s+)?(.+?)\s*[—–,;.:-]+\s*(?:(?:please|pls|so|can you|could you|just)\s+)*${VERB}\s+it${END}`, 'i'),
];
// "void the Acme Corp invoice", "cancel Acme Corp's invoice", "void the invoice for Acme Corp".
const BY_CLIENT: RegExp[] = [
  new RegExp(String.raw`${REQUEST_LEAD}${VERB}\s+(?:the\s+)?(.+?)(?:'s|’s)?\s+invoice${REASON}${END}`, 'i'),
  new RegExp(String.raw`${REQUEST_LEAD}${VERB}\s+the\s+invoice\s+(?:for|of|to)\s+(.+?)${REASON}${END}`, 'i'),
];
const NOT_ASKED = /\b(?:don'?t|do not|never|not|how (?:do|can|to)|can i\b|what happens)\b/i;

// ("void INV-0318. Thanks": a courtesy is no reason.)
const COURTESY = /^(?:many\s+)?(?:thanks?(?:\s+(?:you|a lot|so much))?|thx|ty|cheers|ta|please|pls)[\s.!]*$/i;
const withReason = (invoice: string, said: string | undefined) => {
  const reason = said?.trim() && !COURTESY.test(said.trim()) ? said.trim() : undefined;
  return { kind: 'calls' as const, calls: [{ tool: 'voidInvoice', args: reason ? { invoice, reason } : { invoice } }] };
};

export function readVoidSaid(text: string, clients: readonly string[] = []): Decision | undefined {
  if (NOT_ASKED.test(text)) return undefined;
  for (const re of SAID) {
    const m = re.exec(text);
    if (m) return withReason(invoiceNumberOf(m[1]), m[2]);
  }
  for (const re of BY_CLIENT) {
    const m = re.exec(text);
    const client = m?.[1]?.trim();
    if (client && isKnownName(client, [...clients])) return withReason(client, m?.[2]);
  }
  return undefined;
}
