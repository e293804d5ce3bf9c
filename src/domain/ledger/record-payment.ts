// Records a payment against an invoice (by number or id), or against a client's oldest outstanding invoice.
// A payment never exceeds what is outstanding; an invoice paid in full becomes "paid". Without an amount, a named
// invoice is paid in full.
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { invoices, payments } from '../../db/schema';
import { Conflict, InvalidInput, NotFound } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { buildClientView } from '../clients/get-client-view';
import { getClientOrThrow, resolveClient } from '../clients/resolve-client';
import type { ClientView } from '../clients/views';
import { parseInput } from '../normalize/parse-input';
import { isoDay, money, RecordPaymentInput, toCents } from './schemas';
import { toInvoiceView, toPaymentView, type InvoiceView, type PaymentView } from './views';
import { resolvePrinted } from '../normalize/printed-ref';

export type RecordPaymentResult = { payment: PaymentView; invoice: InvoiceView; client: ClientView; activityId: number };
type InvoiceRow = typeof invoices.$inferSelect;

/** "INV-0007", "inv 7", "0007", "7" or an id, within the actor's workspace; as printed too ("`INV-0007`."). */
export const resolveInvoice = (db: DbOrTx, ctx: Ctx, ref: string | number): Promise<InvoiceRow> => resolvePrinted(ref, (r) => invoiceByNumber(db, ctx, r));

async function invoiceByNumber(db: DbOrTx, ctx: Ctx, ref: string | number): Promise<InvoiceRow> {
  const text = String(ref).trim();
  const ws = eq(invoices.workspaceId, ctx.actor.workspaceId);
  const digits = text.match(/^(?:inv(?:oice)?[\s#-]*)?#?0*(\d+)$/i)?.[1];
  const number = digits ? `INV-${digits.padStart(4, '0')}` : text.toUpperCase();
  const [byNumber] = await db.select().from(invoices).where(and(ws, sql`upper(${invoices.number}) = ${number}`)).limit(1);
  if (byNumber) return byNumber;
  if (typeof ref === 'number') {
    const [byId] = await db.select().from(invoices).where(and(ws, eq(invoices.id, ref))).limit(1);
    if (byId) return byId;
  }
  throw new NotFound('invoice', text);
}

async function oldestOutstanding(db: DbOrTx, ctx: Ctx, clientId: number): Promise<InvoiceRow | undefined> {
  const [row] = await db.select().from(invoices).where(and(
    eq(invoices.workspaceId, ctx.actor.workspaceId), eq(invoices.clientId, clientId), eq(invoices.status, 'issued'),
    lt(invoices.amountPaidCents, invoices.amountCents),
  )).orderBy(asc(invoices.issuedOn), asc(invoices.id)).limit(1);
  return row;
}

export async function recordPayment({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<RecordPaymentResult> {
  requireClientAccess(ctx.actor);
  const data = parseInput(RecordPaymentInput, input);
  if (data.invoice === undefined && data.client === undefined) {
    throw new InvalidInput([{ field: 'invoice', message: 'Say which invoice (its number) or which client paid.' }]);
  }
  // "Mark INV-0007 as paid": the rest of a named invoice; a client's payment is never guessed at.
  if (data.amount === undefined && data.invoice === undefined) {
    throw new InvalidInput([{ field: 'amount', message: 'Say how much was paid, or name the invoice to mark it paid in full.' }]);
  }
  const paidOn = data.date ?? isoDay(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const client = data.client !== undefined ? await resolveClient(tx, ctx, data.client) : null;
    let invoice: InvoiceRow;
    if (data.invoice !== undefined) {
      invoice = await resolveInvoice(tx, ctx, data.invoice);
      if (client && invoice.clientId !== client.id) {
        throw new InvalidInput([{ field: 'invoice', message: `${invoice.number} is not an invoice of ${client.name}` }]);
      }
    } else {
      const found = await oldestOutstanding(tx, ctx, client!.id);
      if (!found) throw new Conflict(`${client!.name} has no outstanding invoices to pay.`, { clientId: client!.id });
      invoice = found;
    }
    const outstanding = invoice.amountCents - invoice.amountPaidCents;
    if (invoice.status === 'void') throw new Conflict(`${invoice.number} is void; it cannot be paid.`);
    if (outstanding <= 0) throw new Conflict(`${invoice.number} is already paid in full.`, { invoice: invoice.number });
    const cents = data.amount === undefined ? outstanding : toCents(data.amount);
    if (cents > outstanding) {
      throw new Conflict(
        `A payment of ${money(cents, invoice.currency)} is more than the ${money(outstanding, invoice.currency)} outstanding on ${invoice.number}; record at most ${money(outstanding, invoice.currency)}.`,
        { invoice: invoice.number, outstanding: outstanding / 100, currency: invoice.currency },
      );
    }
    const now = ctx.now();
    const [pay] = await tx.insert(payments).values({
      workspaceId: ctx.actor.workspaceId, clientId: invoice.clientId, invoiceId: invoice.id, amountCents: cents, paidOn, createdAt: now,
    }).returning();
    const paidCents = invoice.amountPaidCents + cents;
    const status = paidCents >= invoice.amountCents ? 'paid' : invoice.status;
    const [updated] = await tx.update(invoices).set({ amountPaidCents: paidCents, status, updatedAt: now })
      .where(and(eq(invoices.id, invoice.id), eq(invoices.workspaceId, ctx.actor.workspaceId))).returning();
    const owner = client ?? await getClientOrThrow(tx, ctx, invoice.clientId);
    const activityId = await recordActivity(tx, ctx, {
      verb: 'payment.recorded', entityType: 'payment', entityId: pay.id, clientId: owner.id,
      summary: `Recorded ${money(cents, invoice.currency)} from ${owner.name} on ${invoice.number}${status === 'paid' ? ' (now paid in full)' : ''}`,
      before: { invoiceId: invoice.id, amountPaid: invoice.amountPaidCents / 100, status: invoice.status },
      after: { invoiceId: invoice.id, paymentId: pay.id, amountPaid: paidCents / 100, status },
    });
    return {
      payment: toPaymentView(pay, invoice.currency), invoice: toInvoiceView(updated),
      client: await buildClientView(tx, ctx, { ...owner, lastActivityAt: now }), activityId,
    };
  });
}
