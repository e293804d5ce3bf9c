import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, clients, invoices } from '../../../src/db/schema';
import { updateClient } from '../../../src/domain/clients/update-client';
import { createProject } from '../../../src/domain/ledger/create-project';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { createGroup } from '../../../src/domain/settings/create-group';
import { useLedgerFixture } from './fixture';

const f = useLedgerFixture();

describe('createProject', () => {
  it('starts an active project for the client, with its activity row, and the card lists it', async () => {
    const acme = await f.client('Acme Corp');
    const r = await createProject({ ctx: f.ctx(), input: { client: 'acme', name: 'Website relaunch' } });
    expect(r.project).toMatchObject({ clientId: acme.id, name: 'Website relaunch', status: 'active' });
    expect(r.client.projects.map((p) => p.name)).toEqual(['Website relaunch']);
    const [act] = await f.t.db.select().from(activities).where(eq(activities.id, r.activityId));
    expect(act).toMatchObject({ verb: 'project.created', entityType: 'project', entityId: r.project.id, clientId: acme.id, channel: 'web' });
    const planned = await createProject({ ctx: f.ctx('owner'), input: { client: 'Acme Corp', name: 'Brand book', status: 'on hold' } });
    expect(planned.project.status).toBe('on_hold');
  });
});

describe('createInvoice', () => {
  it('numbers invoices per workspace, stores cents, defaults currency and due date from the settings', async () => {
    await f.client('Numbered Ltd');
    const first = await createInvoice({ ctx: f.ctx(), input: { client: 'Numbered', amount: 1500.5, description: 'Discovery' } });
    expect(first.invoice).toMatchObject({
      number: 'INV-0001', amount: 1500.5, amountPaid: 0, outstanding: 1500.5, currency: 'EUR', status: 'issued',
      issuedOn: '2026-11-22', dueOn: '2026-12-22', description: 'Discovery',
    });
    const [row] = await f.t.db.select().from(invoices).where(eq(invoices.id, first.invoice.id));
    expect(row.amountCents).toBe(150050);
    const second = await createInvoice({ ctx: f.ctx(), input: { client: 'Numbered', amount: '2,000', dueDate: '2027-01-31' } });
    expect(second.invoice).toMatchObject({ number: 'INV-0002', amount: 2000, dueOn: '2027-01-31' });
    await f.client('Other Side Inc', 'b');
    const otherWs = await createInvoice({ ctx: f.ctx('manager', 'b'), input: { client: 'Other Side', amount: 10 } });
    expect(otherWs.invoice).toMatchObject({ number: 'INV-0001', currency: 'USD' });
    expect(second.client.invoices.map((i) => i.number)).toEqual(['INV-0002', 'INV-0001']);
    expect(second.client.totals).toEqual([{ currency: 'EUR', revenue: 3500.5, paid: 0, outstanding: 3500.5 }]);
    const [act] = await f.t.db.select().from(activities).where(eq(activities.id, second.activityId));
    expect(act).toMatchObject({ verb: 'invoice.issued', entityType: 'invoice', entityId: second.invoice.id });
  });

  it('takes the currency from the client, then its group, then the workspace, and the payment terms likewise', async () => {
    await createGroup({ ctx: f.ctx(), input: { name: 'Swiss', currency: 'CHF', paymentTerms: 14 } });
    await f.client('Zurich AG', 'a', { group: 'Swiss' });
    await f.client('London Ltd', 'a', { currency: 'GBP', group: 'Swiss' });
    const g = await createInvoice({ ctx: f.ctx(), input: { client: 'Zurich', amount: 100 } });
    expect(g.invoice).toMatchObject({ currency: 'CHF', dueOn: '2026-12-06' });
    const o = await createInvoice({ ctx: f.ctx(), input: { client: 'London', amount: 100 } });
    expect(o.invoice.currency).toBe('GBP');
    const given = await createInvoice({ ctx: f.ctx(), input: { client: 'London', amount: 100, currency: 'usd' } });
    expect(given.invoice.currency).toBe('USD');
  });

  it("fixes the currency when issued: changing the client's currency later never changes the invoice", async () => {
    const c = await f.client('Fixed Currency GmbH', 'a', { currency: 'CHF' });
    const issued = await createInvoice({ ctx: f.ctx(), input: { client: c.name, amount: 800 } });
    expect(issued.invoice.currency).toBe('CHF');
    const after = await updateClient({ ctx: f.ctx(), input: { client: c.name, currency: 'JPY' } });
    expect(after.client.currency).toBe('JPY');
    // Even a plain write to the clients row (no verb) leaves the invoice alone.
    await f.t.db.update(clients).set({ currency: 'SEK' }).where(eq(clients.id, c.id));
    const [row] = await f.t.db.select().from(invoices).where(eq(invoices.id, issued.invoice.id));
    expect(row.currency).toBe('CHF');
    const pay = await recordPayment({ ctx: f.ctx(), input: { invoice: issued.invoice.number, amount: 800 } });
    expect(pay.payment.currency).toBe('CHF');
    expect(pay.client.invoices.find((i) => i.number === issued.invoice.number)?.currency).toBe('CHF');
  });

  it('links a project named within the client', async () => {
    const c = await f.client('Projected Co');
    await createProject({ ctx: f.ctx(), input: { client: c.name, name: 'Mobile App' } });
    const r = await createInvoice({ ctx: f.ctx(), input: { client: c.name, amount: 300, project: 'mobile' } });
    expect(r.invoice.projectId).toBe(r.client.projects[0].id);
  });
});

