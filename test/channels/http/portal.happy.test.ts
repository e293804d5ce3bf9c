// The portal through the real app: ask for a link, open it, sign in, look around, edit the profile, sign out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createApp } from '../../../src/channels/http/app';
import { contacts } from '../../../src/db/schema';
import { invitePortal } from '../../../src/domain/portal/invite-portal';
import { seedWorkspace, testCtx } from '../../support/factories';
import { seedClient, seedContact } from '../../domain/portal/seed-portal';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { type App, cookieOf, csrfIn, type Deployment, post, requestPortalLinkFor, seedDeployment, signInPortal, startPortalApp, tokenOf } from './portal-helpers';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ deps, app, s } = await startPortalApp({ env: { WORKSPACE_NAME: 'Northwind Studio' } })); });
afterEach(() => deps.testDb.cleanup());

describe('the client portal', () => {
  it('shows a branded email form at /portal, with no-referrer and no caching', async () => {
    const res = await app.request('/portal');
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toContain('<title>Sign in · Northwind Studio</title>');
    expect(page).toContain('<form method="post" action="/portal"');
    expect(page).toContain('name="viewport"');
    // The portal's one stylesheet, beside the team's (/assets/app.css).
    expect(page).toContain('<link rel="stylesheet" href="/assets/portal.css"/>');
    const css = await app.request('/assets/portal.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toContain('@media (max-width:640px)');
  });

  it('emails a link; the link\'s page has a Sign in button; its POST signs in and shows the overview', async () => {
    const link = await requestPortalLinkFor(app, deps, 'Jane@Acme.test');
    expect(link).toMatch(/^http:\/\/localhost:8787\/portal\/link\?token=[A-Za-z0-9_-]{43}$/);
    const page = await app.request(new URL(link!).pathname + new URL(link!).search);
    const html = await page.text();
    expect(html).toContain('<form method="post" action="/portal/link">');
    expect(html).toContain(`value="${tokenOf(link!)}"`);
    expect(html).toContain('>Sign in</button>');
    expect(html).toContain('href="/portal">Ask for a new link</a>');

    const res = await app.request('/portal/link', post({ token: tokenOf(link!) }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/portal');
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^clientele_portal=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);

    const home = await app.request('/portal', { headers: { Cookie: cookieOf(res) } });
    const body = await home.text();
    expect(body).toContain('Client portal · Acme &lt;b&gt;Corp&lt;/b&gt;');
    expect(body).toContain('Hello, Jane &lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('ACME-1');
    expect(body).toContain('€1,700.00');
    expect(body).toContain('€1,000.00');
    expect(body).toContain('Sam Owner');
    expect(body).toContain('2026-09-15');
    expect(body).not.toMatch(/GLOBEX|secret draft|ACME-3/);
    const [jane] = await deps.db.select().from(contacts).where(eq(contacts.id, s.jane.id));
    expect(jane.portalLastSignInAt?.toISOString()).toBe(deps.clock.now.toISOString());
  });

  it('opens its own project and invoice pages', async () => {
    const cookie = await signInPortal(app, deps, 'jane@acme.test');
    const project = await app.request(`/portal/projects/${s.ledger.project.id}`, { headers: { Cookie: cookie } });
    expect(project.status).toBe(200);
    expect(await project.text()).toContain('ACME Website');
    const invoice = await app.request(`/portal/invoices/${s.ledger.invoices[0].id}`, { headers: { Cookie: cookie } });
    const html = await invoice.text();
    expect(invoice.status).toBe(200);
    expect(html).toContain('Invoice ACME-1');
    expect(html).toContain('€500.00');
    expect(html).toContain('Overdue');
  });

  it('lets the contact correct its name and phone, and nothing else', async () => {
    const cookie = await signInPortal(app, deps, 'jane@acme.test');
    const page = await (await app.request('/portal/profile', { headers: { Cookie: cookie } })).text();
    const csrf = csrfIn(page);
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const saved = await app.request('/portal/profile', post({ csrf, name: 'Jane Doe', phone: '+49 30 555', email: 'evil@attacker.test' }, { Cookie: cookie }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/portal/profile?saved=1');
    const [row] = await deps.db.select().from(contacts).where(eq(contacts.id, s.jane.id));
    expect(row).toMatchObject({ name: 'Jane Doe', phone: '+49 30 555', email: 'jane@acme.test' });
    const after = await (await app.request('/portal/profile?saved=1', { headers: { Cookie: cookie } })).text();
    expect(after).toContain('Saved.');
    expect(after).toContain('value="Jane Doe"');

    const bad = await app.request('/portal/profile', post({ csrf, name: '', phone: 'call me' }, { Cookie: cookie }));
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Enter your name.');
    expect(badHtml).toContain('Use digits, spaces and + ( ) - only.');
  });

  it('signs out: the old cookie shows the sign-in form again', async () => {
    const cookie = await signInPortal(app, deps, 'jane@acme.test');
    const csrf = csrfIn(await (await app.request('/portal', { headers: { Cookie: cookie } })).text());
    const out = await app.request('/portal/sign-out', post({ csrf }, { Cookie: cookie }));
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/clientele_portal=;/);
    const again = await app.request('/portal', { headers: { Cookie: cookie } });
    expect(await again.text()).toContain('<form method="post" action="/portal"');
    const sub = await app.request(`/portal/invoices/${s.ledger.invoices[0].id}`, { headers: { Cookie: cookie } });
    expect(sub.status).toBe(303);
    expect(sub.headers.get('location')).toBe(`/portal?next=%2Fportal%2Finvoices%2F${s.ledger.invoices[0].id}`);
  });

  it('uses a Secure __Host- cookie when PUBLIC_URL is https', async () => {
    const secure = await createTestDeps({ env: { PUBLIC_URL: 'https://desk.example' } });
    try {
      const a = createApp(secure);
      await seedDeployment(secure);
      await a.request('/portal', { ...post({ email: 'jane@acme.test' }), headers: { ...post({}).headers, Origin: 'https://desk.example' } });
      await secure.deferrer.drain();
      const link = secure.mailer.sent.at(-1)!.links![0];
      expect(link.startsWith('https://desk.example/portal/link?token=')).toBe(true);
      const res = await a.request('/portal/link', { ...post({ token: tokenOf(link) }), headers: { ...post({}).headers, Origin: 'https://desk.example' } });
      expect(res.headers.get('set-cookie')).toMatch(/^__Host-clientele-portal=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    } finally {
      secure.testDb.cleanup();
    }
  });
});

describe('links of another workspace', () => {
  it('brand the sign-in page with the workspace the link belongs to, and sign in there', async () => {
    const other = await seedWorkspace(deps.db, { name: 'Other Agency' });
    const client = await seedClient(deps.db, other.workspaceId, 'Initech');
    await seedContact(deps.db, other.workspaceId, client.id, 'Bill', 'bill@initech.test');
    const ctx = testCtx(deps.db, other.actors.owner, { now: deps.clock.now });
    await invitePortal({ ctx, input: { client: 'Initech' } });
    const link = new URL(ctx.mailer.sent[0].links![0]);
    const page = await (await app.request(link.pathname + link.search)).text();
    expect(page).toContain('<title>Sign in · Other Agency</title>');
    const res = await app.request('/portal/link', post({ token: tokenOf(link.href) }));
    const home = await (await app.request('/portal', { headers: { Cookie: cookieOf(res) } })).text();
    expect(home).toContain('Client portal · Initech');
    expect(home).toContain('Other Agency');
    expect(home).not.toContain('Northwind');
  });
});
