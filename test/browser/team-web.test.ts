// The team's web app in headless Chromium, as a person uses it: sign in through the emailed link, create a
// client by chat and see its card, fill the missing fields through "Add details", undo a change, confirm a
// delete, names with markup shown as text, and a member kept away from client data.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { makeCtx } from '../../src/deps';
import { createClient } from '../../src/domain/clients/create-client';
import { members } from '../../src/db/schema';
import { sendChat as sendIn, shot, signInThroughOutbox, startHarness, type Harness } from './team-web-harness';

let h: Harness;
let ctxOwner: BrowserContext;
let page: Page;
const XSS = '<img src=x onerror="window.__xss=1">';

beforeAll(async () => {
  mkdirSync('/tmp/e5-shots', { recursive: true });
  h = await startHarness();
  await h.deps.db.insert(members).values([
    { workspaceId: h.deps.workspaceId, email: 'olive@studio.test', name: 'Olive Owner', role: 'owner' },
    { workspaceId: h.deps.workspaceId, email: 'max@studio.test', name: 'Max Member', role: 'member' },
  ]);
  ctxOwner = await h.browser.newContext();
  page = await ctxOwner.newPage();
  page.on('dialog', (d) => d.dismiss());
});
afterAll(async () => { await h?.close(); });

const sendChat = (text: string) => sendIn(page, text);

