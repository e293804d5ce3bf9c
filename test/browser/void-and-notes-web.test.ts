// In headless Chromium, on the client page: Void… on an unpaid invoice asks first, then the invoice is void and no
// longer owed (the outstanding figure drops), and Undo in the history issues it again; Delete… on a note asks, deletes
// only that note, and Undo brings it back. A paid invoice offers no Void.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberActor } from '../../src/context';
import { makeCtx } from '../../src/deps';
import { members } from '../../src/db/schema';
import { addNote } from '../../src/domain/clients/add-note';
import { createClient } from '../../src/domain/clients/create-client';
import { createInvoice } from '../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../src/domain/ledger/record-payment';
import { shot, startAsOwner, type Harness } from './team-web-harness';

let h: Harness;
let page: Page;
let clientId = 0;
let unpaid = '';
beforeAll(async () => {
  ({ h, page } = await startAsOwner());
  const [olive] = await h.deps.db.select().from(members);
  const actor: MemberActor = { kind: 'member', workspaceId: h.deps.workspaceId, memberId: olive.id, role: 'owner', channel: 'web', name: 'Olive Owner' };
  const ctx = makeCtx(h.deps, actor);
  clientId = (await createClient({ ctx, input: { name: 'Acme Corp' } })).client.id;
  const paid = await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 400 } });
  await recordPayment({ ctx, input: { invoice: paid.invoice.number, amount: 400 } });
  unpaid = (await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 1200 } })).invoice.number;
  await addNote({ ctx, input: { client: 'Acme Corp', text: 'Prefers email over phone.' } });
  await addNote({ ctx, input: { client: 'Acme Corp', text: 'Wrong client, ignore.' } });
});
afterAll(() => h?.close());

const undoNewest = async () => {
  await page.locator('#history li').filter({ has: page.locator('button.undo') }).first().locator('button.undo').click();
};

describe('voiding an invoice and deleting a note on the client page', () => {
  it('asks, voids the unpaid invoice, and undo issues it again', async () => {
    await page.goto(`${h.base}/clients/${clientId}`);
    expect(await page.locator('#stat-outstanding b').textContent()).toBe('$1,200.00');
    expect(await page.locator('#invoices button.void-invoice').count()).toBe(1);
    await page.locator('#invoices tr', { hasText: unpaid }).locator('button.void-invoice').click();
    await expect.poll(() => page.locator('#confirm-void-invoice').textContent()).toContain(`Void invoice ${unpaid} ($1,200.00)?`);
    expect(await page.locator('#stat-outstanding b').textContent()).toBe('$1,200.00');
    await shot(page, 'void-invoice-confirm');
    await page.click('#void-invoice');
    await expect.poll(() => page.locator('.notice').textContent()).toContain(`Voided ${unpaid}; it is no longer owed.`);
    expect(await page.locator('#invoices tr', { hasText: unpaid }).locator('td[data-label=Status]').textContent()).toBe('void');
    expect(await page.locator('#stat-outstanding b').textContent()).toBe('$0.00');
    await undoNewest();
    await expect.poll(() => page.locator('#stat-outstanding b').textContent()).toBe('$1,200.00');
  });

  it('asks, deletes only that note, and undo brings it back', async () => {
    await page.goto(`${h.base}/clients/${clientId}`);
    await page.locator('#notes li', { hasText: 'Wrong client, ignore.' }).locator('button.delete-note').click();
    await expect.poll(() => page.locator('#confirm-delete-note').count()).toBe(1);
    expect(await page.locator('#notes li[data-note]').count()).toBe(2);
    await page.click('#delete-note');
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Deleted the note.');
    expect(await page.locator('#notes li[data-note]').allTextContents()).toEqual([expect.stringContaining('Prefers email over phone.')]);
    await shot(page, 'note-deleted');
    await undoNewest();
    await expect.poll(() => page.locator('#notes li[data-note]').count()).toBe(2);
  });
});
