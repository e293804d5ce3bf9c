// CSV import in the browser: upload -> dry-run report (rejected row with its number and reason, unmatched
// columns) -> corrected file -> Apply, confirmed -> progress bar -> result; the same file again changes nothing.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clients } from '../../src/db/schema';
import { shot, startAsOwner, type Harness } from './team-web-harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  ({ h, page } = await startAsOwner());
});
afterAll(async () => { await h?.close(); });

const clientCount = async () => (await h.deps.db.select({ n: sql<number>`count(*)` }).from(clients))[0].n;
const stat = (label: string) => page.locator(`#import-report [data-stat="${label}"] b`).textContent();
const upload = async (name: string, text: string) => {
  await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.click('#import-check');
  await page.waitForSelector('#import-report:not([hidden]) .import-report');
};
const BAD = 'Company,E-mail,Zip,Favourite Colour\nInitech,info@initech.test,10001,blue\nGlobex,not-an-email,94016,red\n';
const GOOD = 'Company,E-mail,Zip,Favourite Colour\nInitech,info@initech.test,10001,blue\nGlobex,hello@globex.test,94016,red\n';

describe('CSV import on the web', () => {
  it('opens from the client list', async () => {
    await page.goto(`${h.base}/clients`);
    await page.click('#import-csv');
    await page.waitForSelector('#import-form');
  });

  it('shows a rejected row with its number and reason, the unused column, and applies nothing', async () => {
    await upload('leads.csv', BAD);
    expect(await stat('to create')).toBe('1');
    expect(await stat('rejected')).toBe('1');
    const rejected = page.locator('.report-part:has(h3:has-text("Rejected rows")) tbody tr');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.locator('td').first().textContent()).toBe('2');
    expect(await rejected.locator('td').nth(1).textContent()).toMatch(/mail/i);
    expect(await page.locator('.unmatched').textContent()).toContain('Favourite Colour');
    expect(await page.locator('#import-apply').count()).toBe(0);
    expect(await page.locator('#import-blocked').textContent()).toContain('1 row is rejected');
    await shot(page, '22-import-rejected');
    expect(await clientCount()).toBe(0);
  });

  it('applies the corrected file after confirming, with a progress bar, then shows the result', async () => {
    await upload('leads.csv', GOOD);
    expect(await stat('to create')).toBe('2');
    await page.click('#import-apply');
    await page.waitForSelector('#import-confirm');
    await shot(page, '23-import-confirm');
    // Cancel goes back to the report; nothing was applied.
    await page.click('#import-cancel');
    expect(await clientCount()).toBe(0);
    await page.click('#import-apply');
    await page.click('#import-confirm');
    await page.waitForSelector('#import-done');
    expect(await page.locator('#import-done').textContent()).toBe('Done: 2 created, 0 updated, 0 skipped.');
    expect(await page.locator('#import-report').getAttribute('hidden')).toBeNull();
    await shot(page, '24-import-applied');
    const rows = await h.deps.db.select().from(clients).where(eq(clients.name, 'Globex'));
    expect(rows[0].postalCode).toBe('94016');
    expect(await clientCount()).toBe(2);
  });

  it('shows the progress bar filling while a larger file is written', async () => {
    const csv = ['Company,City', ...Array.from({ length: 1500 }, (_, i) => `Bulk ${i},Town ${i}`)].join('\n');
    await page.goto(`${h.base}/clients/import`);
    await upload('bulk.csv', csv);
    await page.click('#import-apply');
    // Every value the bar shows, as the NDJSON progress lines arrive.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __bar: string[] }).__bar = seen;
      new MutationObserver((ms) => { for (const m of ms) seen.push((m.target as Element).getAttribute('value') ?? ''); })
        .observe(document.body, { subtree: true, attributes: true, attributeFilter: ['value'] });
    });
    await page.click('#import-confirm');
    await page.waitForSelector('#import-done');
    const values = (await page.evaluate(() => (window as unknown as { __bar: string[] }).__bar)).map(Number);
    expect(values.length).toBeGreaterThan(2);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(100);
    expect(await clientCount()).toBe(1502);
  });

  it('a second import of the same file changes nothing', async () => {
    await page.goto(`${h.base}/clients/import`);
    await upload('leads.csv', GOOD);
    expect(await stat('to create')).toBe('0');
    expect(await stat('to skip')).toBe('2');
    expect(await page.locator('#import-nothing').count()).toBe(1);
    await page.click('#import-apply');
    await page.click('#import-confirm');
    await page.waitForSelector('#import-done');
    expect(await page.locator('#import-done').textContent()).toBe('Done: 0 created, 0 updated, 2 skipped.');
    expect(await clientCount()).toBe(1502);
  });
});
