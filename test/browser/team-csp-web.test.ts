// The team pages under a CSP of style-src 'self' (no inline styles): each page, with its cards (documents, messages,
// quotes, outreach), charts, edit forms, confirm boxes (a member's removal clicked through), the CSV import report
// and a chat turn, loads in Chromium with no CSP violation at all, so nothing a script or the server meant to style
// is silently dropped by the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { members, quotes } from '../../src/db/schema';
import { makeCtx } from '../../src/deps';
import { addDocument } from '../../src/domain/documents/add-document';
import { createInvoice } from '../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../src/domain/ledger/record-payment';
import { setMemberRole } from '../../src/domain/members/set-member-role';
import { postTeamMessage } from '../../src/domain/messages/post-team-message';
import { draftOutreach } from '../../src/domain/outreach/draft-outreach';
import { seedClient, seedProject } from '../domain/exports/seed';
import { sendChat, signInThroughOutbox, startHarness, type Harness } from './team-web-harness';

let h: Harness;
let page: Page;
let acmeId = 0;
const violations: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  const ws = h.deps.workspaceId;
  const [owner] = await h.deps.db.insert(members).values({ workspaceId: ws, email: 'olive@studio.test', name: 'Olive Owner', role: 'owner' }).returning();
  const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: ws, memberId: owner.id, role: 'owner', channel: 'web', name: 'Olive Owner' });
  const { client } = await seedClient(h.deps.db, ws, { name: 'Acme Robotics GmbH', status: 'inactive', city: 'Hamburg', country: 'DE', currency: 'EUR' }, [
    { name: 'Jane Roe', email: 'jane@acme.example', isPrimary: true },
  ]);
  acmeId = client.id;
  await seedProject(h.deps.db, ws, acmeId, 'Website relaunch', 'active');
  const inv = await createInvoice({ ctx, input: { client: `id:${acmeId}`, amount: 1200 } });
  await recordPayment({ ctx, input: { invoice: inv.invoice.number, amount: 200 } });
  await h.deps.db.insert(quotes).values({ workspaceId: ws, clientId: acmeId, number: 'Q-0001', title: 'Site', amountCents: 400000, currency: 'EUR', status: 'sent' });
  await addDocument({ ctx, input: { client: `id:${acmeId}`, file: { name: 'Brief.pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7\nthe brief')) } } });
  await postTeamMessage({ ctx, input: { client: `id:${acmeId}`, text: 'The drafts are ready.' } });
  await draftOutreach({ ctx, input: { client: client.number } });
  const [bo] = await h.deps.db.insert(members).values({ workspaceId: ws, email: 'bo@studio.test', name: 'Bo', role: 'member' }).returning();
  await setMemberRole({ ctx, input: { member: bo.id, role: 'manager' } });
  page = await (await h.browser.newContext()).newPage();
  await watch(page);
  await signInThroughOutbox(h, page, 'olive@studio.test');
});
afterAll(async () => { await h?.close(); });

/** Records every refusal the browser reports on this page, from the document's own event and from its console. */
async function watch(p: Page) {
  await p.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  p.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy|CSP violation/i.test(m.text())) violations.push(`${p.url()}: ${m.text()}`); });
}

const styleSrc = (csp: string | null) => /style-src ([^;]*)/.exec(csp ?? '')?.[1];

