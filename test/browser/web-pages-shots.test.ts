// Every team page E5b touched, looked at as a person would, at a desktop and a phone width: screenshots in
// /tmp/e5-shots (for eyes), and checks a person would notice: nothing wider than the screen, buttons on it.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { members } from '../../src/db/schema';
import { makeCtx } from '../../src/deps';
import { draftOutreach } from '../../src/domain/outreach/draft-outreach';
import { enrichClient } from '../../src/domain/enrichment/enrich-client';
import { seedClient, seedInvoice, seedProject } from '../domain/exports/seed';
import { startSite, type Site } from '../domain/enrichment/site-server';
import { shot, signInThroughOutbox, startHarness, type Harness } from './team-web-harness';

let h: Harness;
let site: Site;
let page: Page;
let acmeId: number;

const HOME = `<html><head><meta name="description" content="Acme builds industrial robots for factories across Europe.">
<script type="application/ld+json">{"@type":"Organization","telephone":"+49 30 1234567","address":{"@type":"PostalAddress",
"streetAddress":"Hauptstraße 5","addressLocality":"Berlin","postalCode":"10115","addressCountry":"Germany"}}</script></head>
<body><a href="/kontakt">Kontakt</a></body></html>`;

beforeAll(async () => {
  mkdirSync('/tmp/e5-shots', { recursive: true });
  h = await startHarness();
  site = await startSite({ '/': HOME, '/kontakt': '<p>Invoices: billing@acme.de</p>' });
  const [owner] = await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, email: 'olive@studio.test', name: 'Olive Owner', role: 'owner' }).returning();
  const ws = h.deps.workspaceId;
  const { client } = await seedClient(h.deps.db, ws, { name: 'Acme Robotics GmbH', status: 'inactive', website: site.url, phone: '+4940999999', industry: 'Robotics', city: 'Hamburg', country: 'DE' }, [
    { name: 'Jane Roe', email: 'jane.roe@acme-robotics.example', isPrimary: true, portalLastSignInAt: new Date('2026-11-20T09:30:00Z') },
    { name: 'Raj Patel', email: 'raj@acme-robotics.example', jobTitle: 'Head of Finance', isBillingDefault: true },
    { name: 'No Portal', email: 'np@acme-robotics.example', portalEnabled: false },
  ]);
  acmeId = client.id;
  await seedProject(h.deps.db, ws, acmeId, 'Website relaunch');
  await seedInvoice(h.deps.db, ws, acmeId, 480000, 480000, '2026-02-27');
  for (let i = 0; i < 6; i++) await seedClient(h.deps.db, ws, { name: `Client with a rather long name number ${i}`, status: 'active', city: 'Berlin', country: 'DE' });
  const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: ws, memberId: owner.id, role: 'owner', channel: 'web', name: 'Olive Owner' });
  await draftOutreach({ ctx, input: { client: client.number } });
  await enrichClient({ ctx: { ...ctx, config: { ...ctx.config, allowPrivateFetch: true } }, input: { client: client.number } });
  page = await (await h.browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] })).newPage();
  await signInThroughOutbox(h, page, 'olive@studio.test');
});
afterAll(async () => { await site?.close(); await h?.close(); });

const WIDTHS = [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }] as const;

/** Nothing sticks out sideways, and every visible button lies within the screen's width. */
async function fitsTheScreen() {
  const r = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const off = [...document.querySelectorAll('button, a.button, input, select, textarea')]
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => { const b = e.getBoundingClientRect(); return b.right > w + 1 || b.left < -1; })
      .map((e) => (e as HTMLElement).id || e.textContent?.trim() || e.getAttribute('name'));
    return { scroll: document.documentElement.scrollWidth, w, off };
  });
  expect(r.off).toEqual([]);
  expect(r.scroll).toBeLessThanOrEqual(r.w);
}

describe('the pages at desktop and phone widths', () => {
  for (const size of WIDTHS) {
    it(`looks right at ${size.name} width`, async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${h.base}/clients`);
      await fitsTheScreen();
      await shot(page, `30-${size.name}-clients`);
      await page.goto(`${h.base}/clients/import`);
      await page.setInputFiles('#import-file', { name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from('Company,E-mail,Favourite Colour\nInitech,info@initech.test,blue\nGlobex,nope,red\n') });
      await page.click('#import-check');
      await page.waitForSelector('.import-report');
      await fitsTheScreen();
      await shot(page, `31-${size.name}-import`);
      await page.goto(`${h.base}/clients/${acmeId}`);
      await fitsTheScreen();
      await shot(page, `32-${size.name}-client`);
      await page.goto(`${h.base}/clients/${acmeId}?confirm=send-outreach#outreach`);
      await fitsTheScreen();
      await shot(page, `33-${size.name}-client-confirm-send`);
      await page.goto(`${h.base}/clients/${acmeId}?confirm=reset-portal#portal`);
      await fitsTheScreen();
      await shot(page, `34-${size.name}-client-confirm-reset`);
      await page.goto(`${h.base}/`);
      await page.fill('#input', 'export clients to CSV');
      await page.press('#input', 'Enter');
      await page.locator('.file-card a').waitFor();
      await fitsTheScreen();
      await shot(page, `35-${size.name}-chat-file-card`);
    });
  }

  it('copies the outreach draft (subject and message) to the clipboard', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.base}/clients/${acmeId}#outreach`);
    await page.click('#outreach button.copy');
    await page.waitForSelector('#outreach button.copy:has-text("Copied")');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Subject: Catching up after Website relaunch\n\nHi Jane,/);
  });
});
