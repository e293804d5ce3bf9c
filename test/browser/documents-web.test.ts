// In headless Chromium: a team member uploads a document on the client page (shared in the portal), and the
// client's contact, signed in through the emailed link, downloads exactly those bytes from the portal overview.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberActor } from '../../src/context';
import { makeCtx } from '../../src/deps';
import { members } from '../../src/db/schema';
import { addContact } from '../../src/domain/contacts/add-contact';
import { createClient } from '../../src/domain/clients/create-client';
import { invitePortal } from '../../src/domain/portal/invite-portal';
import { lastEmailTo, shot, startAsOwner, type Harness } from './team-web-harness';
import type { Page } from 'playwright-core';

let h: Harness;
let page: Page;
beforeAll(async () => ({ h, page } = await startAsOwner()));
afterAll(() => h?.close());

describe('documents in a browser', () => {
  it('upload on the client page -> shared in the portal -> the contact downloads it', async () => {
    const [olive] = await h.deps.db.select().from(members);
    const actor: MemberActor = { kind: 'member', workspaceId: h.deps.workspaceId, memberId: olive.id, role: 'owner', channel: 'web', name: 'Olive Owner' };
    const ctx = makeCtx(h.deps, actor);
    const acme = await createClient({ ctx, input: { name: 'Acme Corp' } });
    await addContact({ ctx, input: { client: 'Acme', name: 'Jane Doe', email: 'jane@acme.test' } });
    const dir = mkdtempSync(join(tmpdir(), 'clientele-upload-'));
    const file = join(dir, 'Brand guide.pdf');
    writeFileSync(file, '%PDF-1.7\nthe brand guide');

    await page.goto(`${h.base}/clients/${acme.client.id}`);
    const card = page.locator('#documents');
    await card.locator('input[type=file]').setInputFiles(file);
    await card.getByLabel('Title (optional)').fill('Brand guide <2026>');
    await card.getByLabel('Share in the client portal').check();
    await card.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Uploaded “Brand guide <2026>”, shared in the portal.');
    await expect.poll(() => page.locator('#documents li.document').count()).toBe(1);
    expect(await page.locator('#documents li.document').textContent()).toContain('in the portal');
    await shot(page, 'documents-client-page');

    await invitePortal({ ctx, input: { client: 'Acme' } });
    const { links } = await lastEmailTo(h, 'jane@acme.test');
    const portal = await (await h.browser.newContext({ acceptDownloads: true })).newPage();
    await portal.goto(links[0]);
    await portal.getByRole('button', { name: 'Sign in' }).click();
    await portal.waitForURL(`${h.base}/portal`);
    const [download] = await Promise.all([portal.waitForEvent('download'), portal.getByRole('link', { name: 'Brand guide <2026>' }).click()]);
    expect(download.suggestedFilename()).toBe('Brand guide.pdf');
    expect(readFileSync(await download.path()).toString()).toBe('%PDF-1.7\nthe brand guide');
    await shot(portal, 'documents-portal');
  });
});
