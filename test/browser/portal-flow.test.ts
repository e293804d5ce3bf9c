// In headless Chromium, against the app on a free loopback port with the outbox mailer in a temp dir:
// a team member invites a contact -> the email lands in the outbox -> the contact opens the link, presses
// Sign in -> the overview -> an invoice -> the profile -> signs out. Screenshots (desktop and phone) go to
// $PORTAL_SHOTS_DIR, or a temp dir, for a person to look at.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog, type MemberActor } from '../../src/context';
import { makeCtx } from '../../src/deps';
import { members } from '../../src/db/schema';
import { invitePortal } from '../../src/domain/portal/invite-portal';
import { createMailer } from '../../src/mail/create-mailer';
import type { TestDeps } from '../support/deps';
import { seedClient, seedContact, seedLedger } from '../domain/portal/seed-portal';
import { type PortalBrowser, startPortalBrowser } from './portal-browser';

let pb: PortalBrowser | undefined;
let deps: TestDeps;
let browser: Browser;
let base: string;
let outbox: string;
const shots = process.env.PORTAL_SHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'clientele-portal-shots-'));

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'clientele-outbox-'));
  // The real outbox mailer, as `npm start` uses without Resend.
  pb = await startPortalBrowser({ OUTBOX_DIR: outbox, WORKSPACE_NAME: 'Northwind Studio' }, (d) => {
    d.mailer = createMailer({ from: d.env.MAIL_FROM, outboxDir: outbox, log: silentLog }) as TestDeps['mailer'];
  });
  ({ deps, base, browser } = pb);
  mkdirSync(shots, { recursive: true });
});

afterAll(() => pb?.close());

async function snap(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.screenshot({ path: join(shots, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(shots, `${name}-phone.png`), fullPage: true });
  // Nothing may overflow sideways on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 860 });
}

describe('the portal in a browser', () => {
  it('invitation -> outbox -> link -> sign in -> overview -> invoice -> profile -> sign out', async () => {
    const ws = deps.workspaceId;
    const [owner] = await deps.db.insert(members).values({ workspaceId: ws, name: 'Sam Owner', email: 'sam@northwind.test', role: 'owner' }).returning();
    const acme = await seedClient(deps.db, ws, 'Acme Corporation International', { ownerId: owner.id });
    await seedContact(deps.db, ws, acme.id, 'Jane Doe', 'jane@acme.test', { phone: '+49 30 1234567' });
    const ledger = await seedLedger(deps.db, ws, acme.id, 'ACME');
    const actor: MemberActor = { kind: 'member', workspaceId: ws, memberId: owner.id, role: 'owner', channel: 'web', name: 'Sam Owner' };
    await invitePortal({ ctx: makeCtx(deps, actor), input: { client: 'Acme', contact: 'jane' } });

    const json = readdirSync(outbox).filter((f) => f.endsWith('.json'));
    expect(json).toHaveLength(1);
    const mail = JSON.parse(readFileSync(join(outbox, json[0]), 'utf8'));
    expect(mail).toMatchObject({ to: 'jane@acme.test', subject: 'Northwind Studio invited you to the Acme Corporation International portal' });
    const link: string = mail.links[0];
    expect(link.startsWith(`${base}/portal/link?token=`)).toBe(true);
    expect(readFileSync(join(outbox, json[0].replace(/\.json$/, '.txt')), 'utf8')).toContain(link);

    const context = await browser.newContext();
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });

    await page.goto(link);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in to your portal');
    await snap(page, '1-link');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/portal`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hello, Jane Doe');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, as a person reads it
    const overview = await page.locator('main').innerText();
    expect(overview).toContain('ACME-1');
    expect(overview).toContain('€1,700.00');
    expect(overview).toContain('Sam Owner');
    await snap(page, '2-overview');

    await page.getByRole('link', { name: 'ACME-1' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Invoice ACME-1');
    expect(page.url()).toBe(`${base}/portal/invoices/${ledger.invoices[0].id}`);
    await snap(page, '3-invoice');

    await page.getByRole('link', { name: 'My profile' }).click();
    await page.getByLabel('Phone').fill('+49 30 7654321');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Saved.');
    expect(await page.getByLabel('Phone').inputValue()).toBe('+49 30 7654321');
    await snap(page, '4-profile');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${base}/portal`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in to your portal');
    await snap(page, '5-sign-in-form');
    expect((await context.cookies()).filter((c) => c.name === 'clientele_portal')).toHaveLength(0);

    // The used link now explains itself and offers a new one.
    await page.goto(link);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('This link no longer works');
    await snap(page, '6-link-used');
    expect(external).toEqual([]);
    await context.close();
  }, 120_000); // A real browser on a busy machine: a generous guard, no timing asserted.
});
