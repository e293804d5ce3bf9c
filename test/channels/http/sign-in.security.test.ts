// Sign-in links: stored hashed, one use, short-lived, never consumed by a GET, and the request answers
// the same for known and unknown addresses (sending happens after the response).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createApp } from '../../../src/channels/http/app';
import { signInTokens } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, requestLink, startWebApp, tokenFromLink } from './web-session';

let deps: TestDeps, app: App;
beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
});
afterEach(() => deps.testDb.cleanup());

const redeem = (t: string) => app.request('/auth/verify', form({ t }));

describe('sign-in link security', () => {
  it('works once', async () => {
    const t = tokenFromLink((await requestLink(app, deps, 'mia@studio.test'))!);
    expect((await redeem(t)).status).toBe(303);
    const second = await redeem(t);
    expect(second.status).toBe(410);
    expect(second.headers.get('set-cookie')).toBeNull();
  });

  it('expires after 20 minutes (valid at 19:59, refused at 20:01)', async () => {
    const t1 = tokenFromLink((await requestLink(app, deps, 'mia@studio.test'))!);
    const t2 = tokenFromLink((await requestLink(app, deps, 'mia@studio.test'))!);
    const start = deps.clock.now.getTime();
    deps.clock.now = new Date(start + 19 * 60 * 1000 + 59 * 1000);
    expect((await redeem(t1)).status).toBe(303);
    deps.clock.now = new Date(start + 20 * 60 * 1000 + 1000);
    expect((await redeem(t2)).status).toBe(410);
  });

  it('is not consumed by GET or HEAD on the link (mail scanners)', async () => {
    const link = (await requestLink(app, deps, 'mia@studio.test'))!;
    for (let i = 0; i < 10; i++) {
      expect((await app.request(`/auth/verify?t=${tokenFromLink(link)}`)).status).toBe(200);
      expect((await app.request('/auth/verify', { method: 'HEAD' })).status).toBe(200);
    }
    const rows = await deps.db.select().from(signInTokens);
    expect(rows.every((r) => r.usedAt === null)).toBe(true);
    expect((await redeem(tokenFromLink(link))).status).toBe(303);
  });

  it('stores only the SHA-256 of the token, never the token itself', async () => {
    const t = tokenFromLink((await requestLink(app, deps, 'mia@studio.test'))!);
    expect(t).toHaveLength(43); // 256 bits, base64url
    const [row] = await deps.db.select().from(signInTokens);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(t);
    const file = deps.testDb.url.slice('file:'.length);
    for (const f of [file, `${file}-wal`]) {
      try { expect(readFileSync(f).includes(Buffer.from(t))).toBe(false); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; }
    }
  });

  it('answers a known and an unknown address identically, and sends only to the member', async () => {
    const answer = async (email: string) => {
      const res = await app.request('/sign-in', form({ email }));
      const headers = [...res.headers].filter(([k]) => !/^(date|ratelimit-|x-request-id)/i.test(k));
      return { status: res.status, body: await res.text(), headers };
    };
    const known = await answer('mia@studio.test');
    const unknown = await answer('nobody@studio.test');
    expect(unknown).toEqual(known);
    await deps.deferrer.drain();
    expect(deps.mailer.sent.map((m) => m.to)).toEqual(['mia@studio.test']);
  });

  it('answers before the email is sent (the send runs after the response)', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    const sent: string[] = [];
    deps.mailer.send = async (e) => { await held; sent.push(e.to); return { id: 'x' }; };
    const res = await app.request('/sign-in', form({ email: 'mia@studio.test' }));
    expect(res.status).toBe(200);
    expect(sent).toEqual([]);
    release();
    await deps.deferrer.drain();
    expect(sent).toEqual(['mia@studio.test']);
  });

  it('never sends to a look-alike or injected address', async () => {
    for (const email of ['"mia@studio.test"@evil.test', 'mia＠studio.test', 'mia@studio.test,b@evil.test', 'mia@studio.test\r\nBcc: a@evil.test']) {
      await app.request('/sign-in', form({ email }));
    }
    await deps.deferrer.drain();
    expect(deps.mailer.sent).toEqual([]);
  });

  it('sends at most 5 links an hour to one address, answering the same', async () => {
    const fresh = createApp(deps);
    for (let i = 0; i < 7; i++) await fresh.request('/sign-in', form({ email: 'mia@studio.test' }));
    await deps.deferrer.drain();
    expect(deps.mailer.sent).toHaveLength(5);
  });

  it('rate-limits link requests per caller (50 in 10 minutes) and per account asked for (10), with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let last!: Response;
    for (let i = 0; i < 11; i++) statuses.push((await app.request('/sign-in', form({ email: 'mia@studio.test' }))).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
    statuses.length = 0;
    for (let i = 0; i < 41; i++) {
      last = await app.request('/sign-in', form({ email: `x${i}@studio.test` }));
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 39).every((s) => s === 200)).toBe(true);
    // The 11 above count towards the caller's 50 as well.
    expect(statuses.slice(39)).toEqual([429, 429]);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses made-up and tampered tokens', async () => {
    const t = tokenFromLink((await requestLink(app, deps, 'mia@studio.test'))!);
    const tampered = `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, '', 'x', 'a'.repeat(43), `${t}'--`]) expect((await redeem(bad)).status).toBe(410);
    expect((await redeem(t)).status).toBe(303);
  });
});