/** Opens a page, checks its CSP allows no inline styles, and lets its scripts run. */
async function visit(path: string, ready = 'body') {
  const res = await page.goto(`${h.base}${path}`);
  expect({ path, styleSrc: styleSrc(res?.headers()['content-security-policy'] ?? null) }).toEqual({ path, styleSrc: "'self'" });
  await page.waitForSelector(ready);
  // Let scripts that style after load (charts, relative times, React effects) run before reading what was refused.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

describe('the team pages under style-src \'self\'', () => {
  it('load with no CSP violation: the list with its charts, a client page in each mode, forms, settings and members', async () => {
    await visit('/clients', '#charts canvas[data-chart="invoices"][data-rendered="1"]');
    await visit('/clients?q=acme');
    await visit(`/clients/${acmeId}`, 'canvas[data-rendered="1"]');
    for (const mode of ['identity', 'contacts', 'billing', 'portal']) await visit(`/clients/${acmeId}?edit=${mode}#${mode}`);
    await visit(`/clients/${acmeId}?confirm=send-outreach#outreach`);
    await visit(`/clients/${acmeId}?confirm=reset-portal#portal`);
    await visit('/clients/new');
    await visit('/settings');
    await visit('/members');
    expect(violations).toEqual([]);
  });

  it("the Team page's recent changes render, with a readable time and an Undo", async () => {
    await visit('/members', '#team-changes');
    const row = page.locator('#team-changes li', { hasText: "Olive Owner changed Bo's role from member to manager" });
    await row.waitFor();
    // relative-time.js rewrote the ISO date, and the button is laid out on the row, not hidden or collapsed.
    expect(await row.locator('time').textContent()).not.toMatch(/^\d{4}-/);
    const undo = row.getByRole('button', { name: /^Undo: / });
    expect(await undo.isVisible()).toBe(true);
    expect((await undo.boundingBox())?.height ?? 0).toBeGreaterThan(10);
    expect((await page.locator('#team-changes').screenshot()).length).toBeGreaterThan(1000);
    expect(violations).toEqual([]);
  });

  it('the Team page asks before removing a member, removes on confirm and lists the removal with its Undo', async () => {
    await visit('/members', '#members-table');
    await page.getByRole('link', { name: 'Remove Bo' }).click();
    const box = page.locator('#confirm-remove-member');
    await box.waitFor();
    expect(await box.textContent()).toMatch(/signed out everywhere at once/);
    await page.click('#remove-member-confirm');
    await page.locator('[role=status]', { hasText: 'Removed Bo from the team' }).waitFor();
    expect(await page.locator('#members-table').textContent()).not.toContain('bo@studio.test');
    const row = page.locator('#team-changes li', { hasText: 'Olive Owner removed Bo (manager) from the team' });
    await row.getByRole('button', { name: /^Undo: / }).click();
    await page.locator('[role=status]', { hasText: 'Undid: Removed Bo' }).waitFor();
    expect(await page.locator('#members-table').textContent()).toContain('bo@studio.test');
    expect(violations).toEqual([]);
  });

  it('the CSV import with its report', async () => {
    await visit('/clients/import');
    await page.setInputFiles('#import-file', { name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from('Company,E-mail,Favourite Colour\nInitech,info@initech.test,blue\nGlobex,nope,red\n') });
    await page.click('#import-check');
    await page.waitForSelector('.import-report');
    expect(violations).toEqual([]);
  });

  it('the chat: a list of clients, a file card and a confirm box', async () => {
    await visit('/', '#input');
    await sendChat(page, 'list my clients');
    await sendChat(page, 'export clients to CSV');
    await page.locator('.file-card a').waitFor();
    await sendChat(page, 'delete client Acme Robotics GmbH');
    await page.locator('.card.approval').waitFor();
    expect(violations).toEqual([]);
  });

  it('the signed-out pages', async () => {
    const out = await (await h.browser.newContext()).newPage();
    await watch(out);
    for (const path of ['/sign-in', '/auth/verify', '/auth/first-owner']) {
      const res = await out.goto(`${h.base}${path}`);
      expect({ path, styleSrc: styleSrc(res?.headers()['content-security-policy'] ?? null) }).toEqual({ path, styleSrc: "'self'" });
    }
    expect(violations).toEqual([]);
  });

  it('and a style attribute set by a script would be refused and seen here (the check above can fail)', async () => {
    await visit('/clients/new');
    const before = violations.length;
    await page.evaluate(() => document.body.setAttribute('style', 'background: red'));
    await expect.poll(() => violations.length).toBeGreaterThan(before);
    expect(violations.slice(before).every((v) => /style-src/.test(v))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
    violations.length = 0;
  });
});
