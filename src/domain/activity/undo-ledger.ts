// Undo of the ledger's changes. An issued invoice is voided, not deleted (its number stays taken, so the
// numbering has no gaps), and only while nothing is paid on it; a voided one is issued again as it was. A payment
// is removed and the invoice's paid amount and status follow. A project goes only while no live invoice names it.
import { and, eq, ne } from 'drizzle-orm';
import { invoices, payments, projects } from '../../db/schema';
import { Conflict } from '../../errors';
import type { UndoHandler } from './undo-handlers';

export const undoProjectCreated: UndoHandler = async (j, act) => {
  const { tx } = j;
  const scope = and(eq(projects.workspaceId, act.workspaceId), eq(projects.id, act.entityId!));
  const [project] = await tx.select().from(projects).where(scope).limit(1);
  if (!project) throw new Conflict('That project no longer exists.');
  const [billed] = await tx.select({ number: invoices.number }).from(invoices)
    .where(and(eq(invoices.workspaceId, act.workspaceId), eq(invoices.projectId, project.id), ne(invoices.status, 'void'))).limit(1);
  if (billed) throw new Conflict(`${billed.number} was issued for the project ${project.name}, so it cannot be removed; undo or void the invoice first.`);
  await j.delete(projects, scope!);
};

export const undoInvoiceIssued: UndoHandler = async (j, act, now) => {
  const { tx } = j;
  const scope = and(eq(invoices.workspaceId, act.workspaceId), eq(invoices.id, act.entityId!));
  const [invoice] = await tx.select().from(invoices).where(scope).limit(1);
  if (!invoice) throw new Conflict('That invoice no longer exists.');
  if (invoice.status === 'void') throw new Conflict(`${invoice.number} is already void.`);
  const [paid] = await tx.select({ id: payments.id }).from(payments)
    .where(and(eq(payments.workspaceId, act.workspaceId), eq(payments.invoiceId, invoice.id))).limit(1);
  if (paid || invoice.amountPaidCents > 0) {
    throw new Conflict(`${invoice.number} already has a payment, so issuing it can no longer be undone; undo the payment first.`);
  }
  await j.update(invoices, scope!, { status: 'void', updatedAt: now });
};

export const undoPaymentRecorded: UndoHandler = async (j, act, now) => {
  const { tx } = j;
  const [payment] = await tx.select().from(payments)
    .where(and(eq(payments.workspaceId, act.workspaceId), eq(payments.id, act.entityId!))).limit(1);
  if (!payment) throw new Conflict('That payment no longer exists.');
  const scope = and(eq(invoices.workspaceId, act.workspaceId), eq(invoices.id, payment.invoiceId));
  const [invoice] = await tx.select().from(invoices).where(scope).limit(1);
  await j.delete(payments, eq(payments.id, payment.id));
  if (!invoice) return;
  // Subtract rather than restore the old total: a later payment on the same invoice stays counted.
  const paidCents = Math.max(0, invoice.amountPaidCents - payment.amountCents);
  const status = invoice.status === 'paid' && paidCents < invoice.amountCents ? 'issued' : invoice.status;
  await j.update(invoices, scope!, { amountPaidCents: paidCents, status, updatedAt: now });
};

export const undoInvoiceVoided: UndoHandler = async (j, act, now) => {
  const scope = and(eq(invoices.workspaceId, act.workspaceId), eq(invoices.id, act.entityId!));
  const [invoice] = await j.tx.select().from(invoices).where(scope).limit(1);
  if (!invoice) throw new Conflict('That invoice no longer exists.');
  if (invoice.status !== 'void') throw new Conflict(`${invoice.number} is no longer void.`);
  const before = (act.before ?? {}) as { status?: 'draft' | 'issued' | 'paid' };
  await j.update(invoices, scope!, { status: before.status ?? 'issued', updatedAt: now });
};
