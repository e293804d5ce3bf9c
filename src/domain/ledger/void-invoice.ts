// Voids an issued invoice that nothing is paid on ("void INV-0012", "cancel the Acme invoice"): it stops counting
// towards revenue and balance and leaves the portal, and its number stays taken so the numbering has no gaps. An
// invoice with a payment is refused (undo or refund the payment first); undoing the void issues it again.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isVoidable } from './voidable';
import type { Ctx } from '../../context';
import { invoices, payments } from '../../db/schema';
import { Conflict } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { buildClientView } from '../clients/get-client-view';
import { getClientOrThrow } from '../clients/resolve-client';
import type { ClientView } from '../clients/views';
import { resolveInvoiceRef } from '../invoices/resolve-invoice-ref';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { money } from './schemas';
import { toInvoiceView, type InvoiceView } from './views';

export const VoidInvoiceInput = z.object({
  invoice: Ref,
  /** Why, kept in the history ("sent to the wrong client"). */
  reason: z.string().trim().max(300, 'must be at most 300 characters').optional(),
});

export async function voidInvoice({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ invoice: InvoiceView; client: ClientView; activityId: number }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(VoidInvoiceInput, input);
  return ctx.db.transaction(async (tx) => {
    const invoice = await resolveInvoiceRef(tx, ctx, d.invoice);
    if (invoice.status === 'void') throw new Conflict(`${invoice.number} is already void.`, { invoice: invoice.number });
    const [paid] = await tx.select({ id: payments.id }).from(payments)
      .where(and(eq(payments.workspaceId, ctx.actor.workspaceId), eq(payments.invoiceId, invoice.id))).limit(1);
    if (paid || !isVoidable(invoice)) {
      throw new Conflict(`${invoice.number} has ${money(invoice.amountPaidCents, invoice.currency)} paid on it, so it cannot be voided; undo the payment first.`,
        { invoice: invoice.number });
    }
    const now = ctx.now();
    const [updated] = await tx.update(invoices).set({ status: 'void', updatedAt: now })
      .where(and(eq(invoices.id, invoice.id), eq(invoices.workspaceId, ctx.actor.workspaceId))).returning();
    const client = await getClientOrThrow(tx, ctx, invoice.clientId);
    const activityId = await recordActivity(tx, ctx, {
      verb: 'invoice.voided', entityType: 'invoice', entityId: invoice.id, clientId: client.id,
      summary: `Voided ${invoice.number} (${money(invoice.amountCents, invoice.currency)}) of ${client.name}${d.reason ? `: ${d.reason}` : ''}`,
      before: { status: invoice.status }, after: { status: 'void', ...(d.reason ? { reason: d.reason } : {}) },
    });
    return { invoice: toInvoiceView(updated), client: await buildClientView(tx, ctx, { ...client, lastActivityAt: now }), activityId };
  });
}

/** What a confirmation shows and pins: which invoice, whose, for how much, and its state. */
export async function describeInvoiceToVoid(ctx: Ctx, ref: string | number): Promise<{ invoiceNumber: string; clientName: string; amount: string; status: string }> {
  requireClientAccess(ctx.actor);
  const invoice = await resolveInvoiceRef(ctx.db, ctx, ref);
  const client = await getClientOrThrow(ctx.db, ctx, invoice.clientId);
  return { invoiceNumber: invoice.number, clientName: client.name, amount: money(invoice.amountCents, invoice.currency), status: invoice.status };
}
