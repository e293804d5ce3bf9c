import { z } from 'zod';
import { createInvoice } from '../src/domain/ledger/create-invoice';
import { clientRef, currency, date } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const CreateInvoiceInput = z.object({
  client: clientRef,
  amount: z.number().positive().describe('In currency units (1500, not "1.5k").'),
  currency: currency.optional(),
  dueDate: date.optional(),
  description: z.string().optional(),
  project: z.union([z.string(), z.number()]).optional().describe('The project name or id.'),
});
type Input = z.infer<typeof CreateInvoiceInput>;

export const createInvoiceTool: ToolDescriptor<Input> = {
  name: 'createInvoice',
  description: "Issues an invoice to a client. Currency defaults to the client's, then its group's, then the workspace's; it never changes once issued.",
  input: CreateInvoiceInput,
  risk: 'write',
  summarize: (input) => `Invoice ${input.client} ${input.amount}${input.currency ? ` ${input.currency}` : ''}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await createInvoice({ ctx, input });
    const due = r.invoice.dueOn ? `, due ${r.invoice.dueOn}` : '';
    const out = clientChange(`Issued invoice ${r.invoice.number} to ${clientLabel(r.client)} for ${r.invoice.amount} ${r.invoice.currency}${due}.`,
      r.client, r.activityId, `Void invoice ${r.invoice.number}`);
    return { ...out, data: { kind: 'invoice', invoice: r.invoice, client: r.client } };
  }),
};
