// Settings' Recent changes in Chromium: an owner changes the workspace defaults, presses Undo on the change and
// sees the old values back in the form, then Undo on the undo brings the change back.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { workspaces } from '../../src/db/schema';
import { shot, startAsOwner, type Harness } from './team-web-harness';

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
    await shot(page, 'settings-recent-changes');

    await change.locator('button.undo').click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Undid: Changed workspace settings');
    expect(await page.inputValue('#workspace-form input[name=currency]')).toBe(before.defaultCurrency);
    expect(await defaults()).toMatchObject({ defaultCurrency: before.defaultCurrency, paymentTerms: before.paymentTerms });

    await page.locator('#history li', { hasText: 'Undid: Changed workspace settings' }).locator('button.undo').click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Redid: Changed workspace settings');
    expect(await page.inputValue('#workspace-form input[name=currency]')).toBe('CHF');
    expect(await defaults()).toMatchObject({ defaultCurrency: 'CHF', paymentTerms: 10 });
  });
});
