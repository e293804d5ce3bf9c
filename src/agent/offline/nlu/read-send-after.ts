// "invoice Ngata NZ$15,000 kickoff fee and send it", "quote Fiesta Foods A$9,900 ... and send it to them": a send
// said in the same breath as the invoice or quote it sends. The send waits for a click like every send; its reference
// is the client, which names the one open invoice or quote just made.
import type { PlannedCall } from '../types';

// "send it", "then send", "+ send", "send quote", "email it over to them", "send it to Claire", "send it right away".
const SEND = String.raw`(?:send|email|e-mail|mail|shoot|fire off)(?:\s+(?:it|that|this|them|both|the (?:quote|invoice|estimate)|quote|invoice))?(?:\s+(?:over|out|off|across))?(?:\s+to\s+(?:them|the client|him|her|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?))?(?:\s+(?:right away|straight away|now|immediately|as well|too))?`;
const SEND_IT = new RegExp(String.raw`(?:^|[\s,;/+&—–-])(?:(?:and|then|&|\+|also)\s+)*(?:please\s+)?${SEND}\s*[.!?]*\s*$`, 'iu');
const ONLY_SEND = new RegExp(String.raw`^\s*(?:(?:and|then|&|\+|also|/)\s*)*(?:please\s+)?${SEND}\s*[.!?]*\s*$`, 'iu');
/** A clause that only says "send it" (after an invoice or quote): it is that send, whatever the classifier makes of it. */
export const isSendOnly = (text: string) => ONLY_SEND.test(text);
const FOLLOW: Record<string, [string, string]> = { createInvoice: ['sendInvoice', 'invoice'], createQuote: ['sendQuote', 'quote'] };

// ("invoice Fernhill £1.2k for the March photo shoot", "... for the newsletter email": the verb alone after a word, with
// no joiner before it and nothing after it, is a noun.)
const BARE = /^\s+(?:send|email|e-mail|mail|shoot)\s*[.!?]*\s*$/i;
const saysSend = (text: string) => {
  const m = SEND_IT.exec(text);
  return m !== null && !(BARE.test(m[0]) && /\p{L}$/u.test(text.slice(0, m.index)));
};

type Clause = { text: string };
type Call = PlannedCall & { clause: Clause };

/** The calls with the send added; `clauses` are the message's clauses in order (a split-off "and send it" is one). */
export function withSendAfter<C extends Call>(calls: C[], clauses: Clause[]): C[] {
  // A clause that is only "send it to them" is the send, whatever it was read as.
  const sendOnly = new Set(clauses.filter((c, k) => k > 0 && ONLY_SEND.test(c.text)));
  const out: C[] = [];
  for (const call of calls) {
    if (sendOnly.has(call.clause) && out.some((c) => FOLLOW[c.tool])) continue;
    out.push(call);
    const follow = FOLLOW[call.tool];
    if (!follow || typeof call.args.client !== 'string') continue;
    const next = clauses[clauses.indexOf(call.clause) + 1];
    if (!saysSend(call.clause.text) && !(next && sendOnly.has(next))) continue;
    if (calls.some((c) => c.tool === follow[0] && !sendOnly.has(c.clause))) continue;
    out.push({ ...call, tool: follow[0], args: { [follow[1]]: call.args.client } });
  }
  return out;
}

// "invoice for Pemberton Wealth is ready, ship it", "the Halcyon invoice is ready, send it": the invoice exists; it is sent.
const READY_SEND = /\b(invoice|quote|quotation|estimate)\b[^.;!?]*\b(?:is|'s|’s)\s+(?:now\s+)?(?:ready|done|final|finished|approved|good to go|signed off)\b[^.;!?]*\b(?:send|ship|email|fire|mail)\b/i;
const MAKES = { createInvoice: 'sendInvoice', createQuote: 'sendQuote' } as Record<string, string>;

/** A clause that says an invoice or quote is ready and to send it: the send, not a new one (none has an amount said). */
export function withReadySend<C extends { text: string; spans: Array<{ slot: string }>; ranking: Array<{ label: string; p: number }> }>(clause: C): C {
  const top = clause.ranking[0];
  const m = READY_SEND.exec(clause.text);
  const send = m && (/^invoice$/i.test(m[1]) ? 'sendInvoice' : 'sendQuote');
  if (!send || !top || (MAKES[top.label] === undefined && top.label !== send) || clause.spans.some((s) => s.slot === 'amount')) return clause;
  return { ...clause, ranking: [{ label: send, p: Math.max(top.p, 0.9) }, ...clause.ranking.filter((r) => r.label !== send && r !== top)] };
}
