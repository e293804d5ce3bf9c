import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { clients, contacts, invoices, notes } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { findClients, selectClientIds } from '../../../src/domain/clients/find-clients';
import { useFixture } from './fixture';

const f = useFixture();
const names = (r: { clients: Array<{ name: string }> }) => r.clients.map((c) => c.name);
const ids: Record<string, number> = {};

beforeAll(async () => {
  const ctx = f.ctx();
  const add = async (input: Record<string, unknown>, createdAt: string) => {
    ctx.clock.now = new Date(createdAt);
    const r = await createClient({ ctx, input });
    ids[String(input.name)] = r.client.id;
  };
  await add({ name: 'Acme Corp', industry: 'Software', address: { city: 'Berlin', country: 'Germany' }, status: 'active' }, '2026-01-10T09:00:00Z');
  await add({ name: 'Beta Labs', contactName: 'Jane Doe', email: 'jane@acme.com', address: { country: 'NL' } }, '2026-02-01T00:00:00Z');
  await add({ name: "O'Neil & Sons", industry: 'Retail', owner: 'admin', status: 'inactive' }, '2026-03-15T23:59:59Z');
  await add({ name: 'Zeta Archive', status: 'past' }, '2026-04-01T00:00:00Z');
  await f.t.db.update(clients).set({ archivedAt: new Date('2026-05-01') }).where(eq(clients.id, ids['Zeta Archive']));
  await f.t.db.insert(notes).values({ workspaceId: f.a.workspaceId, clientId: ids['Beta Labs'], body: 'Wants quarterly invoices' });
  const inv = (clientId: number, number: string, amountCents: number, status: 'issued' | 'paid' | 'draft', amountPaidCents = 0) =>
    ({ workspaceId: f.a.workspaceId, clientId, number, amountCents, currency: 'EUR', status, amountPaidCents });
  await f.t.db.insert(invoices).values([
    inv(ids['Beta Labs'], 'INV-1', 500_00, 'issued', 100_00), inv(ids['Beta Labs'], 'INV-2', 250_00, 'paid', 250_00),
    inv(ids["O'Neil & Sons"], 'INV-3', 1000_00, 'issued'), inv(ids['Acme Corp'], 'INV-4', 9999_00, 'draft'),
  ]);
  // The other workspace has an Acme too: never listed here.
  await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Acme Corp B' } });
});

describe('findClients', () => {
  it('lists active clients by name with the total, revenue and balance from issued and paid invoices', async () => {
    const r = await findClients({ ctx: f.ctx(), input: {} });
    expect(names(r)).toEqual(['Acme Corp', 'Beta Labs', "O'Neil & Sons"]);
    expect(r.total).toBe(3);
    expect(r.clients[1]).toMatchObject({ totals: [{ currency: 'EUR', revenue: 750, paid: 350, outstanding: 400 }], invoiceCount: 2, currency: 'EUR', status: 'lead' });
    expect(r.clients[0]).toMatchObject({ totals: [], invoiceCount: 1, city: 'Berlin', country: 'DE' });
  });

  it('finds by name prefix, contact email, note words and punctuation without errors', async () => {
    expect(names(await findClients({ ctx: f.ctx(), input: { query: 'acme' } }))).toEqual(['Acme Corp', 'Beta Labs']);
    expect(names(await findClients({ ctx: f.ctx(), input: { query: 'jane' } }))).toEqual(['Beta Labs']);
    expect(names(await findClients({ ctx: f.ctx(), input: { query: 'jane@acme.com' } }))).toEqual(['Beta Labs']);
    expect(names(await findClients({ ctx: f.ctx(), input: { query: 'quarter' } }))).toEqual(['Beta Labs']);
    expect(names(await findClients({ ctx: f.ctx(), input: { query: 'acme-corp' } }))).toEqual(['Acme Corp']);
    expect(names(await findClients({ ctx: f.ctx(), input: { query: "o'neil" } }))).toEqual(["O'Neil & Sons"]);
    for (const q of ['"', 'AND OR NOT', '*', 'acme"', '(x', 'NEAR(a b)', '-', 'a:b']) {
      await expect(findClients({ ctx: f.ctx(), input: { query: q } })).resolves.toBeDefined();
    }
    expect(names(await findClients({ ctx: f.ctx(), input: { query: 'berlin' } }))).toEqual(['Acme Corp']);
    expect(names(await findClients({ ctx: f.ctx(), input: { query: '0002' } }))).toEqual(['Beta Labs']);
  });

  it('filters by status, archived, country in any form, industry, owner and created dates (inclusive)', async () => {
    const q = async (input: Record<string, unknown>) => names(await findClients({ ctx: f.ctx(), input }));
    expect(await q({ status: 'inactive' })).toEqual(["O'Neil & Sons"]);
    expect(await q({ archived: 'archived' })).toEqual(['Zeta Archive']);
    expect(await q({ archived: 'all' })).toHaveLength(4);
    expect(await q({ country: 'Germany' })).toEqual(['Acme Corp']);
    expect(await q({ country: 'NLD' })).toEqual(['Beta Labs']);
    expect(await q({ industry: 'retail' })).toEqual(["O'Neil & Sons"]);
    expect(await q({ owner: 'Admin 1' })).toEqual(["O'Neil & Sons"]);
    expect(await q({ createdFrom: '2026-02-01', createdTo: '2026-03-15' })).toEqual(['Beta Labs', "O'Neil & Sons"]);
    expect(await q({ createdTo: '2026-01-10' })).toEqual(['Acme Corp']);
    expect(await q({ query: 'acme', status: 'active' })).toEqual(['Acme Corp']);
  });

  it('sorts by revenue, created and last activity, and limits while counting all', async () => {
    const q = async (input: Record<string, unknown>) => names(await findClients({ ctx: f.ctx(), input }));
    expect(await q({ sort: 'revenue' })).toEqual(["O'Neil & Sons", 'Beta Labs', 'Acme Corp']);
    expect(await q({ sort: 'created' })).toEqual(["O'Neil & Sons", 'Beta Labs', 'Acme Corp']);
    expect(await q({ sort: 'lastActivity' })).toEqual(["O'Neil & Sons", 'Beta Labs', 'Acme Corp']);
    const limited = await findClients({ ctx: f.ctx(), input: { sort: 'name', limit: 2 } });
    expect(limited.clients).toHaveLength(2);
    expect(limited.total).toBe(3);
    // The last page, a page past the end and a filter nothing matches still say how many there are.
    expect(await findClients({ ctx: f.ctx(), input: { limit: 2, offset: 2 } })).toMatchObject({ total: 3, clients: [{ name: "O'Neil & Sons" }] });
    expect(await findClients({ ctx: f.ctx(), input: { limit: 2, offset: 5 } })).toEqual({ total: 3, over: false, clients: [] });
    expect(await findClients({ ctx: f.ctx(), input: { country: 'FR' } })).toEqual({ total: 0, over: false, clients: [] });
  });

  it('selectClientIds gives the export the same matches', async () => {
    expect(await selectClientIds(f.t.db, f.ctx(), { query: 'acme' })).toEqual([ids['Acme Corp'], ids['Beta Labs']]);
    const [c] = await f.t.db.select().from(contacts).where(eq(contacts.clientId, ids['Beta Labs']));
    expect(c.email).toBe('jane@acme.com');
  });
});
