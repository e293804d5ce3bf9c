// The client list and client page in Chromium, as a person uses them: the list pages through every client with
// the count, keeps its filters in the URL, shows dates as people read them, money per currency and the invoice
// count, and finds a phone however it is typed; the client page edits and removes contacts, sets the owner,
// archives, unarchives, and deletes after asking (with Undo).
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, contacts, members } from '../../src/db/schema';
import { makeCtx } from '../../src/deps';
import { addContact } from '../../src/domain/contacts/add-contact';
import { createClient } from '../../src/domain/clients/create-client';
import { createInvoice } from '../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../src/domain/ledger/record-payment';
import { shot, startAsOwner, type Harness } from './team-web-harness';

let h: Harness;
let page: Page;
const ids: Record<string, number> = {};
const rowNames = () => page.locator('#clients-table tbody tr td:nth-child(2) a').allTextContents();

beforeAll(async () => {
  ({ h, page } = await startAsOwner());
  const [owner] = await h.deps.db.select().from(members).where(eq(members.email, 'olive@studio.test'));
  await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, email: 'max@studio.test', name: 'Max Manager', role: 'manager' });
  const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: h.deps.workspaceId, memberId: owner.id, role: 'owner', channel: 'web', name: 'Olive Owner' });
  for (let i = 1; i <= 118; i++) await createClient({ ctx, input: { name: `Filler ${String(i).padStart(3, '0')}`, status: i % 2 ? 'active' : 'lead' } });
  const euro = await createClient({ ctx, input: { name: 'Euro Works', status: 'active', contactName: 'Jane Roe', email: 'jane@euro.example' } });
  ids.euro = euro.client.id;
  const inv = await createInvoice({ ctx, input: { client: `id:${euro.client.id}`, amount: 1500, currency: 'EUR' } });
  await recordPayment({ ctx, input: { invoice: inv.invoice.number, amount: 300 } });
  await createInvoice({ ctx, input: { client: `id:${euro.client.id}`, amount: 250, currency: 'USD' } });
  const bay = await createClient({ ctx, input: { name: 'Bay Studio', address: { country: 'US' } } });
  ids.bay = bay.client.id;
  await addContact({ ctx, input: { client: `id:${bay.client.id}`, name: 'Sam Lee', email: 'sam@bay.example', phone: '+1 415 555 0123' } });
  // An old client: its date is shown in the reader's format, not as ISO.
  await h.deps.db.update(clients).set({ createdAt: new Date('2025-01-15T12:00:00Z') }).where(eq(clients.id, bay.client.id));
});
afterAll(async () => { await h?.close(); });

describe('the client list', () => {
  it('pages through every client with the count, and keeps the filters in the URL while paging', async () => {
    await page.goto(`${h.base}/clients`);
    expect(await page.locator('#list-count').first().textContent()).toBe('1–50 of 120 clients');
    expect(await page.locator('#clients-table tbody tr').count()).toBe(50);
    await page.click('#page-next >> nth=0');
    await page.waitForURL(/page=2/);
    expect(await page.locator('#list-count').first().textContent()).toBe('51–100 of 120 clients');
    await page.click('#page-next >> nth=0');
    expect(await page.locator('#list-count').first().textContent()).toBe('101–120 of 120 clients');
    expect(await rowNames()).toContain('Filler 118');

    await page.selectOption('#filters select[name=status]', 'active');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/status=active/);
    expect(await page.locator('#list-count').first().textContent()).toBe('1–50 of 60 clients');
    await page.click('#page-next >> nth=0');
    await page.waitForURL((u) => u.searchParams.get('status') === 'active' && u.searchParams.get('page') === '2');
    expect(await page.locator('#list-count').first().textContent()).toBe('51–60 of 60 clients');
    expect(await page.locator('#filters select[name=status]').inputValue()).toBe('active');
    await page.reload();
    expect(await page.locator('#list-count').first().textContent()).toBe('51–60 of 60 clients');
  });

  it('shows money per currency, the invoice count, and dates as people read them; the revenue sort agrees', async () => {
    await page.goto(`${h.base}/clients?sort=revenue`);
    const first = page.locator('#clients-table tbody tr').first();
    expect(await first.locator('td:nth-child(2)').textContent()).toContain('Euro Works');
    expect(await first.locator('td.invoices').textContent()).toBe('2');
    expect(await first.locator('td.revenue .amount').allTextContents()).toEqual(['€1,500.00', '$250.00']);
    expect(await first.locator('td.outstanding .amount').allTextContents()).toEqual(['€1,200.00', '$250.00']);
    // Just created: relative; the old one: a date in the browser's format, never ISO.
    expect(await first.locator('td:nth-child(10) time').textContent()).toMatch(/now|seconds? ago|minutes? ago/);
    await page.goto(`${h.base}/clients?query=Bay`);
    const added = await page.locator('#clients-table tbody tr td:nth-child(10) time').textContent();
    expect(added).toBe('Jan 15, 2025');
    await page.goto(`${h.base}/clients?sort=revenue`);
    await shot(page, 'client-list-money');
  });

  it("finds a contact's phone however it is typed", async () => {
    for (const typed of ['(415) 555-0123', '+1 415 555 0123', '415.555.0123']) {
      await page.goto(`${h.base}/clients`);
      await page.fill('#filters input[name=query]', typed);
      await page.click('#filters button[type=submit]');
      await page.waitForURL(/query=/);
      expect(await rowNames(), typed).toEqual(['Bay Studio']);
    }
  });
});

