import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { invoices, payments, projects } from '../../../src/db/schema';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { createProject } from '../../../src/domain/ledger/create-project';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { rejection, useLedgerFixture } from '../ledger/fixture';

const f = useLedgerFixture();
const undo = (activityId: number, role: 'manager' | 'member' = 'manager', ws: 'a' | 'b' = 'a') =>
  undoActivity({ ctx: f.ctx(role, ws), input: { activityId } });

describe('undo of ledger changes', () => {
  it('a new project is removed again, unless a live invoice was issued for it', async () => {
    const c = await f.client('Project Undo Ltd');
    const p = await createProject({ ctx: f.ctx(), input: { client: 'Project Undo', name: 'Relaunch' } });
    expect((await listActivity({ ctx: f.ctx(), input: { client: 'Project Undo' } })).activities[0])
      .toMatchObject({ verb: 'project.created', canUndo: true });
    const r = await undo(p.activityId);
    expect(r.summary).toBe('Undid: Created the project Relaunch for Project Undo Ltd');
    expect((await getClientView(f.t.db, f.ctx(), c.id)).projects).toEqual([]);

    const billed = await createProject({ ctx: f.ctx(), input: { client: 'Project Undo', name: 'Billed work' } });
    const inv = await createInvoice({ ctx: f.ctx(), input: { client: 'Project Undo', amount: 100, project: 'Billed work' } });
    const err = await rejection(undo(billed.activityId));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain(`${inv.invoice.number} was issued for the project Billed work`);
    expect((await getClientView(f.t.db, f.ctx(), c.id)).projects.map((x) => x.name)).toEqual(['Billed work']);
    // Once the invoice is undone (voided), the project can go.
    await undo(inv.activityId);
    await undo(billed.activityId);
    expect(await f.t.db.select().from(projects).where(eq(projects.clientId, c.id))).toEqual([]);
  });

  it('an issued invoice is voided: out of revenue and balance, its number stays taken', async () => {
    const c = await f.client('Invoice Undo GmbH');
    const first = await createInvoice({ ctx: f.ctx(), input: { client: 'Invoice Undo', amount: 250 } });
    expect((await getClientView(f.t.db, f.ctx(), c.id)).totals).toMatchObject([{ revenue: 250, outstanding: 250 }]);
    const before = await f.counts();
    await undo(first.activityId);
    const view = await getClientView(f.t.db, f.ctx(), c.id);
    expect(view).toMatchObject({ totals: [], invoiceCount: 1 });
    expect(view.invoices).toEqual([expect.objectContaining({ number: first.invoice.number, status: 'void' })]);
    expect((await f.counts()).invoices).toBe(before.invoices);
    const next = await createInvoice({ ctx: f.ctx(), input: { client: 'Invoice Undo', amount: 80 } });
    expect(next.invoice.number).not.toBe(first.invoice.number);
    // A void invoice takes no payment, and undoing twice is refused.
    await expect(recordPayment({ ctx: f.ctx(), input: { invoice: first.invoice.number, amount: 1 } })).rejects.toMatchObject({ code: 'conflict' });
    await expect(undo(first.activityId)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('an invoice with a payment cannot be voided by undo until the payment is undone', async () => {
    const c = await f.client('Paid Undo Inc');
    const inv = await createInvoice({ ctx: f.ctx(), input: { client: 'Paid Undo', amount: 300 } });
    const pay = await recordPayment({ ctx: f.ctx(), input: { invoice: inv.invoice.number, amount: 100 } });
    const err = await rejection(undo(inv.activityId));
    expect(err).toMatchObject({ code: 'conflict' });
    expect(err.message).toBe(`${inv.invoice.number} already has a payment, so issuing it can no longer be undone; undo the payment first.`);
    const [still] = await f.t.db.select().from(invoices).where(eq(invoices.id, inv.invoice.id));
    expect(still).toMatchObject({ status: 'issued', amountPaidCents: 10000 });
    await undo(pay.activityId);
    await undo(inv.activityId);
    expect((await getClientView(f.t.db, f.ctx(), c.id)).invoices[0]).toMatchObject({ status: 'void', amountPaid: 0 });
  });

  it("a payment is removed and the invoice's paid amount and status are restored", async () => {
    const c = await f.client('Payment Undo SA');
    const inv = await createInvoice({ ctx: f.ctx(), input: { client: 'Payment Undo', amount: 500 } });
    const part = await recordPayment({ ctx: f.ctx(), input: { invoice: inv.invoice.number, amount: 200 } });
    const rest = await recordPayment({ ctx: f.ctx(), input: { client: 'Payment Undo', amount: 300 } });
    expect(rest.invoice).toMatchObject({ status: 'paid', amountPaid: 500 });
    // Undo the first (partial) payment: the later one stays counted, and the invoice is open again.
    await undo(part.activityId);
    const [row] = await f.t.db.select().from(invoices).where(eq(invoices.id, inv.invoice.id));
    expect(row).toMatchObject({ status: 'issued', amountPaidCents: 30000 });
    expect(await f.t.db.select({ id: payments.id }).from(payments).where(eq(payments.invoiceId, inv.invoice.id))).toEqual([{ id: rest.payment.id }]);
    expect((await getClientView(f.t.db, f.ctx(), c.id)).totals).toMatchObject([{ outstanding: 200 }]);
    await undo(rest.activityId);
    expect((await getClientView(f.t.db, f.ctx(), c.id)).invoices[0]).toMatchObject({ status: 'issued', amountPaid: 0 });
    await expect(undo(rest.activityId)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('members and other workspaces cannot undo ledger changes; nothing changes', async () => {
    await f.client('Guarded Ledger Co');
    const inv = await createInvoice({ ctx: f.ctx(), input: { client: 'Guarded Ledger', amount: 40 } });
    const pay = await recordPayment({ ctx: f.ctx(), input: { invoice: inv.invoice.number, amount: 40 } });
    const before = await f.counts();
    await expect(undo(pay.activityId, 'member')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(undo(pay.activityId, 'manager', 'b')).rejects.toMatchObject({ code: 'not_found' });
    expect(await f.counts()).toEqual(before);
    const [row] = await f.t.db.select().from(invoices).where(eq(invoices.id, inv.invoice.id));
    expect(row.status).toBe('paid');
  });
});
