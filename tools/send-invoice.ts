import { z } from 'zod';
import { invoiceEnvelope } from '../src/domain/invoices/prepare-invoice-send';
import { sendInvoice } from '../src/domain/invoices/send-invoice';
import { addressLine } from '../src/domain/invoices/billing-address';
import { formatMoney } from '../src/domain/ledger/money-totals';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const SendInvoiceToolInput = z.object({
  invoice: z.union([z.string(), z.number()])
    .describe("The invoice number (INV-0012), or the client's name when that client has exactly one open invoice."),
});
// The confirmation text names the pinned envelope: the invoice, its recipient and figures, and the last sending.
/** The result's data: the invoice, and whom it went to and when before, for a page's own notice. */
export type SentInvoiceData = {
  kind: 'record'; entity: 'invoice'; id: number; label: string;
  to: { line: string; source: string }; previous: { sentAt: string; sentTo: string | null } | null;
};
type Input = z.infer<typeof SendInvoiceToolInput> & {
  invoiceNumber?: string; clientName?: string; to?: string; amount?: string; balance?: string; lastSent?: string | null;
};

export const sendInvoiceTool: ToolDescriptor<Input> = {
  name: 'sendInvoice',
  description: "Emails an invoice, with its portal link to view and print it, to the client's billing address: the billing default contact, "
    + "else the client's email, else the primary contact. Void and draft invoices cannot be sent. Needs confirmation.",
  input: SendInvoiceToolInput,
  risk: 'sendsOutside',
  fingerprint: ({ ctx, input }) => invoiceEnvelope(ctx, input.invoice),
  summarize: (input) => (input.to
    ? `Email invoice ${input.invoiceNumber} of ${input.clientName} (${input.amount}, balance ${input.balance}) to ${input.to}`
      + (input.lastSent ? `; it was last sent ${input.lastSent}` : '')
    : `Email invoice ${input.invoice} to the client's billing address`),
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await sendInvoice({ ctx, input: { invoice: input.invoice } });
    const again = r.previous
      ? ` It was sent before on ${r.previous.sentAt.slice(0, 16).replace('T', ' ')} UTC${r.previous.sentTo ? ` to ${r.previous.sentTo}` : ''}.`
      : '';
    const data: SentInvoiceData = {
      kind: 'record', entity: 'invoice', id: r.invoice.id, label: r.invoice.number, to: { line: addressLine(r.to), source: r.to.source }, previous: r.previous,
    };
    return {
      ok: true,
      text: `Emailed invoice ${r.invoice.number} of ${r.client.name} (${r.invoice.outstanding ? `${formatMoney(r.invoice.outstanding, r.invoice.currency)} due` : 'paid in full'}) `
        + `to ${addressLine(r.to)}, the ${r.to.source}, with the link to view and print it in the portal.${again}`,
      data,
    };
  }),
};
