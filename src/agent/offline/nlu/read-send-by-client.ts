// "send the Sunset Boulevard invoice", "resend the Alpenblick invoice": a quote or invoice named by its client. With
// the workspace's names the tagger marks the name a client rather than the invoice, and the classifier then reads no
// command at all; the clause's words (a word for sending, one for the invoice or quote, one client) settle it. So
// does a reminder of it ("send Acme a reminder about the overdue invoice", "remind Acme about the invoice"): the
// invoice is sent again, after the person confirms it like any send.
import type { Clause, Reading } from './command-reader';
import { unsaid } from './rule-out-intents';

const SEND = /^(?:send|resend|re-send|email|e-mail|mail|deliver|forward|issue|remind)$/;
const KINDS: Record<string, { label: string; slot: string }> = {
  invoice: { label: 'sendInvoice', slot: 'invoice' }, invoices: { label: 'sendInvoice', slot: 'invoice' },
  quote: { label: 'sendQuote', slot: 'quote' }, quotes: { label: 'sendQuote', slot: 'quote' },
};
const READINGS = new Set(['none', 'sendInvoice', 'sendQuote', 'messageClient', 'draftOutreach', 'invitePortal']);

/** The clause read as sending the named client's invoice or quote, when its words say so and nothing else is named. */
export function withSendByClient(reading: Reading, clause: Clause): Clause {
  const words = reading.tokens.slice(clause.from, clause.to + 1).map((t) => t.text.toLowerCase());
  // ("Send the invoice of Padaria Central Lda, is only one open" read as showing the client: the command's first word sends.)
  // (A reading the words rule out, "send Acme a reminder" read as a web lookup, leaves the words to settle it.)
  const top = clause.ranking[0]?.label;
  if (!READINGS.has(top) && !(top === 'showClient' && SEND.test(words[0] ?? '')) && !unsaid(top, clause)) return clause;
  // ("remind me to chase Acme's invoice" is the person's own reminder: nothing is sent.)
  if (words.some((w, k) => w === 'remind' && /^(?:me|us|myself)$/.test(words[k + 1] ?? ''))) return clause;
  const kinds = words.map((w) => KINDS[w]).filter(Boolean);
  if (!words.some((w) => SEND.test(w)) || kinds.length !== 1 || clause.spans.some((s) => s.slot === 'invoice' || s.slot === 'quote' || s.slot === 'text' || s.slot === 'amount')) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (!clients.length || clause.spans.some((s) => s.slot !== 'client')) return clause;
  const { label, slot } = kinds[0];
  return { ...clause, spans: clients.map((s) => ({ ...s, slot })), ranking: [{ label, p: 1 }, ...clause.ranking.filter((r) => r.label !== label)] };
}
