// "send the Sunset Boulevard invoice", "resend the Alpenblick invoice": a quote or invoice named by its client. With
// the workspace's names the tagger marks the name a client rather than the invoice, and the classifier then reads no
// command at all; the clause's words (a word for sending, one for the invoice or quote, one client) settle it.
import type { Clause, Reading } from './command-reader';

const SEND = /^(?:send|resend|re-send|email|e-mail|mail|deliver|forward|issue)$/;
const KINDS: Record<string, { label: string; slot: string }> = {
  invoice: { label: 'sendInvoice', slot: 'invoice' }, invoices: { label: 'sendInvoice', slot: 'invoice' },
  quote: { label: 'sendQuote', slot: 'quote' }, quotes: { label: 'sendQuote', slot: 'quote' },
};
const READINGS = new Set(['none', 'sendInvoice', 'sendQuote', 'messageClient', 'draftOutreach', 'invitePortal']);

/** The clause read as sending the named client's invoice or quote, when its words say so and nothing else is named. */
export function withSendByClient(reading: Reading, clause: Clause): Clause {
  const words = reading.tokens.slice(clause.from, clause.to + 1).map((t) => t.text.toLowerCase());
  // ("Send the invoice of Padaria Central Lda, is only one open" read as showing the client: the command's first word sends.)
  if (!READINGS.has(clause.ranking[0]?.label) && !(clause.ranking[0]?.label === 'showClient' && SEND.test(words[0] ?? ''))) return clause;
  const kinds = words.map((w) => KINDS[w]).filter(Boolean);
  if (!words.some((w) => SEND.test(w)) || kinds.length !== 1 || clause.spans.some((s) => s.slot === 'invoice' || s.slot === 'quote' || s.slot === 'text' || s.slot === 'amount')) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (!clients.length || clause.spans.some((s) => s.slot !== 'client')) return clause;
  const { label, slot } = kinds[0];
  return { ...clause, spans: clients.map((s) => ({ ...s, slot })), ranking: [{ label, p: 1 }, ...clause.ranking.filter((r) => r.label !== label)] };
}
