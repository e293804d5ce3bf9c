import { z } from 'zod';
import { formatMoney } from '../src/domain/ledger/money-totals';
import { describeInvoiceToVoid, voidInvoice } from '../src/domain/ledger/void-invoice';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const VoidInvoiceToolInput = z.object({
  invoice: z.union([z.string(), z.number()])
    .describe("The invoice number (INV-0012), or the client's name when that client has exactly one open invoice."),
  reason: z.string().optional().describe('Why, kept in the history ("sent to the wrong client").'),
});
type Input = z.infer<typeof VoidInvoiceToolInput> & { invoiceNumber?: string; clientName?: string; amount?: string };

export const voidInvoiceTool: ToolDescriptor<Input> = {
  name: 'voidInvoice',
  description: 'Voids an issued invoice that nothing is paid on: it no longer counts as owed or as revenue and leaves the portal; '
    + 'its number stays taken. Refused when a payment is recorded on it. Needs confirmation; it can be undone.',
  input: VoidInvoiceToolInput,
  risk: 'destroys',
  // The confirmation names the invoice it resolved to; another one by the click (a new open invoice) runs nothing.
  fingerprint: ({ ctx, input }) => describeInvoiceToVoid(ctx, input.invoice),
  changedText: 'The invoice changed after it was confirmed (another invoice now matches, or it was paid or voided); nothing was voided. Ask again.',
  summarize: (input) => `Void invoice ${input.invoiceNumber ?? input.invoice}${input.clientName ? ` of ${input.clientName} (${input.amount})` : ''}`
    + `${input.reason ? `: ${input.reason}` : ''}; it will no longer be owed`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await voidInvoice({ ctx, input: { invoice: input.invoice, reason: input.reason } });
    return clientChange(`Voided ${r.invoice.number} of ${clientLabel(r.client)} (${formatMoney(r.invoice.amount, r.invoice.currency)}); it is no longer owed.`,
      r.client, r.activityId, `Undo voiding ${r.invoice.number}`);
  }),
};
