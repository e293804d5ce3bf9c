// "invoice Ngata NZ$15,000 kickoff fee and send it", "quote Fiesta Foods A$9,900 ... and send it to them": a send
// said in the same breath as the invoice or quote it sends (the tagger keeps it in one clause). The send waits for a
// click like every send; its reference is the client, which names the one open invoice or quote just made.
import type { PlannedCall } from '../types';

const SEND_IT = /\b(?:send|email|e-mail|mail|shoot|fire off)\s+(?:it|that|this|them|both)\b(?:\s+(?:over|out|off|across))?(?:\s+to\s+(?:them|the client|him|her))?/i;
const ONLY_SEND = new RegExp(`^\\s*(?:and|then|&|\\+)?\\s*(?:please\\s+)?${SEND_IT.source}\\s*[.!]?\\s*$`, 'i');
const FOLLOW: Record<string, [string, string]> = { createInvoice: ['sendInvoice', 'invoice'], createQuote: ['sendQuote', 'quote'] };

type Call = PlannedCall & { clause?: { text: string } };

export function withSendAfter<C extends Call>(calls: C[]): C[] {
  const out: C[] = [];
  for (const [k, call] of calls.entries()) {
    out.push(call);
    const follow = FOLLOW[call.tool];
    // "... and send it to them" split off and read as something else: the next clause is only the send.
    const next = calls[k + 1];
    const splitOff = Boolean(next && ONLY_SEND.test(next.clause?.text ?? ''));
    if (!follow || typeof call.args.client !== 'string' || !(splitOff || SEND_IT.test(call.clause?.text ?? ''))) continue;
    const send = { ...call, tool: follow[0], args: { [follow[1]]: call.args.client } };
    if (splitOff) calls[k + 1] = send;
    else if (!calls.slice(k + 1).some((c) => c.tool === follow[0])) out.push(send);
  }
  return out;
}
