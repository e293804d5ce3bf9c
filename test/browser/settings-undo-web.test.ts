// Settings' Recent changes in Chromium: an owner changes the workspace defaults, reads when as people say it,
// presses Undo on the change and sees the old values back in the form, then the change's Redo brings it
// back; a manager sees the same list with no Undo on the defaults, which they may not change.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { members, workspaces } from '../../src/db/schema';
import { shot, signInThroughOutbox, startAsOwner, type Harness } from './team-web-harness';

let h: Harness;
let page: Page;
beforeAll(async () => { ({ h, page } = await startAsOwner()); });
afterAll(async () => { await h?.close(); });

const defaults = async () => (await h.deps.db.select().from(workspaces).where(eq(workspaces.id, h.deps.workspaceId)))[0];

describe('Settings: Recent changes in a browser', () => {
  it('undoes a change to the workspace defaults, and redoes it', async () => {
    const before = await defaults();
    await page.click('nav a:has-text("Settings")');
    await page.fill('#workspace-form input[name=currency]', 'chf');
    await page.fill('#workspace-form input[name=paymentTerms]', '10');
    await page.click('#workspace-form button[type=submit]');
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Saved the workspace defaults.');
    const change = page.locator('#history li', { hasText: 'Changed workspace settings: currency CHF, payment terms 10' });
    await expect.poll(() => change.count()).toBe(1);
    // relative-time.js reads the time out ("now", "5 seconds ago" in the browser's language); the ISO stays in datetime.
    const time = change.locator('time');
    await expect.poll(() => time.textContent()).toMatch(/^(now|\d+ seconds? ago|1 minute ago)$/);
    const iso = (await time.getAttribute('datetime'))!;
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(Date.now() - Date.parse(iso))).toBeLessThan(60_000);
    await shot(page, 'settings-recent-changes');

    await change.locator('button.undo').click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Undid: Changed workspace settings');
    expect(await page.inputValue('#workspace-form input[name=currency]')).toBe(before.defaultCurrency);
    expect(await defaults()).toMatchObject({ defaultCurrency: before.defaultCurrency, paymentTerms: before.paymentTerms });

    // The undo is folded into the change, which now reads undone and offers Redo.
    await expect.poll(() => change.locator('button.undo').textContent()).toBe('Redo');
    expect(await page.locator('#history li', { hasText: 'Undid:' }).count()).toBe(0);
    await change.locator('button.undo').click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Redid: Changed workspace settings');
    expect(await page.inputValue('#workspace-form input[name=currency]')).toBe('CHF');
    expect(await defaults()).toMatchObject({ defaultCurrency: 'CHF', paymentTerms: 10 });
  });

  it('shows a manager the same changes with their times but no Undo or Redo, as the domain would refuse them', async () => {
    // The change from the test above, undone and redone: one row, its undo and redo folded in.
    await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, email: 'max@studio.test', name: 'Max Manager', role: 'manager' });
    const max = await (await h.browser.newContext()).newPage();
    await signInThroughOutbox(h, max, 'max@studio.test');
    await max.goto(`${h.base}/settings`);
    const rows = max.locator('#history li', { hasText: 'Changed workspace settings: currency CHF, payment terms 10' });
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.last().locator('time').textContent()).toMatch(/ago$|^now$/);
    expect(await max.locator('#history button').count()).toBe(0);
  });
});
