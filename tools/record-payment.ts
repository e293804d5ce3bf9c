import { z } from 'zod';
import { recordPayment } from '../src/domain/ledger/record-payment';
import { clientRef, date } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const RecordPaymentInput = z.object({
  invoice: z.union([z.string(), z.number()]).optional().describe('The invoice number (INV-0001) or id.'),
  client: clientRef.optional(),
  amount: z.number().positive().optional().describe('In currency units. Without it, the named invoice is paid in full ("mark INV-0007 as paid").'),
  date: date.optional(),
});
type Input = z.infer<typeof RecordPaymentInput>;

export const recordPaymentTool: ToolDescriptor<Input> = {
  name: 'recordPayment',
  description: "Records a payment against an invoice, or against a client's oldest outstanding invoice. Never more than is owed.",
  input: RecordPaymentInput,
  risk: 'write',
  summarize: (input) => (input.amount === undefined ? `Mark ${input.invoice ?? input.client} as paid in full`
    : `Record a payment of ${input.amount} from ${input.invoice ?? input.client}`),
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await recordPayment({ ctx, input });
    const left = r.invoice.outstanding ? `${r.invoice.outstanding} ${r.invoice.currency} still open` : 'now paid in full';
    const out = clientChange(`Recorded ${r.payment.amount} ${r.payment.currency} from ${clientLabel(r.client)} on ${r.payment.paidOn} against ${r.invoice.number}; ${left}.`,
      r.client, r.activityId, 'Undo the payment');
    return { ...out, data: { kind: 'payment', payment: r.payment, invoice: r.invoice, client: r.client } };
  }),
};