describe('the web chat cards', () => {
  it('show the figures of showClient and findClients per currency, as the list does', async () => {
    await page.goto(`${h.base}/`);
    // A string, so the test runner leaves the browser's own import() alone.
    const texts = await page.evaluate(`(async () => {
      const { renderResult } = await import('/assets/cards.js');
      const client = { id: 1, number: '0001', name: 'Euro Works', status: 'active', currency: 'USD', invoiceCount: 2,
        totals: [{ currency: 'EUR', revenue: 1500, paid: 300, outstanding: 1200 }, { currency: 'USD', revenue: 250, paid: 0, outstanding: 250 }] };
      const card = renderResult('showClient', { ok: true, text: '', data: { kind: 'client', client } }, () => {});
      const list = renderResult('findClients', { ok: true, text: '', data: { kind: 'clients', clients: [client], total: 1 } }, () => {});
      return { card: card.querySelector('dl')?.textContent, row: [...list.querySelectorAll('tbody td')].map((td) => td.textContent) };
    })()`) as { card: string; row: string[] };
    expect(texts.card).toMatch(/Outstanding€1,200\.00 · \$250\.00Revenue€1,500\.00 · \$250\.00/);
    expect(texts.row.slice(4, 7)).toEqual(['2', '€1,500.00 · $250.00', '€1,200.00 · $250.00']);
  });
});

