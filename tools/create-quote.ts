import { z } from 'zod';
import { createQuote, DEFAULT_VALID_DAYS } from '../src/domain/quotes/create-quote';
import { formatMoney } from '../src/domain/ledger/money-totals';
import { clientRef, currency, date } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const CreateQuoteToolInput = z.object({
  client: clientRef,
  title: z.string().describe('What the quote is for; an accepted quote starts a project of this name, e.g. "Website redesign".'),
  amount: z.number().positive().describe('In currency units (5000, not "5k").'),
  currency: currency.optional(),
  validUntil: date.optional().describe(`The last day the client can accept it, YYYY-MM-DD; default: ${DEFAULT_VALID_DAYS} days from today.`),
});
type Input = z.infer<typeof CreateQuoteToolInput>;

export const createQuoteTool: ToolDescriptor<Input> = {
  name: 'createQuote',
  description: "Drafts a quote for a client (numbered Q-0001, ...). Currency defaults to the client's, then its group's, then the workspace's. A draft stays with the team until sendQuote.",
  input: CreateQuoteToolInput,
  risk: 'write',
  summarize: (input) => `Draft a quote "${input.title}" for ${input.client}: ${input.amount}${input.currency ? ` ${input.currency}` : ''}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await createQuote({ ctx, input });
    const q = r.quote;
    return {
      ok: true,
      text: `Drafted quote ${q.number} "${q.title}" for ${r.client.name}: ${formatMoney(q.amount, q.currency)}, valid until ${q.validUntil}. Send it with "send quote ${q.number}".`,
      data: { kind: 'quote', quote: q, client: r.client },
      undo: { activityId: r.activityId, label: `Delete the draft ${q.number}` },
    };
  }),
};
