// Client messages in Chromium: a contact writes on the portal's Messages page, the owner reads it on the client
// page and answers (Send… asks first), the contact gets the email from the outbox and reads the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeCtx } from '../../src/deps';
import { createClient } from '../../src/domain/clients/create-client';
import { invitePortal } from '../../src/domain/portal/invite-portal';
import { lastEmailTo, shot, startAsOwner, type Harness } from './team-web-harness';

let h: Harness;
let owner: Page;
beforeAll(async () => ({ h, page: owner } = await startAsOwner()), 120_000);
afterAll(() => h?.close());

const noSidewaysScroll = async (page: Page) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 1280, height: 860 });
  return overflow <= 0;
};

describe('client messages in a browser', () => {
  it('portal question -> client page answer after confirming -> email -> the contact reads it', async () => {
    const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: h.deps.workspaceId, memberId: 1, role: 'owner', channel: 'web', name: 'Olive Owner' });
    const { client } = await createClient({ ctx, input: { name: 'Acme Corp', contactName: 'Jane Roe', email: 'jane@acme.test' } });
    await invitePortal({ ctx, input: { client: 'Acme Corp' } });

    const jane = await (await h.browser.newContext()).newPage();
    await jane.goto((await lastEmailTo(h, 'jane@acme.test')).links[0]);
    await jane.getByRole('button', { name: 'Sign in' }).click();
    await jane.waitForURL(`${h.base}/portal`);
    await jane.getByRole('link', { name: 'Messages' }).click();
    await expect.poll(() => jane.locator('h1').textContent()).toBe('Messages');
    await jane.getByLabel('Your message').fill('When is the launch?\nWe need to tell our board.');
    await jane.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => jane.locator('.notice').textContent()).toContain('Sent.');
    await expect.poll(() => jane.locator('li.message .body').last().textContent()).toBe('When is the launch?\nWe need to tell our board.');
    expect(await noSidewaysScroll(jane)).toBe(true);
    await shot(jane, 'messages-portal-question');

    await owner.goto(`${h.base}/clients/${client.id}#messages`);
    const card = owner.locator('#messages');
    await expect.poll(() => card.locator('li.message').last().textContent()).toContain('When is the launch?');
    await card.getByLabel('Write to Acme Corp').fill('Next Tuesday. <b>Slides</b> follow.');
    await card.getByRole('button', { name: 'Send…' }).click();
    await expect.poll(() => owner.locator('#confirm-message').textContent()).toContain('Next Tuesday. <b>Slides</b> follow.');
    await owner.getByRole('button', { name: 'Send message' }).click();
    await expect.poll(() => owner.locator('main').textContent()).toContain('Sent your message to the Acme Corp portal. Emailed jane@acme.test.');
    await expect.poll(() => owner.locator('#messages li.message').last().textContent()).toContain('Next Tuesday. <b>Slides</b> follow.');
    await shot(owner, 'messages-client-page');

    const mail = await lastEmailTo(h, 'jane@acme.test');
    expect(mail).toMatchObject({ subject: 'New message from My Studio', links: [`${h.base}/portal/messages`] });
    await jane.goto(mail.links[0]);
    await expect.poll(() => jane.locator('li.message .body').last().textContent()).toBe('Next Tuesday. <b>Slides</b> follow.');
    await shot(jane, 'messages-portal-answer');
  }, 120_000); // A real browser on a busy machine: a generous guard, no timing asserted.
});
