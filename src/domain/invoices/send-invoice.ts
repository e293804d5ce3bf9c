// sendInvoice (confirmed by the person first): emails an invoice (React Email) to the client's billing address
// with the portal link to view and print it, and records when and to whom (invoices.sent_at / sent_to) with
// its activity row in the same transaction. Sending again is allowed and says when it was last sent.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { invoiceSubject } from '../../../emails/invoice';
import type { Ctx } from '../../context';
import { invoices, workspaces } from '../../db/schema';
import { renderTemplate } from '../../mail/render-email';
import { recordActivity } from '../activity/record-activity';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { toInvoiceView, type InvoiceView } from '../ledger/views';
import { addressLine, type BillingAddress } from './billing-address';
import { prepareInvoiceSend, sentWhen } from './prepare-invoice-send';

export const SendInvoiceInput = z.object({ invoice: Ref });

export type SendInvoiceResult = {
  invoice: InvoiceView & { sentAt: string; sentTo: string };
  client: { id: number; name: string; number: string };
  to: BillingAddress;
  /** The sending before this one, if any ("last sent 2026-12-01 14:05 UTC to ..."). */
  previous: { sentAt: string; sentTo: string | null } | null;
  viewUrl: string;
  messageId: string;
  activityId: number;
};

/** The portal page of one invoice; a contact who is signed out signs in first. */
export const invoicePortalUrl = (publicUrl: string, invoiceId: number) => `${publicUrl}/portal/invoices/${invoiceId}`;

export async function sendInvoice({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<SendInvoiceResult> {
  const data = parseInput(SendInvoiceInput, input);
  const { invoice, client, to, figures } = await prepareInvoiceSend(ctx.db, ctx, data.invoice);
  const [w] = await ctx.db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ctx.actor.workspaceId));
  const viewUrl = invoicePortalUrl(ctx.config.publicUrl, invoice.id);
  const props = {
    workspaceName: w?.name ?? '', clientName: client.name, recipientName: to.name, number: invoice.number, description: invoice.description,
    issuedOn: invoice.issuedOn, dueOn: invoice.dueOn, ...figures, currency: invoice.currency, viewUrl,
    paidInFull: invoice.amountPaidCents >= invoice.amountCents,
  };
  const { html, text } = await renderTemplate('invoice', props);
  // Sent before the row is marked; the key is this sending's (after the last one), so a retried request sends once
  // while a deliberate re-send, once the first is recorded, goes out again.
  const sent = await ctx.mailer.send({
    to: to.email, subject: invoiceSubject(props), html, text, links: [viewUrl],
    idempotencyKey: `invoice/${invoice.id}/after-${invoice.sentAt?.getTime() ?? 'none'}`, tags: { kind: 'invoice' },
  });
  const previous = invoice.sentAt ? { sentAt: invoice.sentAt.toISOString(), sentTo: invoice.sentTo } : null;
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const [row] = await tx.update(invoices).set({ sentAt: now, sentTo: to.email, updatedAt: now })
      .where(and(eq(invoices.id, invoice.id), eq(invoices.workspaceId, ctx.actor.workspaceId))).returning();
    const again = invoice.sentAt ? ` again (last sent ${sentWhen(invoice.sentAt)} to ${invoice.sentTo ?? 'an earlier address'})` : '';
    const activityId = await recordActivity(tx, ctx, {
      verb: 'invoice.sent', entityType: 'invoice', entityId: invoice.id, clientId: client.id,
      summary: `Emailed ${invoice.number} (${figures.amount}, balance ${figures.balance}) to ${addressLine(to)}, the ${to.source}${again}`,
      before: { sentAt: previous?.sentAt ?? null, sentTo: previous?.sentTo ?? null },
      after: { sentAt: now.toISOString(), sentTo: to.email, source: to.source, messageId: sent.id },
    });
    return {
      invoice: { ...toInvoiceView(row), sentAt: now.toISOString(), sentTo: to.email },
      client: { id: client.id, name: client.name, number: client.number }, to, previous, viewUrl, messageId: sent.id, activityId,
    };
  });
}