describe('team web app in a browser', () => {
  it('signs in through the link in the outbox', async () => {
    await signInThroughOutbox(h, page, 'olive@studio.test');
    await expect.poll(() => page.locator('nav .who').textContent()).toContain('Olive Owner');
    await shot(page, '01-chat-empty');
  });

  it('creates a client by chat and shows its card with the missing-fields banner', async () => {
    const answer = await sendChat('add Acme Corp');
    await answer.locator('.client-card').waitFor();
    expect(await answer.locator('.client-card h2 a').textContent()).toBe('Acme Corp');
    expect(await answer.locator('.client-card .banner').textContent()).toContain('Missing for invoicing');
    expect(await answer.locator('button.undo').count()).toBe(1);
    // Shift+Enter breaks the line instead of sending.
    await page.fill('#input', 'first');
    await page.press('#input', 'Shift+Enter');
    await page.type('#input', 'second');
    expect(await page.inputValue('#input')).toBe('first\nsecond');
    await page.fill('#input', '');
    // The conversation is listed and kept.
    await expect.poll(() => page.locator('#conversations button').count()).toBe(1);
    await shot(page, '02-chat-client-card');
  });

  it('fills the missing fields through "Add details"', async () => {
    await page.locator('.client-card .banner a:has-text("Add details")').last().click();
    await page.waitForSelector('form[action$="/edit/billing"]');
    await shot(page, '03-add-details');
    await page.fill('input[name="email"]', 'billing@acme.io');
    await page.fill('input[name="address.line1"]', '1 Main Street');
    await page.fill('input[name="address.city"]', 'Berlin');
    await page.fill('input[name="address.postalCode"]', '10115');
    await page.fill('input[name="address.country"]', 'Germany');
    await page.fill('input[name="currency"]', 'EUR');
    await page.click('form[action$="/edit/billing"] button[type=submit]');
    await page.waitForSelector('#billing');
    // The contact person is still missing: "Add details" now opens the contacts card.
    expect(await page.locator('.banner').textContent()).toContain('Missing for invoicing: Contact person');
    await page.click('#add-details');
    await page.fill('form[action$="/edit/contacts"] input[name="name"]', 'Jane Roe');
    await page.click('form[action$="/edit/contacts"] button[type=submit]');
    await page.waitForSelector('#contacts');
    expect(await page.locator('.banner').count()).toBe(0);
    expect(await page.locator('#billing').textContent()).toContain('billing@acme.io');
    await shot(page, '04-client-page');
  });

  it('shows per-field errors and undoes a change from the history', async () => {
    await page.click('#identity a.pencil');
    await page.fill('input[name="website"]', 'not a website at all');
    await page.click('form[action$="/edit/identity"] button[type=submit]');
    await page.waitForSelector('.field-error');
    await shot(page, '05-field-error');
    await page.fill('input[name="website"]', '');
    await page.fill('input[name="name"]', 'Acme Corporation');
    await page.click('form[action$="/edit/identity"] button[type=submit]');
    await page.waitForSelector('h1:has-text("Acme Corporation")');
    await page.locator('#history button.undo').first().click();
    await page.waitForSelector('h1:has-text("Acme Corp")');
    expect(await page.locator('h1').textContent()).not.toContain('Acme Corporation');
    await shot(page, '06-after-undo');
  });

  it('lists clients and reads a plain-English filter', async () => {
    await page.goto(`${h.base}/clients`);
    expect(await page.locator('#clients-table').textContent()).toContain('Acme Corp');
    await page.fill('#ask', 'clients in Germany');
    await page.press('#ask', 'Enter');
    await page.waitForSelector('#understood');
    expect(await page.locator('#understood').textContent()).toContain('DE');
    await shot(page, '07-clients-list');
  });

  it("names the chat card's fields as the client page does (the client model's labels)", async () => {
    await page.goto(`${h.base}/`);
    const answer = await sendChat('show Acme Corp');
    await answer.locator('.client-card').waitFor();
    expect(await answer.locator('.client-card dt').allTextContents()).toEqual(expect.arrayContaining(['Billing email', 'Owner']));
    expect(await answer.locator('.client-card dd').allTextContents()).toContain('billing@acme.io');
    expect(await answer.locator('.client-card h2 .badge').first().textContent()).toBe('Lead');
    const list = await sendChat('clients in Germany');
    await list.locator('table.results').waitFor();
    expect(await list.locator('table.results tbody tr').first().locator('.badge').textContent()).toBe('Lead');
  });

  it('asks before deleting, and deletes on Confirm', async () => {
    await page.goto(`${h.base}/`);
    const answer = await sendChat('delete Acme Corp');
    await answer.locator('.approval').waitFor();
    expect(await answer.locator('.approval').textContent()).toContain('Acme Corp');
    await shot(page, '08-confirm-card');
    await answer.locator('.approval button:has-text("Confirm")').click();
    await page.waitForSelector('.approval.decided');
    expect(await page.locator('.approval.decided h2').textContent()).toBe('Confirmed');
    expect(await page.locator('#log > .msg.assistant').last().textContent()).toMatch(/[Dd]eleted/);
    await shot(page, '08b-deleted');
    await page.goto(`${h.base}/clients`);
    expect(await page.locator('main').textContent()).not.toContain('Acme Corp');
  });

  it('shows names with markup as text, in the list, the client page and the chat', async () => {
    const [owner] = await h.deps.db.select().from(members);
    const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: h.deps.workspaceId, memberId: owner.id, role: 'owner', channel: 'web', name: 'Olive' });
    const { client } = await createClient({ ctx, input: { name: XSS, notes: `note ${XSS}` } });
    await page.goto(`${h.base}/clients`);
    expect(await page.locator('#clients-table').textContent()).toContain(XSS);
    await page.goto(`${h.base}/clients/${client.id}`);
    expect(await page.locator('h1').textContent()).toContain(XSS);
    await page.goto(`${h.base}/`);
    const answer = await sendChat(`show ${client.number}`);
    await answer.locator('.client-card').waitFor();
    expect(await answer.locator('.client-card h2 a').textContent()).toBe(XSS);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await shot(page, '09-xss-as-text');
  });

  it('shows a member the no-access page and no client data', async () => {
    const ctxMember = await h.browser.newContext();
    const p = await ctxMember.newPage();
    await p.goto(`${h.base}/sign-in`);
    await p.fill('input[name=email]', 'max@studio.test');
    await p.click('button[type=submit]');
    await p.waitForSelector('text=Check your email');
    const { lastEmailTo } = await import('./team-web-harness');
    await p.goto((await lastEmailTo(h, 'max@studio.test')).links[0]);
    await p.click('button:has-text("Sign in")');
    await p.waitForSelector('text=No client access');
    await p.goto(`${h.base}/clients`);
    const text = await p.locator('body').textContent();
    expect(text).toContain('No client access');
    expect(text).not.toContain('img src');
    await shot(p, '10-member-no-access');
    await ctxMember.close();
  });

  it('signs out', async () => {
    await page.click('nav button:has-text("Sign out")');
    await page.waitForURL(`${h.base}/sign-in`);
    await page.goto(`${h.base}/clients`);
    expect(page.url()).toBe(`${h.base}/sign-in`);
  });
});
