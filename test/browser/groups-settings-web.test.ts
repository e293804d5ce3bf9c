// Groups, workspace defaults and the New client form in Chromium, as a person uses them: an owner sets the
// defaults and makes a group, creates a client through the full form (every missing field marked at once,
// nothing saved), puts it in the group and reads why it is billed in EUR; quick add shows the contact person
// as missing; a manager edits groups but only reads the workspace defaults.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clients, members, workspaces } from '../../src/db/schema';
import { shot, signInThroughOutbox, startAsOwner, type Harness } from './team-web-harness';

let h: Harness;
let page: Page;
beforeAll(async () => { ({ h, page } = await startAsOwner()); });
afterAll(async () => { await h?.close(); });

const clientCount = async () => (await h.deps.db.select().from(clients)).length;

describe('groups, settings and the New client form in a browser', () => {
  it('an owner changes the workspace defaults and creates and renames a group', async () => {
    await page.click('nav a:has-text("Settings")');
    await page.fill('#workspace-form input[name=currency]', 'gbp');
    await page.fill('#workspace-form input[name=paymentTerms]', '21');
    await page.click('#workspace-form button[type=submit]');
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Saved the workspace defaults.');
    const [ws] = await h.deps.db.select().from(workspaces).where(eq(workspaces.id, h.deps.workspaceId));
    expect(ws).toMatchObject({ defaultCurrency: 'GBP', paymentTerms: 21 });

    await page.fill('#new-group input[name=name]', 'Agencies');
    await page.fill('#new-group input[name=currency]', 'EUR');
    await page.fill('#new-group input[name=paymentTerms]', '45');
    await page.click('#new-group button[type=submit]');
    await expect.poll(() => page.locator('li[data-group="Agencies"] summary').textContent()).toContain('EUR · 45 days · 0 clients');

    await page.click('li[data-group="Agencies"] summary');
    await page.fill('li[data-group="Agencies"] input[name=name]', 'Partner agencies');
    await page.click('li[data-group="Agencies"] button[type=submit]');
    await expect.poll(() => page.locator('li[data-group="Partner agencies"]').count()).toBe(1);
    // A taken name is marked on the field and changes nothing.
    await page.fill('#new-group input[name=name]', 'partner agencies');
    await page.click('#new-group button[type=submit]');
    await expect.poll(() => page.locator('#new-group .field-error').textContent()).toContain('already exists');
    await shot(page, 'settings-groups');
  });

  it('the full New client form marks every missing field at once and saves nothing, then creates an invoice-ready client', async () => {
    await page.click('nav a:has-text("Clients")');
    await page.click('#new-client');
    await page.fill('#full-form input[name=name]', 'Acme Corp');
    await page.click('#full-form button[type=submit]');
    await expect.poll(() => page.locator('#form-error').textContent()).toContain('6 fields need attention; nothing was saved.');
    const marked = await page.locator('#full-form [aria-invalid=true]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name));
    expect(marked.sort()).toEqual(['address.city', 'address.country', 'address.line1', 'address.postalCode', 'contactName', 'email']);
    expect(await page.inputValue('#full-form input[name=name]')).toBe('Acme Corp');
    expect(await clientCount()).toBe(0);

    await page.fill('#full-form input[name=contactName]', 'Jane Roe');
    await page.fill('#full-form input[name=email]', 'billing@acme.example');
    await page.fill('#full-form input[name="address.line1"]', 'Hauptstr. 1');
    await page.fill('#full-form input[name="address.postalCode"]', '10115');
    await page.fill('#full-form input[name="address.city"]', 'Berlin');
    await page.fill('#full-form input[name="address.country"]', 'Germany');
    await page.click('#full-form button[type=submit]');
    await page.waitForURL(/\/clients\/\d+$/);
    expect(await page.locator('.banner').count()).toBe(0);
    expect(await page.locator('#contacts').textContent()).toContain('Jane Roe');
    await expect.poll(() => page.locator('#settings-why li[data-setting=currency]').textContent()).toBe('Acme Corp is billed in GBP, the workspace default.');
  });

  it('puts the client in a group on its page and says why it is billed in EUR', async () => {
    await page.selectOption('#group-select', 'Partner agencies');
    await page.click('#group-form button[type=submit]');
    await expect.poll(() => page.locator('#settings-why li[data-setting=currency]').textContent()).toBe('Acme Corp is billed in EUR, from the group Partner agencies.');
    expect(await page.locator('#settings-why li[data-setting=paymentTerms]').textContent()).toBe("Acme Corp's payment terms are 45 days, from the group Partner agencies.");
    await shot(page, 'client-group');
    await page.selectOption('#group-select', '');
    await page.click('#group-form button[type=submit]');
    await expect.poll(() => page.locator('#settings-why li[data-setting=currency]').textContent()).toContain('the workspace default');
  });

  it('quick add needs only a name, and the banner lists the contact person among what is missing', async () => {
    await page.goto(`${h.base}/clients/new`);
    await page.fill('#quick-add input[name=name]', 'Bare Ltd');
    await page.click('#quick-add button[type=submit]');
    await page.waitForURL(/\/clients\/\d+$/);
    await expect.poll(() => page.locator('.banner').textContent()).toContain('Contact person');
  });

  it('a manager edits groups but only reads the workspace defaults', async () => {
    await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, email: 'mia@studio.test', name: 'Mia Manager', role: 'manager' });
    const mp = await (await h.browser.newContext()).newPage();
    await signInThroughOutbox(h, mp, 'mia@studio.test');
    await mp.goto(`${h.base}/settings`);
    expect(await mp.locator('#workspace-form').count()).toBe(0);
    expect(await mp.locator('#workspace').textContent()).toContain('Only owners and admins change these.');
    await mp.fill('#new-group input[name=name]', 'Retail');
    await mp.click('#new-group button[type=submit]');
    await expect.poll(() => mp.locator('li[data-group="Retail"]').count()).toBe(1);
    // Posting the workspace form anyway is refused by the domain.
    const res = await mp.request.post(`${h.base}/settings/workspace`, { form: { currency: 'USD' }, headers: { origin: h.base } });
    expect(res.status()).toBe(403);
    const [ws] = await h.deps.db.select().from(workspaces).where(eq(workspaces.id, h.deps.workspaceId));
    expect(ws.defaultCurrency).toBe('GBP');
  });
});
