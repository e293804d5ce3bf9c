// Helpers for the portal's app.request tests: a seeded deployment workspace and signing in through the real
// emailed link (request -> drain the deferred send -> memory mailer -> GET the page -> POST the token).
import { expect } from 'vitest';
import { createApp } from '../../../src/channels/http/app';
import type { Channel } from '../../../src/context';
import { members } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { seedClient, seedContact, seedLedger } from '../../domain/portal/seed-portal';
import { startWebApp } from './web-session';

export type App = ReturnType<typeof createApp>;
export const ORIGIN = 'http://localhost:8787';
export const post = (data: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(data).toString(),
});
export const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0];

export async function seedDeployment(deps: TestDeps) {
  const ws = deps.workspaceId;
  const [owner] = await deps.db.insert(members).values({ workspaceId: ws, name: 'Sam Owner', email: 'sam@northwind.test', role: 'owner' }).returning();
  const acme = await seedClient(deps.db, ws, 'Acme <b>Corp</b>', { ownerId: owner.id });
  const jane = await seedContact(deps.db, ws, acme.id, 'Jane <img src=x onerror=alert(1)>', 'jane@acme.test', { phone: '+4930123456' });
  const ledger = await seedLedger(deps.db, ws, acme.id, 'ACME');
  const globex = await seedClient(deps.db, ws, 'Globex');
  const hank = await seedContact(deps.db, ws, globex.id, 'Hank', 'hank@globex.test');
  const off = await seedContact(deps.db, ws, globex.id, 'Off', 'off@globex.test', { portalEnabled: false });
  const globexLedger = await seedLedger(deps.db, ws, globex.id, 'GLOBEX');
  return { owner, acme, jane, ledger, globex, hank, off, globexLedger };
}
export type Deployment = Awaited<ReturnType<typeof seedDeployment>>;

/** A fresh test database, the real app on it, and the seeded deployment workspace (clean up with deps.testDb.cleanup()). */
export async function startPortalApp(opts: Parameters<typeof createTestDeps>[0] = {}): Promise<{ deps: TestDeps; app: App; s: Deployment }> {
  const { deps, app } = await startWebApp(opts);
  return { deps, app, s: await seedDeployment(deps) };
}

/** The deployment owner's ctx, built the way the app builds it (the same stores the routes read). */
export const ownerCtx = (deps: TestDeps, s: Deployment, channel: Channel = 'web') =>
  makeCtx(deps, { kind: 'member', workspaceId: deps.workspaceId, memberId: s.owner.id, role: 'owner', channel, name: 'Sam Owner' });

export async function requestPortalLinkFor(app: App, deps: TestDeps, email: string): Promise<string | null> {
  const before = deps.mailer.sent.length;
  const res = await app.request('/portal', post({ email }));
  if (res.status !== 200) throw new Error(`portal link request answered ${res.status}`);
  await deps.deferrer.drain();
  return deps.mailer.sent.slice(before).find((m) => m.to === email.trim().toLowerCase())?.links?.[0] ?? null;
}

export const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

export async function signInPortal(app: App, deps: TestDeps, email: string): Promise<string> {
  const link = await requestPortalLinkFor(app, deps, email);
  if (!link) throw new Error(`no portal link was sent to ${email}`);
  const res = await app.request('/portal/link', post({ token: tokenOf(link) }));
  if (res.status !== 303) throw new Error(`redeem answered ${res.status}`);
  return cookieOf(res);
}

/** The CSRF token a signed-in page carries in its forms. */
export const csrfIn = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

/** A contact's message through the Messages page's own form (with its CSRF token); the page answers with its redirect back. */
export async function writePortalMessage(app: App, cookie: string, text: string): Promise<void> {
  const page = await (await app.request('/portal/messages', { headers: { cookie } })).text();
  expect((await app.request('/portal/messages', post({ csrf: csrfIn(page), text }, { cookie }))).status).toBe(303);
}

/** The overview's Messages card, or '' when the page has none. */
export const messagesCard = (page: string) => /<section class="card" id="messages">[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
