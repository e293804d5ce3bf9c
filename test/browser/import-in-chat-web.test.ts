// Attach CSV in the web chat (issue 13), in Chromium with the offline model: the file's dry run is the answer,
// "yes" asks to confirm, "yes" imports; a second file answered "no" imports nothing. No CSP violation.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clients } from '../../src/db/schema';
import { sendChat, shot, startAsOwner, type Harness, watchProblems } from './team-web-harness';

let h: Harness;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  ({ h, page } = await startAsOwner());
  problems = watchProblems(page);
});
afterAll(async () => { await h?.close(); });

const clientCount = async () => (await h.deps.db.select({ n: sql<number>`count(*)` }).from(clients))[0].n;
const attach = async (name: string, csv: string) => {
  const before = await page.locator('.msg.assistant[data-done="1"]').count();
  await page.setInputFiles('#attach-file', { name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForFunction((n) => document.querySelectorAll('.msg.assistant[data-done="1"]').length > n, before);
  return page.locator('.msg.assistant').last();
};

describe('a CSV attached in the web chat', () => {
  it('shows the dry run, and "yes" then "yes" imports the clients', async () => {
    await page.waitForSelector('#attach');
    const preview = await attach('leads.csv', 'Company,E-mail\nAcme GmbH,office@acme.de\nGlobex,hi@globex.com\n');
    expect(await page.locator('.msg.user .attachment').last().textContent()).toBe('leads.csv');
    expect(await preview.textContent()).toContain('leads.csv: 2 rows: would create 2');
    expect(await clientCount()).toBe(0);

    const asked = await sendChat(page, 'yes');
    expect(await asked.locator('.approval[data-state="pending"]').textContent()).toContain('leads.csv');
    await shot(page, '45-chat-import-confirm');
    expect(await clientCount()).toBe(0);

    const done = await sendChat(page, 'yes');
    expect(await done.textContent()).toContain('created 2');
    expect(await clientCount()).toBe(2);
  });

  it('"no" to another file\'s dry run imports nothing', async () => {
    const preview = await attach('more.csv', 'Company\nInitech\n');
    expect(await preview.textContent()).toContain('would create 1');
    await sendChat(page, 'no');
    expect(await clientCount()).toBe(2);
    expect(problems).toEqual([]);
  });
});
