// The team web app served by @hono/node-server on a free loopback port, with the outbox mailer in a temp
// folder, driven by Debian's chromium through playwright-core.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadCommandReader } from '../../src/agent/offline/nlu/command-reader';
import { createApp } from '../../src/channels/http/app';
import { members } from '../../src/db/schema';
import { silentLog } from '../../src/context';
import { createOutboxMailer } from '../../src/mail/outbox-mailer';
import { createTestDeps, type TestDeps } from '../support/deps';

export type Harness = { deps: TestDeps; base: string; browser: Browser; outbox: string; close(): Promise<void> };

export async function startHarness(): Promise<Harness> {
  let handler: (req: Request) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: (req) => handler(req), port: 0, hostname: '127.0.0.1' }, () => ok(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const deps = await createTestDeps({ env: { PUBLIC_URL: base } });
  const outbox = deps.env.OUTBOX_DIR;
  (deps as { mailer: unknown }).mailer = createOutboxMailer(outbox, deps.env.MAIL_FROM, silentLog);
  // The browser runs on the wall clock; so does this app (cookies, link expiry).
  deps.clock.now = new Date();
  (deps as { now: () => Date }).now = () => new Date();
  const app = createApp(deps);
  handler = (req) => app.fetch(req);
  // The offline model reads its weights on first use (seconds on a loaded machine): in the setup's time, not a test's.
  await loadCommandReader();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    deps, base, browser, outbox,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      await deps.deferrer.drain();
      deps.testDb.cleanup();
    },
  };
}

/** The newest outbox email to `to` (the .json the outbox mailer writes), after the deferred send finished. */
export async function lastEmailTo(h: Harness, to: string): Promise<{ subject: string; links: string[] }> {
  await h.deps.deferrer.drain();
  const mails = readdirSync(h.outbox).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(h.outbox, f), 'utf8')) as { to: string; subject: string; links: string[] })
    .filter((m) => m.to === to);
  if (!mails.length) throw new Error(`no email to ${to} in the outbox`);
  return mails.at(-1)!;
}

export async function signInThroughOutbox(h: Harness, page: Page, email: string): Promise<void> {
  await page.goto(`${h.base}/sign-in`);
  await page.fill('input[name=email]', email);
  await page.click('button[type=submit]');
  await page.waitForSelector('text=Check your email');
  const { links } = await lastEmailTo(h, email);
  await page.goto(links[0]);
  await page.click('button:has-text("Sign in")');
  await page.waitForURL(`${h.base}/`);
}

const SHOTS = '/tmp/e5-shots';
export const shot = (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/** A running app with an owner (Olive) signed in through the outbox in a fresh browser page. */
export async function startAsOwner(): Promise<{ h: Harness; page: Page }> {
  const h = await startHarness();
  await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, email: 'olive@studio.test', name: 'Olive Owner', role: 'owner' });
  const page = await (await h.browser.newContext()).newPage();
  await signInThroughOutbox(h, page, 'olive@studio.test');
  return { h, page };
}

/** The page's console errors and uncaught exceptions, collected as they happen (a test expects none). */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** Sends a chat message and waits for the finished answer; returns the last assistant message. */
export async function sendChat(page: Page, text: string) {
  const before = await page.locator('.msg.assistant[data-done="1"]').count();
  await page.fill('#input', text);
  await page.press('#input', 'Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.msg.assistant[data-done="1"]').length > n, before);
  return page.locator('.msg.assistant').last();
}
