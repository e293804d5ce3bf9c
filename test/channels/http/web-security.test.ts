// The web surface's shared defences (security.md W1, W2, W6, W7): same-origin checks on state-changing
// requests, JSON-only API, body limit, secure headers on every kind of response.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/channels/http/app';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, sameOrigin, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  await addMember(deps, 'owner', 'olive@studio.test', 'Olive');
  cookie = await signIn(app, deps, 'olive@studio.test');
});
afterEach(() => deps.testDb.cleanup());

const ROUTES = ['/sign-in', '/auth/verify', '/auth/first-owner', '/sign-out', '/api/chat', '/members/invite', '/clients/1/edit/identity'];

describe('CSRF (W1)', () => {
  const attempts: Array<[string, Record<string, string>]> = [
    ['evil origin, form', { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['cross-site fetch metadata, text/plain', { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'text/plain' }],
    ['same-site but another origin', { 'Sec-Fetch-Site': 'same-site', Origin: 'https://sub.localhost', 'Content-Type': 'application/json' }],
    ['neither header, form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['evil origin, json', { Origin: 'https://evil.example', 'Content-Type': 'application/json' }],
  ];
  for (const [label, headers] of attempts) {
    it(`refuses ${label} on every state-changing route`, async () => {
      for (const path of ROUTES) {
        const res = await app.request(path, { method: 'POST', headers: { ...headers, Cookie: cookie }, body: 'email=olive%40studio.test' });
        expect(res.status, path).toBe(403);
      }
      // Nothing happened: the session still works and no email went out.
      expect((await app.request('/api/me', { headers: { Cookie: cookie } })).status).toBe(200);
      await deps.deferrer.drain();
      expect(deps.mailer.sent).toHaveLength(1);
    });
  }

  it('does not apply to /slack/* (Slack signs its requests instead)', async () => {
    const res = await app.request('/slack/events', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'x=1' });
    expect(res.status).not.toBe(403);
  });
});

describe('JSON-only chat API (W2)', () => {
  it('answers 415 to text/plain holding JSON, before reading it', async () => {
    const res = await app.request('/api/chat', {
      method: 'POST', headers: { ...sameOrigin, 'Content-Type': 'text/plain', Cookie: cookie }, body: JSON.stringify({ text: 'add Acme' }),
    });
    expect(res.status).toBe(415);
  });
  it('sends no permissive CORS headers', async () => {
    const res = await app.request('/api/chat', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('body limit (W6)', () => {
  it('answers 413 to a declared length over 1 MB', async () => {
    const res = await app.request('/sign-in', { ...form({ email: 'a'.repeat(2 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
  });
  it('answers 413 to a chunked body over 1 MB', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream({ pull(ctrl) { if (sent++ < 24) ctrl.enqueue(chunk); else ctrl.close(); } });
    const res = await app.request('/sign-in', {
      method: 'POST', body, duplex: 'half', headers: { ...sameOrigin, 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' },
    } as RequestInit);
    expect(res.status).toBe(413);
  });
});

describe('secure headers (W7)', () => {
  const check = (res: Response) => {
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  };
  it('on a page, a 404, an error and the health check', async () => {
    check(await app.request('/sign-in'));
    check(await app.request('/no/such/page'));
    check(await app.request('/healthz'));
    const broken = createApp({ ...deps, db: { run: () => { throw new Error('db down'); } } as never });
    const res = await broken.request('/healthz');
    expect(res.status).toBe(500);
    check(res);
  });
});
