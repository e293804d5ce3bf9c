// The desk overview's reads: dormant active clients, active clients missing invoice details, sent quotes,
// unpaid invoices, and figures per currency; the person's own clients when they own some, else the workspace's.
import { beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/clients/create-client';
import { listAttention } from '../../../src/domain/clients/list-attention';
import { updateClient } from '../../../src/domain/clients/update-client';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { sumFigures } from '../../../src/domain/ledger/sum-figures';
import { quotes } from '../../../src/db/schema';
import { useFixture } from './fixture';

const f = useFixture();
const full = (email: string) => ({ contactName: 'Jane Roe', email, address: { line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' } });
const ids: Record<string, number> = {};

beforeAll(async () => {
  const ctx = f.ctx();
  ctx.clock.now = new Date('2026-06-01T10:00:00Z');
  ids.quiet = (await createClient({ ctx, input: { name: 'Quiet Partners', status: 'active', ...full('billing@quiet.test') } })).client.id;
  ctx.clock.now = new Date('2026-11-20T10:00:00Z');
  ids.busy = (await createClient({ ctx, input: { name: 'Busy Bees', status: 'active', ...full('billing@busy.test') } })).client.id;
  ids.bare = (await createClient({ ctx, input: { name: 'Bare Minimum', status: 'active' } })).client.id;
  ids.bare2 = (await createClient({ ctx, input: { name: 'Bare Two', status: 'active', ...full('two@bare.test') } })).client.id;
  await updateClient({ ctx, input: { client: 'Bare Two', address: { city: null } } });
  ids.lead = (await createClient({ ctx, input: { name: 'Lead Only' } })).client.id;
  await createInvoice({ ctx, input: { client: 'Busy Bees', amount: 1000 } });
  const paid = await createInvoice({ ctx, input: { client: 'Busy Bees', amount: 400, currency: 'USD' } });
  await recordPayment({ ctx, input: { invoice: paid.invoice.number, amount: 400 } });
  await f.t.db.insert(quotes).values([
    { workspaceId: f.a.workspaceId, clientId: ids.busy, number: 'Q-0001', title: 'Website refresh', amountCents: 250000, currency: 'EUR', status: 'sent', validUntil: '2026-12-31' },
    { workspaceId: f.a.workspaceId, clientId: ids.busy, number: 'Q-0002', title: 'Draft idea', amountCents: 1000, currency: 'EUR', status: 'draft' },
  ]);
});

describe('listAttention', () => {
  it('lists dormant and incomplete active clients, sent quotes and unpaid invoices of the workspace', async () => {
    const ctx = f.ctx();
    ctx.clock.now = new Date('2027-01-05T10:00:00Z');
    const a = await listAttention({ ctx, input: {} });
    // The manager added every client, so owns them all.
    expect(a.scope).toBe('mine');
    expect(a.dormant.items.map((c) => c.name)).toEqual(['Quiet Partners']);
    expect(a.missingDetails.items).toEqual([
      { id: ids.bare, name: 'Bare Minimum', missing: expect.arrayContaining(['Billing email', 'Billing address: city', 'Contact person']) },
      { id: ids.bare2, name: 'Bare Two', missing: ['Billing address: city'] },
    ]);
    expect(a.openQuotes.items.map((q) => [q.number, q.clientName, q.amount, q.currency])).toEqual([['Q-0001', 'Busy Bees', 2500, 'EUR']]);
    expect(a.unpaidInvoices.items).toEqual([expect.objectContaining({ clientName: 'Busy Bees', outstanding: 1000, currency: 'EUR', overdue: true })]);
  });

  it('keeps to the clients the person owns once they own one, else the workspace, and cuts long lists with "more"', async () => {
    await updateClient({ ctx: f.ctx(), input: { client: 'Bare Minimum', owner: 'admin.1@studio.test' } });
    const admin = await listAttention({ ctx: f.ctx('admin'), input: {} });
    expect(admin.scope).toBe('mine');
    expect(admin.missingDetails.items.map((c) => c.name)).toEqual(['Bare Minimum']);
    expect(admin.unpaidInvoices.items).toEqual([]);
    const owner = await listAttention({ ctx: f.ctx('owner'), input: { limit: 1 } });
    expect(owner.scope).toBe('workspace');
    expect(owner.missingDetails).toEqual({ items: [expect.objectContaining({ name: 'Bare Minimum' })], more: true });
    expect(owner.dormant.more).toBe(false);
  });

  it('is not for members without client access, nor across workspaces', async () => {
    await expect(listAttention({ ctx: f.ctx('member'), input: {} })).rejects.toMatchObject({ code: 'forbidden' });
    const other = await listAttention({ ctx: f.ctx('manager', 'b'), input: {} });
    expect([other.dormant, other.missingDetails, other.openQuotes, other.unpaidInvoices].every((l) => l.items.length === 0)).toBe(true);
  });
});

describe('sumFigures', () => {
  it('gives revenue and outstanding per currency, never added across currencies', async () => {
    const figures = await sumFigures({ ctx: f.ctx() });
    expect(figures.totals).toEqual([
      { currency: 'EUR', revenue: 1000, paid: 0, outstanding: 1000 },
      { currency: 'USD', revenue: 400, paid: 400, outstanding: 0 },
    ]);
    expect(figures.unpaidCount).toBe(1);
    expect((await sumFigures({ ctx: f.ctx('manager', 'b') })).totals).toEqual([]);
  });
});
