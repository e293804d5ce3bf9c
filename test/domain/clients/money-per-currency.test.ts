// Money per currency: a client invoiced in EUR and now billed in USD owes "€1,200.00", not "1,200 USD"; a client
// invoiced in two currencies shows each. The list, its revenue sort, the client view, the CSV and the chat tools agree.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../tools/index';
import { findClients } from '../../../src/domain/clients/find-clients';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { createClient } from '../../../src/domain/clients/create-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { exportCsv } from '../../../src/domain/exports/export-csv';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { useFixture } from './fixture';

const f = useFixture();
const ids: Record<string, number> = {};

beforeAll(async () => {
  const ctx = f.ctx();
  for (const name of ['Euro Works', 'Two Currencies Ltd', 'Small Dollar Inc', 'No Invoices Co']) {
    ids[name] = (await createClient({ ctx, input: { name } })).client.id;
  }
  // Invoiced in EUR (the workspace's currency), then switched to USD: the old invoice stays in EUR.
  await createInvoice({ ctx, input: { client: 'Euro Works', amount: 1200 } });
  await updateClient({ ctx, input: { client: 'Euro Works', currency: 'USD' } });
  const eur = await createInvoice({ ctx, input: { client: 'Two Currencies', amount: 500 } });
  await createInvoice({ ctx, input: { client: 'Two Currencies', amount: 300, currency: 'USD' } });
  await recordPayment({ ctx, input: { invoice: eur.invoice.number, amount: 200 } });
  await createInvoice({ ctx, input: { client: 'Small Dollar', amount: 90, currency: 'USD' } });
});

describe('revenue, payments and outstanding per currency', () => {
  it('keeps an old EUR invoice in EUR after the client is billed in USD', async () => {
    const view = await getClientView(f.t.db, f.ctx(), ids['Euro Works']);
    expect(view.currency).toBe('USD');
    expect(view.totals).toEqual([{ currency: 'EUR', revenue: 1200, paid: 0, outstanding: 1200 }]);
    expect(view.invoiceCount).toBe(1);
  });

  it('shows each currency on its own, largest revenue first, in the list and the view alike', async () => {
    const { clients } = await findClients({ ctx: f.ctx(), input: { query: 'Two Currencies' } });
    const expected = [
      { currency: 'EUR', revenue: 500, paid: 200, outstanding: 300 },
      { currency: 'USD', revenue: 300, paid: 0, outstanding: 300 },
    ];
    expect(clients[0]).toMatchObject({ totals: expected, invoiceCount: 2 });
    expect((await getClientView(f.t.db, f.ctx(), ids['Two Currencies Ltd'])).totals).toEqual(expected);
  });

  it('sorts by revenue in the order of the figures shown; a client without invoices comes last with none', async () => {
    const { clients } = await findClients({ ctx: f.ctx(), input: { sort: 'revenue' } });
    expect(clients.map((c) => c.name)).toEqual(['Euro Works', 'Two Currencies Ltd', 'Small Dollar Inc', 'No Invoices Co']);
    expect(clients.at(-1)).toMatchObject({ totals: [], invoiceCount: 0 });
  });

  it('answers in chat with the invoice currency: "€1,200.00 outstanding", each currency named', async () => {
    const show = await registry.showClient.run({ ctx: f.ctx(), input: { client: 'Euro Works' } });
    expect(show.ok && show.text).toBe('Euro Works (#0001): lead, 0 contacts, 1 invoice, €1,200.00 revenue, €1,200.00 outstanding.');
    const two = await registry.showClient.run({ ctx: f.ctx(), input: { client: 'Two Currencies' } });
    expect(two.ok && two.text).toContain('2 invoices, €500.00 and $300.00 revenue, €300.00 and $300.00 outstanding.');
    const none = await registry.showClient.run({ ctx: f.ctx(), input: { client: 'No Invoices' } });
    expect(none.ok && none.text).toContain('no invoices yet');
    const top = await registry.findClients.run({ ctx: f.ctx(), input: { sort: 'revenue' } });
    expect(top.ok && top.text).toBe('4 clients: Euro Works (#0001) (€1,200.00), Two Currencies Ltd (#0002) (€500.00 and $300.00), '
      + 'Small Dollar Inc (#0003) ($90.00), No Invoices Co (#0004) (no revenue).');
  });

  it('exports an invoice count and revenue, paid and outstanding per currency as their own numeric columns', async () => {
    const res = await exportCsv({ ctx: f.ctx(), input: {} });
    const rows = parse(readFileSync(res.path, 'utf8'), { columns: true }) as Record<string, string>[];
    const header = Object.keys(rows[0]);
    expect(header.filter((h) => /Revenue|Paid|Outstanding|Invoices/.test(h))).toEqual([
      'Invoices', 'Revenue (EUR)', 'Paid To Date (EUR)', 'Outstanding (EUR)', 'Revenue (USD)', 'Paid To Date (USD)', 'Outstanding (USD)',
    ]);
    const two = rows.find((r) => r.Name === 'Two Currencies Ltd')!;
    expect(two).toMatchObject({ Invoices: '2', 'Revenue (EUR)': '500', 'Paid To Date (EUR)': '200', 'Outstanding (EUR)': '300', 'Revenue (USD)': '300', 'Outstanding (USD)': '300' });
    expect(rows.find((r) => r.Name === 'Euro Works')).toMatchObject({ 'Outstanding (EUR)': '1200', 'Outstanding (USD)': '0' });
  });
});
