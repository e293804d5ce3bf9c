// Importing another tool's export in the browser: QuickBooks Online's customer list, title lines and all, is
// previewed with the columns used for what and those ignored, then applied; a file with a rejected row offers
// to import the valid rows, and the confirmation lists the rows left out with their reasons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clients } from '../../src/db/schema';
import { shot, startAsOwner, type Harness } from './team-web-harness';

const FIXTURES = join(import.meta.dirname, '../fixtures/imports');
let h: Harness;
let page: Page;
beforeAll(async () => { ({ h, page } = await startAsOwner()); });
afterAll(async () => { await h?.close(); });

const names = async () => (await h.deps.db.select({ name: clients.name }).from(clients).orderBy(sql`name`)).map((c) => c.name);
const stat = (label: string) => page.locator(`#import-report [data-stat="${label}"] b`).textContent();
const upload = async (name: string, buffer: Buffer) => {
  await page.goto(`${h.base}/clients/import`);
  await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer });
  await page.click('#import-check');
  await page.waitForSelector('#import-report:not([hidden]) .import-report');
};

describe('importing another tool\'s export on the web', () => {
  it('QuickBooks Online: the title lines are passed over, the preview says what each column is used for, then it applies', async () => {
    await upload('quickbooks-online-customers.csv', readFileSync(join(FIXTURES, 'quickbooks-online-customers.csv')));
    expect(await stat('to create')).toBe('2');
    expect(await page.locator('#import-header-line').textContent()).toBe('3 lines above the header row (a title or banner) were passed over.');
    const used = await page.locator('.import-report p:has-text("Columns used")').textContent();
    expect(used).toContain('Company name → name');
    expect(used).toContain('Customer → name (when "Company name" is empty)');
    expect(used).toContain('Shipping city → city (shipping address, for rows without another address)');
    expect(await page.locator('.ignored').textContent()).toContain('Open balance (figures or dates of the other tool, not client details)');
    await shot(page, '25-import-quickbooks-preview');
    await page.click('#import-apply');
    await page.click('#import-confirm');
    await page.waitForSelector('#import-done');
    expect(await names()).toEqual(['Bayside Dental Group PC', 'Jordan Lee']);
  });

  it('a rejected row: import the valid rows after a confirmation that lists the rows left out', async () => {
    const file = 'Company,E-mail,Country\nHooli,not-an-email,US\nPied Piper,hi@piper.example,US\n';
    await upload('crm.csv', Buffer.from(file));
    expect(await page.locator('#import-apply').count()).toBe(0);
    await page.click('#import-skip-rejected');
    expect(await page.locator('#import-left-out li').allTextContents()).toEqual([expect.stringMatching(/^Row 1: E-mail: "not-an-email" is not a valid email address/)]);
    await shot(page, '26-import-skip-rejected-confirm');
    await page.click('#import-cancel');
    expect(await names()).not.toContain('Pied Piper');
    await page.click('#import-skip-rejected');
    await page.click('#import-confirm');
    await page.waitForSelector('#import-done');
    expect(await page.locator('#import-done').textContent()).toBe('Done: 1 created, 0 updated, 0 skipped, 1 rejected left out.');
    expect(await names()).toContain('Pied Piper');
    expect(await names()).not.toContain('Hooli');
  });
});