describe('recordPayment', () => {
  it('pays an invoice by number in parts; fully paid makes it paid; the balance follows', async () => {
    const c = await f.client('Payer Partners');
    const inv = (await createInvoice({ ctx: f.ctx(), input: { client: c.name, amount: 1000 } })).invoice;
    const part = await recordPayment({ ctx: f.ctx(), input: { invoice: inv.number.toLowerCase(), amount: 400, date: '2026-11-20' } });
    expect(part.invoice).toMatchObject({ number: inv.number, amountPaid: 400, outstanding: 600, status: 'issued' });
    expect(part.payment).toMatchObject({ amount: 400, paidOn: '2026-11-20', currency: 'EUR' });
    expect(part.client.totals).toEqual([{ currency: 'EUR', revenue: 1000, paid: 400, outstanding: 600 }]);
    const rest = await recordPayment({ ctx: f.ctx(), input: { invoice: inv.number.replace('INV-', ''), amount: '600' } });
    expect(rest.invoice).toMatchObject({ amountPaid: 1000, outstanding: 0, status: 'paid' });
    expect(rest.payment.paidOn).toBe('2026-11-22');
    expect(rest.client.totals).toEqual([{ currency: 'EUR', revenue: 1000, paid: 1000, outstanding: 0 }]);
    const [act] = await f.t.db.select().from(activities).where(eq(activities.id, rest.activityId));
    expect(act).toMatchObject({ verb: 'payment.recorded', entityType: 'payment', clientId: c.id });
    expect(act.after).toMatchObject({ status: 'paid', amountPaid: 1000 });
  });

  it("with only the client, pays the client's oldest outstanding invoice", async () => {
    const c = await f.client('Oldest First Ltd');
    const ctx = f.ctx();
    ctx.clock.now = new Date('2026-10-01T09:00:00Z');
    const older = (await createInvoice({ ctx, input: { client: c.name, amount: 50 } })).invoice;
    ctx.clock.now = new Date('2026-11-01T09:00:00Z');
    const newer = (await createInvoice({ ctx, input: { client: c.name, amount: 70 } })).invoice;
    const first = await recordPayment({ ctx, input: { client: 'Oldest First', amount: 50 } });
    expect(first.invoice).toMatchObject({ number: older.number, status: 'paid' });
    const second = await recordPayment({ ctx, input: { client: c.name, amount: 20 } });
    expect(second.invoice).toMatchObject({ number: newer.number, amountPaid: 20, status: 'issued' });
    const rows = await f.t.db.select().from(invoices).where(and(eq(invoices.clientId, c.id)));
    expect(rows.map((r) => [r.number, r.amountPaidCents, r.status])).toEqual([[older.number, 5000, 'paid'], [newer.number, 2000, 'issued']]);
  });
});
