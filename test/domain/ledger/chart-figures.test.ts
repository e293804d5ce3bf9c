// The chart figures: revenue and outstanding by month per currency (never added across currencies), invoices
// by where they stand today, the quote pipeline by status; for the workspace or one client; no other workspace's rows.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { invoices, quotes } from '../../../src/db/schema';
import { chartFigures } from '../../../src/domain/ledger/chart-figures';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { useLedgerFixture } from './fixture';

const f = useLedgerFixture();

async function invoice(client: string, amount: number, extra: Partial<typeof invoices.$inferInsert> = {}, currency?: string) {
  const r = await createInvoice({ ctx: f.ctx(), input: { client, amount, ...(currency ? { currency } : {}) } });
  if (Object.keys(extra).length) await f.t.db.update(invoices).set(extra).where(eq(invoices.id, r.invoice.id));
  return r.invoice;
}

describe('chartFigures', () => {
  it('gives twelve months of revenue and outstanding per currency, invoices by standing and quotes by status', async () => {
    const acme = await f.client('Chart Acme');
    await f.client('Chart Beta');
    // The fixture's clock is 2026-11-22.
    await invoice('Chart Acme', 1000, { issuedOn: '2026-09-03', dueOn: '2026-10-03' });
    const part = await invoice('Chart Acme', 400, { issuedOn: '2026-11-01', dueOn: '2026-12-01' });
    await recordPayment({ ctx: f.ctx(), input: { invoice: part.number, amount: 150 } });
    const paid = await invoice('Chart Beta', 250, { issuedOn: '2026-11-10', dueOn: '2026-12-10' });
    await recordPayment({ ctx: f.ctx(), input: { invoice: paid.number, amount: 250 } });
    await invoice('Chart Beta', 90, { issuedOn: '2026-11-12' }, 'USD');
    await invoice('Chart Beta', 70, { status: 'draft' });
    await invoice('Chart Beta', 9999, { issuedOn: '2025-01-15', dueOn: '2025-02-15' }); // before the window: counted by standing only
    await f.t.db.insert(quotes).values([
      { workspaceId: f.a.workspaceId, clientId: acme.id, number: 'Q-1', title: 'Site', amountCents: 500000, currency: 'EUR', status: 'sent' },
      { workspaceId: f.a.workspaceId, clientId: acme.id, number: 'Q-2', title: 'Logo', amountCents: 80000, currency: 'EUR', status: 'accepted' },
    ]);
    // Another workspace's invoice never shows.
    const other = await f.client('Elsewhere Inc', 'b');
    await createInvoice({ ctx: f.ctx('manager', 'b'), input: { client: `id:${other.id}`, amount: 777 } });

    const all = await chartFigures({ ctx: f.ctx() });
    expect(all.months).toHaveLength(12);
    expect(all.months[0]).toBe('2025-12');
    expect(all.months.at(-1)).toBe('2026-11');
    expect(all.money.map((m) => m.currency)).toEqual(['EUR', 'USD']);
    const eur = all.money[0];
    expect(eur.revenue[all.months.indexOf('2026-09')]).toBe(1000);
    expect(eur.outstanding[all.months.indexOf('2026-09')]).toBe(1000);
    expect(eur.revenue.at(-1)).toBe(650);
    expect(eur.outstanding.at(-1)).toBe(250);
    expect(all.money[1]).toMatchObject({ currency: 'USD' });
    expect(all.money[1].revenue.at(-1)).toBe(90);

    const standing = Object.fromEntries(all.invoices.map((i) => [i.status, i.count]));
    expect(standing).toEqual({ draft: 1, open: 1, partly_paid: 1, overdue: 2, paid: 1, void: 0 });
    expect(all.invoices.find((i) => i.status === 'overdue')!.amounts).toEqual([{ currency: 'EUR', amount: 10999 }]);
    expect(all.pipeline).toEqual([
      { status: 'draft', count: 0, amounts: [] },
      { status: 'sent', count: 1, amounts: [{ currency: 'EUR', amount: 5000 }] },
      { status: 'accepted', count: 1, amounts: [{ currency: 'EUR', amount: 800 }] },
      { status: 'declined', count: 0, amounts: [] },
    ]);

    const one = await chartFigures({ ctx: f.ctx(), input: { client: 'Chart Acme', months: 3 } });
    expect(one.months).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(one.money).toEqual([{ currency: 'EUR', revenue: [1000, 0, 400], outstanding: [1000, 0, 250] }]);
    expect(one.invoices.filter((i) => i.count).map((i) => i.status)).toEqual(['partly_paid', 'overdue']);
    expect(one.pipeline.reduce((n, p) => n + p.count, 0)).toBe(2);
  });

  it('is refused to a member without client access and checks its input', async () => {
    await expect(chartFigures({ ctx: f.ctx('member') })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(chartFigures({ ctx: f.ctx(), input: { months: 99 } })).rejects.toMatchObject({ code: 'invalid' });
  });
});
