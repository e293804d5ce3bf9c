// The React web chat in a browser (issue 16): suggestions on an empty chat, a working state from the moment a
// message is sent, a tool's input shown while it runs and then its card, Stop that stops the model, answers as
// sanitised Markdown, the conversation list as a drawer on phones, dark mode from the system; no CSP violation.
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scriptedModel } from '../agent/mock-model';
import { sendChat, shot, startAsOwner, type Harness, watchProblems } from './team-web-harness';

let h: Harness;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  ({ h, page } = await startAsOwner());
  problems = watchProblems(page);
});
afterAll(async () => { await h?.close(); });

/** A model whose stream stays open after `parts` until the test releases it (or the request is aborted). */
function heldModel(parts: LanguageModelV4StreamPart[]) {
  let begin = () => {};
  const held = { release: () => {}, aborted: false, started: new Promise<void>((r) => { begin = r; }) };
  const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 1, text: 1, reasoning: undefined } };
  let calls = 0;
  h.deps.model = new MockLanguageModelV4({
    doStream: async ({ abortSignal }) => {
      // After the first step (or a release), the model closes with a short text.
      if (calls++) return { stream: new ReadableStream({ start(c) { for (const p of [{ type: 'text-start', id: 'e' }, { type: 'text-delta', id: 'e', delta: 'Done.' }, { type: 'text-end', id: 'e' }, { type: 'finish', usage, finishReason: { unified: 'stop', raw: undefined } }] as LanguageModelV4StreamPart[]) c.enqueue(p); c.close(); } }) };
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(ctl) {
            ctl.enqueue({ type: 'stream-start', warnings: [] });
            for (const p of parts) ctl.enqueue(p);
            begin();
            held.release = () => {
              ctl.enqueue({ type: 'finish', usage, finishReason: { unified: parts.some((p) => p.type === 'tool-call') ? 'tool-calls' : 'stop', raw: undefined } });
              ctl.close();
            };
            abortSignal?.addEventListener('abort', () => { held.aborted = true; ctl.error(abortSignal.reason); });
          },
        }),
      };
    },
  }) as never;
  return held;
}

describe('the web chat', () => {
  it('offers suggestions on an empty chat, and one click asks it', async () => {
    await page.waitForSelector('#hint .suggestion');
    expect(await page.locator('#hint .suggestion').count()).toBeGreaterThanOrEqual(3);
    await shot(page, '40-chat-empty-suggestions');
    h.deps.model = scriptedModel([{ calls: [{ toolName: 'createClient', input: { name: 'Acme Corp' } }] }, { text: 'Added Acme Corp.' }]) as never;
    await page.locator('#hint .suggestion').filter({ hasText: 'add Acme Corp' }).click();
    await page.waitForSelector('.msg.assistant[data-done="1"] .client-card');
    expect(await page.locator('#hint').count()).toBe(0);
    expect(await page.locator('.msg.user .bubble').first().textContent()).toBe('add Acme Corp, jane@acme.com');
  });

  it('shows it is working from the first byte, the tool\'s input while it runs, then the card', async () => {
    const held = heldModel([{ type: 'tool-call', toolCallId: 'call-held', toolName: 'deleteClient', input: JSON.stringify({ client: 'Acme Corp' }) }]);
    await page.fill('#input', 'delete Acme Corp');
    await page.press('#input', 'Enter');
    await page.waitForSelector('.working');
    await held.started;
    // The model asked for the tool and is still going: the call is shown with its input, Stop is offered.
    const running = page.locator('.tool-call[data-tool="deleteClient"]');
    await running.waitFor();
    expect(await running.textContent()).toContain('Deleting the client');
    expect(await running.locator('dd').textContent()).toBe('Acme Corp');
    expect(await page.locator('#stop').isVisible()).toBe(true);
    await shot(page, '41-tool-running');
    held.release();
    const card = page.locator('.approval[data-state="pending"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Acme Corp');
    expect(await page.locator('.tool-call').count()).toBe(0);
    await card.locator('button:has-text("Cancel")').click();
    await page.waitForSelector('.approval[data-state="cancelled"]');
    expect(await page.locator('#send').isVisible()).toBe(true);
  });

  it('stops the model with Stop and keeps what it said', async () => {
    const held = heldModel([{ type: 'text-start', id: 't' }, { type: 'text-delta', id: 't', delta: 'Let me think about **that**' }]);
    await page.fill('#input', 'write a long story');
    await page.press('#input', 'Enter');
    await held.started;
    await page.waitForSelector('.msg.assistant .bubble.md strong');
    await page.click('#stop');
    await page.waitForSelector('#send');
    await expect.poll(() => held.aborted).toBe(true);
    expect(await page.locator('.msg.assistant').last().textContent()).toContain('Let me think about that');
    await shot(page, '42-stopped');
  });

  it('renders answers as Markdown without running anything they carry', async () => {
    h.deps.model = scriptedModel([{ text: 'Here is **bold**, a list:\n\n- one\n- two\n\n<img src=x onerror="window.__xss=1"> [click](javascript:window.__xss=2) and [Acme](/clients/1)' }]) as never;
    const answer = await sendChat(page, 'format something');
    expect(await answer.locator('.bubble.md strong').textContent()).toBe('bold');
    expect(await answer.locator('.bubble.md li').count()).toBe(2);
    expect(await answer.locator('img').count()).toBe(0);
    const hrefs = await answer.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/clients/1');
    expect(hrefs.some((x) => x?.startsWith('javascript'))).toBe(false);
    await answer.locator('a:has-text("click")').click({ trial: false }).catch(() => {});
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await shot(page, '43-markdown');
  });

  it('opens the conversation list as a drawer on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${h.base}/`);
    await page.waitForSelector('#hint');
    expect(await page.locator('#conversation-list').isVisible()).toBe(false);
    await shot(page, '44-phone-chat');
    await page.click('.drawer-toggle');
    expect(await page.locator('#conversation-list').isVisible()).toBe(true);
    await shot(page, '45-phone-drawer');
    await page.locator('#conversations button').filter({ hasText: 'add Acme Corp' }).click();
    await page.waitForSelector('.client-card');
    expect(await page.locator('#conversation-list').isVisible()).toBe(false);
    expect(page.url()).toContain('?c=');
  });

  it('follows the system\'s dark mode', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.waitForSelector('.client-card');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(11, 18, 32)');
    await shot(page, '46-dark-chat');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(246, 247, 249)');
  });

  it('ran without a script error or a CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
