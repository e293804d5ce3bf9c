// In headless Chromium: the team sends a quote; the client's contact, signed in through the emailed link, opens
// the portal from the quote email, accepts it with a comment; the team's client page then shows it accepted,
// with the project it started and the line in the history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MemberActor } from '../../src/context';
import { makeCtx } from '../../src/deps';
import { members } from '../../src/db/schema';
import { addContact } from '../../src/domain/contacts/add-contact';
import { createClient } from '../../src/domain/clients/create-client';
import { invitePortal } from '../../src/domain/portal/invite-portal';
import { createQuote } from '../../src/domain/quotes/create-quote';
import { sendQuote } from '../../src/domain/quotes/send-quote';
import { lastEmailTo, shot, startAsOwner, type Harness } from './team-web-harness';

let h: Harness;
let page: Page;
beforeAll(async () => ({ h, page } = await startAsOwner()));
afterAll(() => h?.close());

describe('quotes in a browser', () => {
  it('sent -> the contact accepts it in the portal with a comment -> the team sees it accepted with its project', async () => {
    const [olive] = await h.deps.db.select().from(members);
    const actor: MemberActor = { kind: 'member', workspaceId: h.deps.workspaceId, memberId: olive.id, role: 'owner', channel: 'web', name: 'Olive Owner' };
    const ctx = makeCtx(h.deps, actor);
    const acme = await createClient({ ctx, input: { name: 'Acme Corp' } });
    await addContact({ ctx, input: { client: 'Acme', name: 'Jane Doe', email: 'jane@acme.test' } });
    const { quote } = await createQuote({ ctx, input: { client: 'Acme', title: 'Website redesign', amount: 5000, currency: 'EUR', validUntil: '2026-12-31' } });
    await sendQuote({ ctx, input: { quote: quote.number } });
    const quoteMail = await lastEmailTo(h, 'jane@acme.test');
    expect(quoteMail.subject).toContain(`Website redesign (${quote.number})`);

    await invitePortal({ ctx, input: { client: 'Acme' } });
    const { links } = await lastEmailTo(h, 'jane@acme.test');
    const portal = await (await h.browser.newContext()).newPage();
    await portal.goto(links[0]);
    await portal.getByRole('button', { name: 'Sign in' }).click();
    await portal.waitForURL(`${h.base}/portal`);
    // The quote email's own link leads to the same overview.
    await portal.goto(quoteMail.links[0]);
    const card = portal.locator('#quotes');
    expect(await card.textContent()).toContain('€5,000.00');
    await card.getByLabel('Comment (optional)').fill('Go ahead, <we> are ready');
    await shot(portal, 'quotes-portal-pending');
    await card.getByRole('button', { name: `Accept ${quote.number}` }).click();
    await portal.waitForURL(`${h.base}/portal/quotes/${quote.id}?done=accepted`);
    expect(await portal.locator('.notice').textContent()).toContain('Thank you: you accepted this quote.');
    expect(await portal.getByRole('link', { name: 'Website redesign' }).getAttribute('href')).toMatch(/^\/portal\/projects\/\d+$/);
    await shot(portal, 'quotes-portal-accepted');

    await page.goto(`${h.base}/clients/${acme.client.id}`);
    const row = page.locator(`#quotes tr[data-quote="${quote.number}"]`);
    expect(await row.textContent()).toMatch(/accepted[\s\S]*Go ahead, <we> are ready|Go ahead, <we> are ready[\s\S]*accepted/);
    expect(await page.locator('#ledger').textContent()).toContain('Website redesign');
    expect(await page.locator('#history').textContent()).toContain(`Jane Doe accepted the quote ${quote.number} "Website redesign" (€5,000.00) in the Acme Corp portal; started the project Website redesign`);
    await shot(page, 'quotes-client-page');
  });
});
