// In headless Chromium: the team emails an invoice (sendInvoice), the contact signs in to the portal and follows
// the email's link to the invoice, which shows amount, paid, balance and due date in its currency; printed, it is
// one A4 page, black on white, without the portal's menu (the overview still prints with it, on the browser's paper).
// Screenshots (screen and print) go to $PORTAL_SHOTS_DIR or a temp dir, for a person to look at.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberActor } from '../../src/context';
import { clients, members } from '../../src/db/schema';
import { makeCtx } from '../../src/deps';
import { sendInvoice } from '../../src/domain/invoices/send-invoice';
import { invitePortal } from '../../src/domain/portal/invite-portal';
import type { TestDeps } from '../support/deps';
import { seedClient, seedContact, seedLedger } from '../domain/portal/seed-portal';
import { type PortalBrowser, startPortalBrowser } from './portal-browser';

let pb: PortalBrowser | undefined;
let deps: TestDeps;
let browser: Browser;
let base: string;
const shots = process.env.PORTAL_SHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'clientele-invoice-shots-'));

beforeAll(async () => {
  pb = await startPortalBrowser({ WORKSPACE_NAME: 'Northwind Studio' });
  ({ deps, base, browser } = pb);
  mkdirSync(shots, { recursive: true });
});

afterAll(() => pb?.close());

describe('a sent invoice in the portal, on screen and on paper', () => {
  it('email link -> invoice page with amount, paid, balance, due -> prints on one A4 page without the portal frame', async () => {
    const ws = deps.workspaceId;
    const [owner] = await deps.db.insert(members).values({ workspaceId: ws, name: 'Sam Owner', email: 'sam@northwind.test', role: 'owner' }).returning();
    const acme = await seedClient(deps.db, ws, 'Acme Corporation International');
    await deps.db.update(clients).set({ addressLine1: 'Friedrichstraße 123', postalCode: '10117', city: 'Berlin', country: 'DE', taxId: 'DE123456789' })
      .where(eq(clients.id, acme.id));
    await seedContact(deps.db, ws, acme.id, 'Jane Doe', 'jane@acme.test', { isBillingDefault: true });
    const ledger = await seedLedger(deps.db, ws, acme.id, 'ACME');
    const inv = ledger.invoices[0];
    const actor: MemberActor = { kind: 'member', workspaceId: ws, memberId: owner.id, role: 'owner', channel: 'web', name: 'Sam Owner' };
    const ctx = makeCtx(deps, actor);
    await sendInvoice({ ctx, input: { invoice: inv.number } });
    await invitePortal({ ctx, input: { client: 'Acme', contact: 'jane' } });
    const [invoiceMail, invite] = deps.mailer.sent;
    expect(invoiceMail).toMatchObject({ to: 'jane@acme.test', subject: 'Invoice ACME-1 from Northwind Studio: €1,000.00 due 2026-10-01' });
    const viewUrl = invoiceMail.links![0];
    expect(viewUrl).toBe(`${base}/portal/invoices/${inv.id}`);

    const context = await browser.newContext();
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });
    await page.goto(invite.links![0]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/portal`);
    await page.goto(viewUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Invoice ACME-1');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, as a person reads it
    const sheet = await page.locator('.invoice-sheet').innerText();
    for (const s of ['Acme Corporation International', 'Friedrichstraße 123', '10117 Berlin', 'Germany', 'Tax ID: DE123456789', 'ACME design phase',
      'Amount\t€1,500.00', 'Paid\t€500.00', 'Balance due\t€1,000.00', '2026-10-01', 'Northwind Studio', '2026-09-15 · €500.00']) {
      expect(sheet, s).toContain(s);
    }
    await expect.poll(() => page.locator('#print-invoice').isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(shots, 'invoice-screen.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shots, 'invoice-print.png'), fullPage: true });
    const printed = await page.evaluate(() => {
      const shown = (sel: string) => [...document.querySelectorAll(sel)].some((e) => getComputedStyle(e).display !== 'none');
      const body = getComputedStyle(document.body);
      const totals = getComputedStyle(document.querySelector('.sheet-totals .balance td')!);
      return { nav: shown('header.bar') || shown('nav') || shown('footer') || shown('#print-invoice'), bg: body.backgroundColor, ink: totals.color };
    });
    expect(printed).toEqual({ nav: false, bg: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)' });
    // biome-ignore lint/performance/useDomNodeTextContent: the printed text
    const paper = await page.locator('body').innerText();
    expect(paper).not.toContain('My profile');
    expect(paper).toContain('Balance due\t€1,000.00');
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), 'the invoice prints on exactly one A4 page').toHaveLength(1);
    // The page size comes from the stylesheet (its named page): A4 is 595.28 x 841.89 pt.
    const cssSize = async () => (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1')
      .match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/)?.slice(1).map((n) => Math.round(Number(n)));
    expect(await cssSize()).toEqual([595, 842]);

    // The portal's other pages share the stylesheet, but its print rules are the invoice's only: the overview prints
    // with its frame, in its own colours.
    await page.goto(`${base}/portal`);
    const overview = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('header.bar')!).display,
      badge: getComputedStyle(document.querySelector('.badge')!).color,
    }));
    expect(overview).toEqual({ header: 'block', badge: expect.not.stringMatching(/^rgb\(0, 0, 0\)$/) });
    expect(await cssSize(), "the browser's own paper (Letter here), not the invoice's A4").toEqual([612, 792]);
    expect(external).toEqual([]);
    await context.close();
  }, 120_000); // A real browser on a busy machine: a generous guard, no timing asserted.
});
