// The portal's security tests through the real app (security.md M5, M7, M8, M10, M11, M12, T2, W1).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createApp } from '../../../src/channels/http/app';
import type { Mailer, OutgoingEmail } from '../../../src/context';
import { signInTokens } from '../../../src/db/schema';
import { hashToken } from '../../../src/domain/auth/tokens';
import { setPortalAccess } from '../../../src/domain/portal/set-portal-access';
import { regeneratePortalLink } from '../../../src/domain/portal/regenerate-portal-link';
import type { TestDeps } from '../../support/deps';
import { testCtx } from '../../support/factories';
import { seedClient, seedContact, seedLedger } from '../../domain/portal/seed-portal';
import { seedWorkspace } from '../../support/factories';
import { type App, cookieOf, csrfIn, type Deployment, post, requestPortalLinkFor, signInPortal, startPortalApp, tokenOf } from './portal-helpers';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ deps, app, s } = await startPortalApp()); });
afterEach(() => deps.testDb.cleanup());

// Date and the request id (random per request, for tracing) differ on every answer and say nothing about the address.
const headersOf = (res: Response) => [...res.headers.entries()].filter(([k]) => k !== 'date' && k !== 'x-request-id');

describe('asking for a link', () => {
  it('answers known (in any workspace), unknown and disabled addresses alike, before any email is sent', async () => {
    const other = await seedWorkspace(deps.db, { name: 'Other' });
    const c = await seedClient(deps.db, other.workspaceId, 'Elsewhere');
    await seedContact(deps.db, other.workspaceId, c.id, 'Eve', 'eve@elsewhere.test');
    // A mailer that holds every send until released: the answers must not wait for it.
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const held: OutgoingEmail[] = [];
    const inner = deps.mailer;
    deps.mailer = { ...inner, send: async (e) => { held.push(e); await gate; return inner.send(e); } } as Mailer as TestDeps['mailer'];
    app = createApp(deps);
    const kinds = ['jane@acme.test', 'nobody@acme.test', 'off@globex.test', 'eve@elsewhere.test'];
    const answers = [];
    for (let round = 0; round < 10; round++) {
      for (const email of kinds) {
        const res = await app.request('/portal', post({ email }));
        answers.push({ email, status: res.status, headers: headersOf(res), body: await res.text() });
      }
    }
    const first = answers[0];
    for (const a of answers) {
      expect(a.status, a.email).toBe(first.status);
      expect(a.body, a.email).toBe(first.body);
      expect(a.headers, a.email).toEqual(first.headers);
    }
    expect(first.status).toBe(200);
    expect(first.body).toContain('Check your email');
    expect(inner.sent).toHaveLength(0);
    release();
    await deps.deferrer.drain();
    // Ten requests each for Jane and for Eve (a contact in another workspace: /portal serves every workspace), but at
    // most 5 links an hour each; the unknown and the disabled address got nothing.
    expect(inner.sent.map((m) => m.to).sort()).toEqual([...Array(5).fill('eve@elsewhere.test'), ...Array(5).fill('jane@acme.test')]);
  });

  it('builds links from PUBLIC_URL whatever Host or X-Forwarded-Host says, and logs no raw token', async () => {
    const logged: string[] = [];
    deps.log = { ...deps.log, info: (o) => logged.push(JSON.stringify(o)), warn: (o) => logged.push(JSON.stringify(o)) };
    app = createApp(deps);
    const res = await app.request('http://evil.example/portal', post({ email: 'jane@acme.test' }, {
      Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', Origin: 'http://evil.example',
    }));
    expect(res.status).toBe(200);
    await deps.deferrer.drain();
    const mail = deps.mailer.sent.at(-1)!;
    expect(mail.links![0].startsWith('http://localhost:8787/portal/link?token=')).toBe(true);
    expect(mail.html).not.toContain('evil.example');
    expect(mail.text).not.toContain('evil.example');
    expect(logged.join('\n')).not.toContain(tokenOf(mail.links![0]));
  });

  it('limits one address to 5 emails an hour and one IP to 50 requests an hour (then 429)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 52; i++) codes.push((await app.request('/portal', post({ email: `x${i}@acme.test` }))).status);
    expect(codes.slice(0, 50).every((c) => c === 200)).toBe(true);
    expect(codes.slice(50)).toEqual([429, 429]);
  });
});

