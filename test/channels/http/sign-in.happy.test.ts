// Team sign-in by emailed link, sessions and sign-out, through the real app.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/channels/http/app';
import { issueFirstOwnerLink } from '../../../src/domain/auth/issue-first-owner-link';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { addMember, type App, cookieOf, form, requestLink, signIn, startWebApp, tokenFromLink } from './web-session';

let deps: TestDeps, app: App;
beforeEach(async () => { ({ deps, app } = await startWebApp()); });
afterEach(() => deps.testDb.cleanup());

describe('team sign-in', () => {
  it('emails a link to a member; the link page shows a button, and its POST signs in', async () => {
    await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
    const link = await requestLink(app, deps, 'Mia@Studio.test ');
    expect(link).toMatch(/^http:\/\/localhost:8787\/auth\/verify#t=[A-Za-z0-9_-]{43}$/);
    const mail = deps.mailer.sent.at(-1)!;
    expect(mail.to).toBe('mia@studio.test');
    expect(mail.text).toContain(link);

    const page = await app.request(new URL(link!).pathname);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post" action="/auth/verify"');

    const res = await app.request('/auth/verify', form({ t: tokenFromLink(link!) }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = cookieOf(res);
    const me = await app.request('/api/me', { headers: { Cookie: cookie } });
    expect(await me.json()).toMatchObject({ name: 'Mia', role: 'manager' });
  });

  it('sets an HttpOnly, SameSite=Lax cookie, and a Secure __Host- cookie over HTTPS', async () => {
    await addMember(deps, 'admin', 'ada@studio.test');
    const plain = await requestLink(app, deps, 'ada@studio.test');
    const res = await app.request('/auth/verify', form({ t: tokenFromLink(plain!) }));
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Lax/);
    expect(set).toMatch(/Path=\//);

    const https = await createTestDeps({ env: { PUBLIC_URL: 'https://desk.example.com' } });
    const app2 = createApp(https);
    await addMember(https, 'admin', 'ada@studio.test');
    const headers = { Origin: 'https://desk.example.com', 'Content-Type': 'application/x-www-form-urlencoded' };
    await app2.request('https://desk.example.com/sign-in', { method: 'POST', headers, body: 'email=ada%40studio.test' });
    await https.deferrer.drain();
    const t = tokenFromLink(https.mailer.sent[0].links![0]);
    const res2 = await app2.request('https://desk.example.com/auth/verify', { method: 'POST', headers, body: `t=${t}` });
    const set2 = res2.headers.get('set-cookie')!;
    expect(set2).toMatch(/^__Host-clientele=/);
    expect(set2).toMatch(/Secure/);
    expect(set2).toMatch(/HttpOnly/);
    expect(set2).not.toMatch(/Domain=/);
    https.testDb.cleanup();
  });

  it('signs out on the server: the old cookie no longer works', async () => {
    await addMember(deps, 'owner', 'olive@studio.test');
    const cookie = await signIn(app, deps, 'olive@studio.test');
    expect((await app.request('/api/me', { headers: { Cookie: cookie } })).status).toBe(200);
    const out = await app.request('/sign-out', { ...form({}), headers: { ...form({}).headers, Cookie: cookie } });
    expect(out.status).toBe(303);
    expect((await app.request('/api/me', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('ends a session after 30 idle minutes and after 8 hours whatever the activity', async () => {
    await addMember(deps, 'owner', 'olive@studio.test');
    const cookie = await signIn(app, deps, 'olive@studio.test');
    const me = async () => (await app.request("/api/me", { headers: { Cookie: cookie } })).status;
    deps.clock.now = new Date(deps.clock.now.getTime() + 29 * 60 * 1000);
    expect(await me()).toBe(200);
    for (let i = 0; i < 16; i++) {
      deps.clock.now = new Date(deps.clock.now.getTime() + 29 * 60 * 1000);
      if (i < 15) expect(await me()).toBe(200);
    }
    // 17 * 29 min > 8 h: the absolute limit ended it although it was never idle.
    expect(await me()).toBe(401);

    const fresh = await signIn(app, deps, 'olive@studio.test');
    deps.clock.now = new Date(deps.clock.now.getTime() + 31 * 60 * 1000);
    expect((await app.request('/api/me', { headers: { Cookie: fresh } })).status).toBe(401);
  });

  it('makes the first owner from the one-time start link, once', async () => {
    const link = await issueFirstOwnerLink(deps.db, { workspaceId: deps.workspaceId, publicUrl: deps.env.PUBLIC_URL, now: deps.now() });
    expect(link).toMatch(/\/auth\/first-owner#t=/);
    const t = tokenFromLink(link!);
    const res = await app.request('/auth/first-owner', form({ t, name: 'Olivia', email: 'olivia@studio.test' }));
    expect(res.status).toBe(303);
    const me = await app.request('/api/me', { headers: { Cookie: cookieOf(res) } });
    expect(await me.json()).toMatchObject({ name: 'Olivia', role: 'owner' });
    expect(await issueFirstOwnerLink(deps.db, { workspaceId: deps.workspaceId, publicUrl: deps.env.PUBLIC_URL, now: deps.now() })).toBeNull();
    const again = await app.request('/auth/first-owner', form({ t, name: 'Mallory', email: 'mallory@evil.test' }));
    expect(again.status).toBe(410);
  });
});
