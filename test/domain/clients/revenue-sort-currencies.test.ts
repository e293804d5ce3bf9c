// The revenue sort never ranks amounts of different currencies against each other (no exchange rates are kept):
// clients are grouped by the currency of their latest invoice, highest first within each; without invoices, last.
// The chat's findClients answer follows the same order, and a new invoice in another currency moves the client.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { invoices } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { findClients } from '../../../src/domain/clients/find-clients';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { registry } from '../../../tools/index';
import { useFixture } from './fixture';

const f = useFixture();

beforeAll(async () => {
  const ctx = f.ctx();
  for (const name of ['Yen Corp', 'Euro Big', 'Euro Small', 'Dollar Co', 'Nothing Ltd']) await createClient({ ctx, input: { name } });
  await createInvoice({ ctx, input: { client: 'Yen Corp', amount: 50_000, currency: 'JPY' } });
  await createInvoice({ ctx, input: { client: 'Euro Big', amount: 1_000 } });
  await createInvoice({ ctx, input: { client: 'Euro Small', amount: 150 } });
  await createInvoice({ ctx, input: { client: 'Euro Small', amount: 50 } });
  await createInvoice({ ctx, input: { client: 'Dollar Co', amount: 5_000, currency: 'USD' } });
});

const names = async (input: Record<string, unknown> = {}) =>
  (await findClients({ ctx: f.ctx(), input: { sort: 'revenue', ...input } })).clients.map((c) => c.name);

describe('sorting by revenue across currencies', () => {
  it('groups by currency instead of ranking ¥50,000 above €1,000 and $5,000', async () => {
    expect(await names()).toEqual(['Euro Big', 'Euro Small', 'Yen Corp', 'Dollar Co', 'Nothing Ltd']);
    // Filtered and paged the same way.
    expect(await names({ query: 'euro' })).toEqual(['Euro Big', 'Euro Small']);
    expect(await names({ limit: 2, offset: 2 })).toEqual(['Yen Corp', 'Dollar Co']);
    const top = await registry.findClients.run({ ctx: f.ctx(), input: { sort: 'revenue', limit: 3 } });
    expect(top.ok && top.text).toMatch(/^5 clients: Euro Big \(#\d+\) \(€1,000\.00\), Euro Small \(#\d+\) \(€200\.00\), Yen Corp \(#\d+\) \(¥50,000\)/);
  });

  it('moves a client with its latest invoice\'s currency, and back when that invoice is voided', async () => {
    const ctx = f.ctx();
    const usd = await createInvoice({ ctx, input: { client: 'Euro Small', amount: 10, currency: 'USD' } });
    // In USD now, with its $10 (never €200 + $10): after Dollar Co's $5,000.
    expect(await names()).toEqual(['Euro Big', 'Yen Corp', 'Dollar Co', 'Euro Small', 'Nothing Ltd']);
    await f.t.db.update(invoices).set({ status: 'void' }).where(eq(invoices.id, usd.invoice.id));
    expect(await names()).toEqual(['Euro Big', 'Euro Small', 'Yen Corp', 'Dollar Co', 'Nothing Ltd']);
  });
});