describe('the link', () => {
  it('is not used up by GET, HEAD or a scanner fetching it; only the POST redeems it', async () => {
    const link = (await requestPortalLinkFor(app, deps, 'jane@acme.test'))!;
    const path = new URL(link).pathname + new URL(link).search;
    for (let i = 0; i < 10; i++) {
      expect((await app.request(path)).status).toBe(200);
      expect((await app.request(path, { method: 'HEAD' })).status).toBe(200);
      expect((await app.request(path, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; SafeLinks)', Accept: '*/*' } })).status).toBe(200);
    }
    const [row] = await deps.db.select().from(signInTokens).where(eq(signInTokens.tokenHash, hashToken(tokenOf(link))));
    expect(row.usedAt).toBeNull();
    expect((await app.request('/portal/link', post({ token: tokenOf(link) }))).status).toBe(303);
    const reuse = await app.request('/portal/link', post({ token: tokenOf(link) }));
    expect(reuse.status).toBe(410);
    expect(await reuse.text()).toContain('Email me a new link');
  });

  it('refuses a cross-site POST of a valid token, and throttles guessing after 20 tries a minute', async () => {
    const link = (await requestPortalLinkFor(app, deps, 'jane@acme.test'))!;
    const cross = await app.request('/portal/link', post({ token: tokenOf(link) }, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }));
    expect(cross.status).toBe(403);
    // Under no-referrer a browser's own form POST says `Origin: null`; only Sec-Fetch-Site tells the two apart.
    expect((await app.request('/portal/link', post({ token: tokenOf(link) }, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }))).status).toBe(403);
    expect((await app.request('/portal/link', post({ token: tokenOf(link) }, { Origin: 'null', 'Sec-Fetch-Site': 'same-site' }))).status).toBe(403);
    expect((await app.request('/portal/link', { ...post({ token: tokenOf(link) }), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null' } })).status).toBe(403);
    expect((await app.request('/portal/link', post({ token: tokenOf(link) }, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' }))).status).toBe(303);
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await app.request('/portal/link', post({ token: `guess${i}`.padEnd(43, 'A') }))).status);
    // 20 tries a minute in all (cross-site ones never reach the route): the sign-in above plus 19 guesses, then 429.
    expect(codes.slice(0, 19).every((c) => c === 410)).toBe(true);
    expect(codes.slice(19)).toEqual([429, 429]);
  });
});

describe('a signed-in contact', () => {
  // The 2,000-id sweep runs against the domain queries (test/domain/portal/dashboard.test.ts); here the routes get a few hundred.
  it('sees the same 404 for another client\'s, another workspace\'s and nonexistent projects and invoices', async () => {
    const other = await seedWorkspace(deps.db, { name: 'Other' });
    const oc = await seedClient(deps.db, other.workspaceId, 'Other Client');
    const otherLedger = await seedLedger(deps.db, other.workspaceId, oc.id, 'OTHER');
    const cookie = await signInPortal(app, deps, 'jane@acme.test');
    const own = new Set([s.ledger.project.id, ...s.ledger.invoices.map((i) => i.id)]);
    const harvested = [s.globexLedger, otherLedger].flatMap((l) => [l.project.id, l.draft.id, ...l.invoices.map((i) => i.id)]);
    const ids = [...new Set([...harvested, s.ledger.draft.id, ...Array.from({ length: 150 }, (_, k) => k + 1)])].filter((id) => !own.has(id));
    const bodies = new Map<string, Set<string>>();
    let requests = 0;
    for (const id of [...ids, 0, -1, 'abc', '1e3', '99999999999999999999']) {
      for (const kind of ['projects', 'invoices']) {
        const res = await app.request(`/portal/${kind}/${id}`, { headers: { Cookie: cookie } });
        requests++;
        expect(res.status, `${kind}/${id}`).toBe(404);
        const set = bodies.get(kind) ?? new Set();
        set.add(await res.text());
        bodies.set(kind, set);
      }
    }
    expect(requests).toBeGreaterThanOrEqual(300);
    expect(bodies.get('projects')!.size).toBe(1);
    expect(bodies.get('invoices')!.size).toBe(1);
    expect([...bodies.get('invoices')!][0]).not.toMatch(/GLOBEX|OTHER/);
  });

  it('loses the session at once when the contact or client is switched off or the link regenerated', async () => {
    const owner = { kind: 'member' as const, workspaceId: deps.workspaceId, memberId: s.owner.id, role: 'owner' as const, channel: 'web' as const, name: 'Sam Owner' };
    const ctx = testCtx(deps.db, owner, { now: deps.clock.now });
    const signedIn = async (cookie: string) => (await (await app.request('/portal', { headers: { Cookie: cookie } })).text()).includes('Payment history');

    const a = await signInPortal(app, deps, 'jane@acme.test');
    expect(await signedIn(a)).toBe(true);
    await setPortalAccess({ ctx, input: { client: `id:${s.acme.id}`, contact: s.jane.id, enabled: false } });
    expect(await signedIn(a)).toBe(false);
    await setPortalAccess({ ctx, input: { client: `id:${s.acme.id}`, contact: s.jane.id, enabled: true } });

    const b = await signInPortal(app, deps, 'jane@acme.test');
    await setPortalAccess({ ctx, input: { client: `id:${s.acme.id}`, enabled: false } });
    expect(await signedIn(b)).toBe(false);
    await setPortalAccess({ ctx, input: { client: `id:${s.acme.id}`, enabled: true } });

    const c = await signInPortal(app, deps, 'jane@acme.test');
    const stale = (await requestPortalLinkFor(app, deps, 'jane@acme.test'))!;
    await regeneratePortalLink({ ctx, input: { client: `id:${s.acme.id}` } });
    expect(await signedIn(c)).toBe(false);
    expect((await app.request('/portal/link', post({ token: tokenOf(stale) }))).status).toBe(410);
  });

  it('ends after 30 idle minutes', async () => {
    const cookie = await signInPortal(app, deps, 'jane@acme.test');
    deps.clock.now = new Date(deps.clock.now.getTime() + 31 * 60_000);
    const res = await app.request('/portal', { headers: { Cookie: cookie } });
    expect(await res.text()).toContain('<form method="post" action="/portal"');
    expect(res.headers.get('set-cookie')).toMatch(/clientele_portal=;/);
  });

  it('cannot post the profile or sign out without the page\'s CSRF token or from another site', async () => {
    const cookie = await signInPortal(app, deps, 'jane@acme.test');
    const csrf = csrfIn(await (await app.request('/portal', { headers: { Cookie: cookie } })).text());
    expect((await app.request('/portal/profile', post({ name: 'X', phone: '' }, { Cookie: cookie }))).status).toBe(403);
    expect((await app.request('/portal/profile', post({ csrf: `${csrf.slice(0, -1)}x`, name: 'X', phone: '' }, { Cookie: cookie }))).status).toBe(403);
    expect((await app.request('/portal/profile', post({ csrf, name: 'X', phone: '' }, { Cookie: cookie, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }))).status).toBe(403);
    expect((await app.request('/portal/sign-out', post({}, { Cookie: cookie }))).status).toBe(403);
    expect(await (await app.request('/portal', { headers: { Cookie: cookie } })).text()).toContain('Payment history');
    expect(cookieOf(await app.request('/portal/sign-out', post({ csrf }, { Cookie: cookie })))).toBe('clientele_portal=');
  });
});
