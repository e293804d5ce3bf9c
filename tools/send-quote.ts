import { z } from 'zod';
import { formatMoney } from '../src/domain/ledger/money-totals';
import { quoteEnvelope } from '../src/domain/quotes/quote-envelope';
import { sendQuote } from '../src/domain/quotes/send-quote';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const SendQuoteToolInput = z.object({
  quote: z.union([z.string(), z.number()]).describe('The quote number (Q-0003, or 3), or the client when it has only one open quote.'),
});
// `number`, `title`, `amount` and `to` are filled in for the confirmation text from the pinned envelope.
type Input = z.infer<typeof SendQuoteToolInput> & { number?: string; title?: string; amount?: string; to?: string[] };

export const sendQuoteTool: ToolDescriptor<Input> = {
  name: 'sendQuote',
  description: "Emails a quote to the client's portal contacts (portal-enabled, with an email) with the portal link, and shows it in the portal, where they accept or decline it. Accepting starts a project named after the quote. Sending again reminds them.",
  input: SendQuoteToolInput,
  risk: 'sendsOutside',
  fingerprint: ({ ctx, input }) => quoteEnvelope(ctx, input.quote),
  summarize: (input) => (input.number
    ? `Email the quote ${input.number} "${input.title}" (${input.amount}) to ${input.to?.join(', ') ?? "the client's portal contacts"}`
    : `Email the quote ${input.quote} to the client's portal contacts`),
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await sendQuote({ ctx, input: { quote: input.quote } });
    const q = r.quote;
    const to = r.sentTo.map((t) => (t.name ? `${t.name} (${t.email})` : t.email)).join(', ');
    return {
      ok: true,
      text: `${r.again ? 'Sent again' : 'Sent'} quote ${q.number} "${q.title}" (${formatMoney(q.amount, q.currency)}) to ${to}; it waits in the ${r.client.name} portal for Accept or Decline until ${q.validUntil}.`,
      // `again`: a reminder, for a page's own notice ("Sent again Q-0003 to …").
      data: { kind: 'quote', quote: q, client: r.client, again: r.again },
      undo: { activityId: r.activityId, label: `Take ${q.number} out of the portal` },
    };
  }),
};
