// What sending an invoice would send now: the invoice (a void or draft one cannot be sent), its client, the
// billing address and the figures. sendInvoice sends exactly this; a confirmation pins it (invoiceEnvelope),
// so a new address or a payment between the question and the click sends nothing.
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { Conflict, NotFound } from '../../errors';
import { requireClientAccess } from '../access';
import { getClientOrThrow, type ClientRow } from '../clients/resolve-client';
import { money } from '../ledger/schemas';
import { requirePortalOpen } from '../portal/portal-closed';
import { addressLine, pickBillingAddress, type BillingAddress } from './billing-address';
import { resolveInvoiceRef, type InvoiceRow } from './resolve-invoice-ref';

export type InvoiceSend = {
  invoice: InvoiceRow; client: ClientRow; to: BillingAddress;
  figures: { amount: string; paid: string; balance: string };
};

/** "2026-12-01 14:05 UTC": when an invoice was last sent, as every surface says it. */
export const sentWhen = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** `clientId`: the invoice must be this client's (a page of one client); another's is NotFound, like a missing one. */
export async function prepareInvoiceSend(db: DbOrTx, ctx: Ctx, ref: string | number, opts: { clientId?: number } = {}): Promise<InvoiceSend> {
  requireClientAccess(ctx.actor);
  await requirePortalOpen(db, ctx.actor.workspaceId, 'email invoices');
  const invoice = await resolveInvoiceRef(db, ctx, ref);
  if (opts.clientId !== undefined && invoice.clientId !== opts.clientId) throw new NotFound('invoice', String(ref));
  if (invoice.status === 'void') throw new Conflict(`${invoice.number} is void; a void invoice cannot be sent.`, { invoice: invoice.number });
  if (invoice.status === 'draft') {
    throw new Conflict(`${invoice.number} is a draft; it cannot be sent until it is issued.`, { invoice: invoice.number });
  }
  const client = await getClientOrThrow(db, ctx, invoice.clientId);
  const to = await pickBillingAddress(db, ctx, client);
  const figures = {
    amount: money(invoice.amountCents, invoice.currency),
    paid: money(invoice.amountPaidCents, invoice.currency),
    balance: money(Math.max(0, invoice.amountCents - invoice.amountPaidCents), invoice.currency),
  };
  return { invoice, client, to, figures };
}

/** The pinned facts of a confirmation: who gets which invoice with which figures, and when it last went. */
export async function invoiceEnvelope(ctx: Ctx, ref: string | number) {
  const s = await prepareInvoiceSend(ctx.db, ctx, ref);
  return {
    invoiceNumber: s.invoice.number, clientName: s.client.name, to: addressLine(s.to), amount: s.figures.amount, balance: s.figures.balance,
    lastSent: s.invoice.sentAt ? `${sentWhen(s.invoice.sentAt)} to ${s.invoice.sentTo ?? 'an earlier address'}` : null,
  };
}
