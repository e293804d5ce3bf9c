// The chat as a person reads it: a confirmed delete's outcome continues the message that asked, and
// the card says what became of it (Confirmed / Cancelled / Expired), the same after reopening it from the
// sidebar; a failed request says its error once; same-titled conversations are told apart by their time.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { approvals } from '../../src/db/schema';
import { sendChat as sendIn, shot, startAsOwner, type Harness } from './team-web-harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  ({ h, page } = await startAsOwner());
});
afterAll(async () => { await h?.close(); });

const sendChat = (text: string) => sendIn(page, text);
/** The log as the reader sees it, one entry per message box. */
const logTexts = () => page.locator('#log > .msg').allTextContents();
const newChat = async () => { await page.click('#new-chat'); await page.waitForSelector('#hint'); };

describe('chat order, decided cards, errors once, dated sidebar', () => {
  it('continues the asking message with a confirmed delete\'s outcome, marks the card Confirmed, and reopens in the same order', async () => {
    await sendChat('add Globex Corporation');
    const asked = await sendChat('delete Globex Corporation');
    await asked.locator('.approval').waitFor();
    expect(await asked.textContent()).toContain('Nothing has changed yet');
    await asked.locator('.approval button:has-text("Confirm")').click();
    await page.waitForSelector('.approval[data-state="confirmed"]');
    await page.waitForSelector('#log > .msg.assistant:last-child[data-done="1"] .client-card, #log > .msg.assistant:last-child[data-done="1"] button.undo');
    expect(await page.locator('.approval h2').textContent()).toBe('Confirmed');
    expect(await page.locator('.approval button').count()).toBe(0);
    const live = await logTexts();
    // The SDK's approval flow: the answer continues the message that asked, after the question.
    const last = live.at(-1)!;
    expect(last.indexOf('Deleted Globex Corporation')).toBeGreaterThan(last.indexOf('Nothing has changed yet'));
    expect(last).toContain('You can undo this.');
    expect(await page.locator('#log > .msg').last().locator('button.undo').count()).toBe(1);
    // Said once: the Undo line does not repeat the answer.
    expect(last.match(/Deleted Globex Corporation/g)).toHaveLength(1);
    await shot(page, '30-confirmed-outcome-last');

    await newChat();
    await page.locator('#conversations button').filter({ hasText: 'add Globex Corporation' }).first().click();
    await page.waitForSelector('.approval[data-state="confirmed"]');
    expect(await logTexts()).toEqual(live);
    await shot(page, '31-reopened-same-order');
  });

  it('marks a cancelled card Cancelled and an expired one Expired (after reopening)', async () => {
    await newChat();
    await sendChat('add Globex Corporation');
    const asked = await sendChat('delete Globex Corporation');
    await asked.locator('.approval button:has-text("Cancel")').click();
    await page.waitForSelector('.approval[data-state="cancelled"]');
    expect(await page.locator('.approval h2').textContent()).toBe('Cancelled');
    expect(await page.locator('#log > .msg').last().textContent()).toContain('Cancelled; nothing was changed');

    const again = await sendChat('delete Globex Corporation');
    const id = await again.locator('.approval').getAttribute('data-approval-id');
    await h.deps.db.update(approvals).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(approvals.id, id!));
    await page.reload();
    await page.waitForSelector(`.approval[data-approval-id="${id}"][data-state="expired"]`);
    expect(await page.locator(`.approval[data-approval-id="${id}"] h2`).textContent()).toBe('Expired');
    expect(await page.locator('.approval[data-state="cancelled"]').count()).toBe(1);
    await shot(page, '32-cancelled-and-expired');
  });

  it('says a failed request\'s error once', async () => {
    await newChat();
    const answer = await sendChat('show Zyxwv Holdings');
    const text = (await answer.textContent()) ?? '';
    expect(text).toMatch(/No client matches/);
    expect(text.match(/No client matches/g)).toHaveLength(1);
    await shot(page, '33-error-once');
  });

  it('shows a date and time under each conversation in the sidebar', async () => {
    const entries = page.locator('#conversations button');
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(3);
    const same = entries.filter({ hasText: 'add Globex Corporation' });
    expect(await same.count()).toBe(2);
    const whens = await same.locator('.when').allTextContents();
    for (const when of whens) expect(when).toMatch(/^Today \d{1,2}:\d{2}/);
    // Made within seconds of each other here, so the seconds show; they differ unless both landed in one second.
    expect(whens[0]).toMatch(/^Today \d{1,2}:\d{2}:\d{2}/);
    await shot(page, '34-sidebar-dates');
  });
});
