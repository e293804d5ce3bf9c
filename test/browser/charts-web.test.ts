// The charts on the client list and a client page (issue 16): revenue and outstanding by month per currency,
// the quote pipeline and invoices by status, drawn by Chart.js from the domain's figures, said in each chart's
// label and as tables; the client page shows that client's only; readable in light and dark; no CSP violation.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeCtx } from '../../src/deps';
import { invoices, members, quotes } from '../../src/db/schema';
import { createClient } from '../../src/domain/clients/create-client';
import { createInvoice } from '../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../src/domain/ledger/record-payment';
import { shot, startAsOwner, type Harness, watchProblems } from './team-web-harness';

let h: Harness;
let page: Page;
let acmeId = 0;
let problems: string[] = [];
const ym = (monthsAgo: number) => { const d = new Date(); d.setUTCDate(1); d.setUTCMonth(d.getUTCMonth() - monthsAgo); return d.toISOString().slice(0, 10); };

beforeAll(async () => {
  ({ h, page } = await startAsOwner());
  problems = watchProblems(page);
  const [owner] = await h.deps.db.select().from(members);
  const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: h.deps.workspaceId, memberId: owner.id, role: 'owner', channel: 'web', name: 'Olive' });
  const acme = (await createClient({ ctx, input: { name: 'Acme Corp', currency: 'EUR' } })).client;
  const beta = (await createClient({ ctx, input: { name: 'Beta Ltd', currency: 'USD' } })).client;
  acmeId = acme.id;
  const invoice = async (client: number, amount: number, issuedOn: string, dueOn: string) => {
    const r = await createInvoice({ ctx, input: { client: `id:${client}`, amount } });
    await h.deps.db.update(invoices).set({ issuedOn, dueOn }).where(eq(invoices.id, r.invoice.id));
    return r.invoice;
  };
  await invoice(acme.id, 1200, ym(2), ym(1)); // overdue
  const part = await invoice(acme.id, 800, ym(0), '2999-01-01');
  await recordPayment({ ctx, input: { invoice: part.number, amount: 300 } });
  const paid = await invoice(beta.id, 500, ym(1), '2999-01-01');
  await recordPayment({ ctx, input: { invoice: paid.number, amount: 500 } });
  await h.deps.db.insert(quotes).values([
    { workspaceId: h.deps.workspaceId, clientId: acme.id, number: 'Q-0001', title: 'Site', amountCents: 400000, currency: 'EUR', status: 'sent' },
    { workspaceId: h.deps.workspaceId, clientId: beta.id, number: 'Q-0002', title: 'Audit', amountCents: 90000, currency: 'USD', status: 'accepted' },
  ]);
});
afterAll(async () => { await h?.close(); });

const cell = (table: string, status: string, n: number) => page.locator(`#${table} tr[data-status="${status}"] td:nth-child(${n})`).textContent();

describe('charts', () => {
  it('shows the workspace\'s figures on the client list', async () => {
    await page.goto(`${h.base}/clients`);
    const money = page.locator('#charts canvas[data-chart="money"]');
    await page.waitForSelector('#charts canvas[data-chart="invoices"][data-rendered="1"]');
    // One money chart per currency: euros and dollars are never added together.
    expect(await money.evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).dataset.currency))).toEqual(['EUR', 'USD']);
    expect(await money.first().getAttribute('aria-label')).toMatch(/revenue €800\.00, outstanding €500\.00/);
    expect(await page.locator('#charts canvas[data-rendered="1"]').count()).toBe(4);
    expect(await cell('chart-invoices', 'overdue', 2)).toBe('1');
    expect(await cell('chart-invoices', 'partly_paid', 2)).toBe('1');
    expect(await cell('chart-invoices', 'paid', 2)).toBe('1');
    expect(await cell('chart-pipeline', 'sent', 3)).toBe('€4,000.00');
    expect(await cell('chart-pipeline', 'accepted', 3)).toBe('$900.00');
    // Drawn: the canvas holds pixels of more than one colour.
    const drawn = await money.first().evaluate((c) => {
      const cv = c as HTMLCanvasElement;
      const d = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 400) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return seen.size;
    });
    expect(drawn).toBeGreaterThan(2);
    await page.locator('#charts').scrollIntoViewIfNeeded();
    await page.locator('#charts').screenshot({ path: '/tmp/e5-shots/50-charts-list.png' });
  });

  it('shows only that client\'s figures on its page, in light and dark', async () => {
    await page.goto(`${h.base}/clients/${acmeId}`);
    await page.waitForSelector('#charts canvas[data-chart="invoices"][data-rendered="1"]');
    expect(await page.locator('#charts canvas[data-chart="money"]').evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).dataset.currency))).toEqual(['EUR']);
    expect(await cell('chart-invoices', 'paid', 2)).toBe('0');
    expect(await cell('chart-pipeline', 'accepted', 2)).toBe('0');
    expect(await cell('chart-pipeline', 'sent', 2)).toBe('1');
    await page.locator('#charts').screenshot({ path: '/tmp/e5-shots/51-charts-client.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.waitForSelector('#charts canvas[data-chart="invoices"][data-rendered="1"]');
    await page.locator('#charts').screenshot({ path: '/tmp/e5-shots/52-charts-client-dark.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${h.base}/clients`);
    await page.waitForSelector('#charts canvas[data-rendered="1"]');
    await page.locator('#charts').screenshot({ path: '/tmp/e5-shots/53-charts-phone-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await shot(page, '54-clients-phone');
  });

  it('ran without a script error or a CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
