// The Workers build (wrangler.toml -> src/worker.ts) run by workerd through wrangler's test harness, against a
// real libSQL server (sqld) migrated from Node first, as a deployment does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHarness } from 'wrangler';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/db/client';
import { clients, members, signInTokens } from '../../src/db/schema';
import { insertTeamToken } from '../../src/domain/auth/send-team-link';
import { seedWorkspace, testCtx } from '../support/factories';
import type { Sqld } from '../support/sqld';
import { PUBLIC_URL, startMigratedSqld, startWorker, stopWorker, workerLogs } from '../support/worker-harness';

let sqld: Sqld;
let node: DbHandle;
let server: TestHarness;
let ownerEmail: string;
let workspaceId: number;

beforeAll(async () => {
  ({ sqld, node } = await startMigratedSqld());
  const seeded = await seedWorkspace(node.db, { name: 'Worker Studio' });
  workspaceId = seeded.workspaceId;
  ownerEmail = `owner.${workspaceId}@studio.test`;
  server = await startWorker({ DATABASE_URL: sqld.url, PUBLIC_URL, LOG_LEVEL: 'info' });
}, 60_000);

afterAll(() => stopWorker({ server, node, sqld }));

const logged = () => workerLogs(server);

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not found; worker logs:\n${logged()}`);
}

describe('Cloudflare Worker (workerd) against a libSQL server', () => {
  it('answers GET /healthz with {"ok":true} after querying the database', async () => {
    const res = await server.fetch('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('renders the sign-in page with the app\'s security headers', async () => {
    const res = await server.fetch('/sign-in');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<h1>Sign in</h1>');
    expect(html).toContain('action="/sign-in"');
  });

  it('serves each audience\'s stylesheet (/assets/app.css, /assets/portal.css) from the uploaded assets', async () => {
    for (const name of ['app.css', 'portal.css']) {
      const res = await server.fetch(`/assets/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/css/);
      expect((await res.text()).length).toBeGreaterThan(100);
    }
    expect((await server.fetch('/assets/missing.css')).status).toBe(404);
  });

  it('a sign-in request writes a token in the server database after the response (waitUntil) and logs the unsent email', async () => {
    const res = await server.fetch('/sign-in', {
      method: 'POST',
      headers: { origin: PUBLIC_URL, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: ownerEmail }).toString(),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Check your email');
    const tokens = await waitFor(async () => {
      const rows = await node.db.select().from(signInTokens).where(eq(signInTokens.workspaceId, workspaceId));
      return rows.length ? rows : undefined;
    });
    expect(tokens).toHaveLength(1);
    // No RESEND_API_KEY: the email is logged (its link to the public URL without the token), and the log says it was not sent.
    const line = await waitFor(async () => server.getLogs().map((l) => l.message).find((m) => m.includes('email NOT sent')));
    expect(line).toContain(ownerEmail);
    expect(line).toContain(`${PUBLIC_URL}/auth/verify#[redacted]`);
    expect(line).not.toMatch(/[#?&](t|token)=/);
    expect(logged()).not.toContain('deferred work outside a request');
  });

  it('a sign-in link signs the owner in; the chat page and the chat API (agent, offline model) work in workerd', async () => {
    // The log never carries the token (A5): issue one the way the sign-in request does, from Node.
    const [owner] = await node.db.select().from(members).where(eq(members.email, ownerEmail));
    const ctx = testCtx(node.db, { kind: 'system', workspaceId, channel: 'system', name: 'test' });
    const issued = await insertTeamToken(node.db, { ...ctx, now: () => new Date() }, { id: owner.id, email: ownerEmail, workspaceId });
    const token = new URLSearchParams(new URL(issued.link).hash.slice(1)).get('t');
    expect(token).toBeTruthy();
    const verified = await server.fetch('/auth/verify', {
      method: 'POST', redirect: 'manual',
      headers: { origin: PUBLIC_URL, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ t: token! }).toString(),
    });
    expect(verified.status).toBe(303);
    const cookie = (verified.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/=.+/);

    const page = await server.fetch('/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/assets/chat-app.js');

    const chat = await server.fetch('/api/chat', {
      method: 'POST', headers: { cookie, origin: PUBLIC_URL, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'add Globex Corporation to my clients' }),
    });
    expect(chat.status).toBe(200);
    expect(await chat.text()).toContain('Globex Corporation');
    const rows = await node.db.select().from(clients).where(eq(clients.workspaceId, workspaceId));
    expect(rows.map((r) => r.name)).toContain('Globex Corporation');
  });

  it('limits sign-in requests per caller address (CF-Connecting-IP), not for everyone at once', async () => {
    const ask = (ip: string) => server.fetch('/sign-in', {
      method: 'POST',
      headers: { origin: PUBLIC_URL, 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': ip },
      body: new URLSearchParams({ email: 'nobody@elsewhere.test' }).toString(),
    });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await ask('203.0.113.7')).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
    expect((await ask('203.0.113.8')).status).toBe(200);
  });

  it('refuses a cross-site form POST like the Node server does', async () => {
    const res = await server.fetch('/sign-in', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: ownerEmail }).toString(),
    });
    expect(res.status).toBe(403);
  });
});