describe('the client page', () => {
  it('shows what is owed in each invoice currency, not the billing currency', async () => {
    await page.goto(`${h.base}/clients/${ids.euro}`);
    expect(await page.locator('#stat-outstanding .amount').allTextContents()).toEqual(['€1,200.00', '$250.00']);
    expect(await page.locator('#stat-paid .amount').allTextContents()).toEqual(['€300.00']);
    await shot(page, 'client-page-money');
  });

  it('edits a contact: role, title, billing default and portal access; the last contact cannot be removed', async () => {
    await page.goto(`${h.base}/clients/${ids.euro}`);
    await page.click('#contacts a[aria-label="Edit Contacts"]');
    await page.click('#contacts a[aria-label="Edit Jane Roe"]');
    const form = page.locator('#contacts form[id^=contact-form-]');
    await form.locator('input[name=jobTitle]').fill('Head of Finance');
    await form.locator('select[name=role]').selectOption('finance');
    await form.locator('input[name=billingDefault]').check();
    await form.locator('input[name=portalEnabled]').uncheck();
    await shot(page, 'client-contact-edit');
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/edit=contacts/);
    const [jane] = await h.deps.db.select().from(contacts).where(eq(contacts.clientId, ids.euro));
    expect(jane).toMatchObject({ jobTitle: 'Head of Finance', role: 'finance', isBillingDefault: true, portalEnabled: false, isPrimary: true });
    const item = page.locator(`#contact-${jane.id}`);
    expect(await item.textContent()).toContain('Finance');
    expect(await item.locator('.portal-status').textContent()).toBe('Portal off');

    await page.click('#contacts button[aria-label="Remove Jane Roe"]');
    expect(await page.locator('[role=alert]').first().textContent()).toContain("only contact and cannot be removed");
    expect(await h.deps.db.select().from(contacts).where(eq(contacts.clientId, ids.euro))).toHaveLength(1);
  });

  it('adds a contact, makes it primary, and removes the old one; an email the domain refuses is marked on its field', async () => {
    await page.goto(`${h.base}/clients/${ids.euro}?edit=contacts#contacts`);
    await page.fill('#contact-add input[name=name]', 'Kim Park');
    await page.fill('#contact-add input[name=email]', 'kim@euro');
    await page.click('#contact-add button[type=submit]');
    expect(await page.locator('#contact-add input[name=email][aria-invalid=true]').count()).toBe(1);
    await page.fill('#contact-add input[name=email]', 'kim@euro.example');
    await page.check('#contact-add input[name=primary]');
    await page.click('#contact-add button[type=submit]');
    await expect.poll(async () => (await h.deps.db.select().from(contacts).where(eq(contacts.clientId, ids.euro))).length).toBe(2);
    await page.click('#contacts button[aria-label="Remove Jane Roe"]');
    await page.waitForURL(/edit=contacts/);
    const left = await h.deps.db.select().from(contacts).where(eq(contacts.clientId, ids.euro));
    expect(left.map((c) => [c.name, c.isPrimary])).toEqual([['Kim Park', true]]);
  });

  it('sets the owner on the identity card', async () => {
    await page.goto(`${h.base}/clients/${ids.euro}?edit=identity#identity`);
    await page.selectOption('#owner-select', { label: 'Max Manager' });
    await page.click('#identity button[type=submit]');
    await page.waitForURL(/#identity/);
    expect(await page.locator('#identity dl').textContent()).toContain('Max Manager');
  });

  it('offers a member-role teammate as owner but never a removed one, whose clients keep them when the card is saved', async () => {
    const [owner] = await h.deps.db.select().from(members).where(eq(members.email, 'olive@studio.test'));
    const [rae] = await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, email: 'rae@studio.test', name: 'Rae Gone', role: 'manager', removedAt: new Date() }).returning();
    await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, email: 'mo@studio.test', name: 'Mo Member', role: 'member' });
    const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: h.deps.workspaceId, memberId: owner.id, role: 'owner', channel: 'web', name: 'Olive Owner' });
    const { client } = await createClient({ ctx, input: { name: 'Rae Works' } });
    await h.deps.db.update(clients).set({ ownerId: rae.id }).where(eq(clients.id, client.id));
    const ownerOf = async () => (await h.deps.db.select().from(clients).where(eq(clients.id, client.id)))[0].ownerId;

    await page.goto(`${h.base}/clients/${client.id}?edit=identity#identity`);
    expect(await page.locator('#owner-select option:not([disabled])').allTextContents()).toEqual(['No owner', 'Max Manager', 'Mo Member', 'Olive Owner']);
    expect(await page.locator('#owner-select option:checked').textContent()).toBe('Rae Gone (removed from the team)');
    await page.fill('#identity input[name=name]', 'Rae Works Ltd');
    await page.click('#identity button[type=submit]');
    await page.waitForURL(/#identity$/);
    expect(await ownerOf()).toBe(rae.id);

    await page.goto(`${h.base}/clients/${client.id}?edit=identity#identity`);
    await page.selectOption('#owner-select', { label: 'Mo Member' });
    await page.click('#identity button[type=submit]');
    await page.waitForURL(/#identity$/);
    expect(await page.locator('#identity dl').textContent()).toContain('Mo Member');
  });

  it('archives and unarchives, and deletes only after asking, with Undo', async () => {
    await page.goto(`${h.base}/clients/${ids.bay}`);
    await page.click('#archive-client');
    await page.waitForSelector('#unarchive-client');
    expect(await page.locator('h1 .badge').allTextContents()).toContain('archived');
    await page.click('#unarchive-client');
    await page.waitForSelector('#archive-client');

    await page.click('#delete-client');
    await page.waitForSelector('#confirm-delete');
    await shot(page, 'client-delete-confirm');
    expect(await h.deps.db.select().from(clients).where(eq(clients.id, ids.bay))).toHaveLength(1);
    await page.click('#delete-confirm');
    await page.waitForSelector('#deleted-notice');
    expect(await page.locator('#deleted-notice').textContent()).toContain('Deleted Bay Studio.');
    expect(await h.deps.db.select().from(clients).where(eq(clients.id, ids.bay))).toHaveLength(0);
    await page.click('#deleted-notice button.undo');
    await page.waitForURL(new RegExp(`/clients/${ids.bay}`));
    expect(await h.deps.db.select().from(contacts).where(eq(contacts.clientId, ids.bay))).toHaveLength(1);
  });

  it('refuses to delete a client with issued invoices, saying to archive it', async () => {
    await page.goto(`${h.base}/clients/${ids.euro}?confirm=delete`);
    await page.click('#delete-confirm');
    expect(await page.locator('[role=alert]').first().textContent()).toMatch(/archive/i);
    expect(await h.deps.db.select().from(clients).where(eq(clients.id, ids.euro))).toHaveLength(1);
  });
});
