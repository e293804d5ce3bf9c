// Export CSV in the browser: the client list's button and the chat's file card each download a file (the
// playwright download event), and the file holds exactly the clients the page showed.
import { mkdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { members } from '../../src/db/schema';
import { seedClient } from '../domain/exports/seed';
import { shot, signInThroughOutbox, startHarness, type Harness } from './team-web-harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  mkdirSync('/tmp/e5-shots', { recursive: true });
  h = await startHarness();
  await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, email: 'olive@studio.test', name: 'Olive Owner', role: 'owner' });
  const ws = h.deps.workspaceId;
  await seedClient(h.deps.db, ws, { name: 'Berlin Bakery', status: 'active', country: 'DE', city: 'Berlin' });
  await seedClient(h.deps.db, ws, { name: 'Munich Motors', status: 'inactive', country: 'DE', city: 'Munich' });
  await seedClient(h.deps.db, ws, { name: 'Hamburg Harbour', status: 'active', country: 'DE', archivedAt: new Date() });
  await seedClient(h.deps.db, ws, { name: 'Paris Patisserie', status: 'active', country: 'FR', city: 'Paris' });
  const context = await h.browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await signInThroughOutbox(h, page, 'olive@studio.test');
});
afterAll(async () => { await h?.close(); });

const namesIn = async (d: Download) => {
  const rows = parse(readFileSync((await d.path())!), { columns: true, bom: true }) as Array<Record<string, string>>;
  return rows.map((r) => r.Name).sort();
};
const shownNames = async () => (await page.locator('#clients-table tbody tr td:nth-child(2) a').allTextContents()).sort();

describe('CSV export on the web', () => {
  it('downloads the clients the list shows, for its filters (archived ones hidden stay out)', async () => {
    await page.goto(`${h.base}/clients?status=active`);
    const shown = await shownNames();
    expect(shown).toEqual(['Berlin Bakery', 'Paris Patisserie']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await namesIn(download)).toEqual(shown);
    await page.waitForSelector('#export-status:has-text("2 clients exported")');
    await shot(page, '20-list-export');

    await page.selectOption('select[name=archived]', 'all');
    await page.fill('input[name=query]', '');
    await page.selectOption('select[name=status]', '');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/archived=all/);
    const all = await shownNames();
    expect(all).toHaveLength(4);
    const [second] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(await namesIn(second)).toEqual(all);
  });

  it('downloads the file from the chat\'s CSV card', async () => {
    await page.goto(`${h.base}/`);
    await page.fill('#input', 'export clients in Germany to CSV');
    await page.press('#input', 'Enter');
    const link = page.locator('.file-card a').last();
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(await namesIn(download)).toEqual(['Berlin Bakery', 'Hamburg Harbour', 'Munich Motors']);
    await shot(page, '21-chat-export');
  });
});
