// The client pages through the real app: list with filters, the card page, editing one card with per-field
// errors, notes, undo from the history, XSS as text, and members kept out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCtx } from '../../../src/deps';
import { createClient } from '../../../src/domain/clients/create-client';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
let clientId: number;
const XSS = '<img src=x onerror=alert(1)>';

beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  const m = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  cookie = await signIn(app, deps, 'mia@studio.test');
  const ctx = makeCtx(deps, { kind: 'member', workspaceId: deps.workspaceId, memberId: m.id, role: 'manager', channel: 'web', name: 'Mia' });
  clientId = (await createClient({ ctx, input: { name: 'Acme Corp' } })).client.id;
  await createClient({ ctx, input: { name: XSS, status: 'active', address: { country: 'DE' } } });
});
afterEach(() => deps.testDb.cleanup());

const get = async (path: string) => { const r = await app.request(path, { headers: { Cookie: cookie } }); return { status: r.status, html: await r.text(), res: r }; };
const post = (path: string, data: Record<string, string>) => { const f = form(data); return app.request(path, { ...f, headers: { ...f.headers, Cookie: cookie } }); };

describe('client pages', () => {
  it('lists clients, with names people typed shown as text', async () => {
    const { status, html } = await get('/clients');
    expect(status).toBe(200);
    expect(html).toContain('Acme Corp');
    expect(html).not.toContain(XSS);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('filters by status and search', async () => {
    const active = await get('/clients?status=active');
    expect(active.html).not.toContain('Acme Corp');
    const search = await get('/clients?query=acme');
    expect(search.html).toContain('Acme Corp');
    expect(search.html).toContain('1 client');
  });

  it('shows the missing-fields banner whose "Add details" opens the billing card; saving fills it', async () => {
    const page = await get(`/clients/${clientId}`);
    expect(page.html).toContain('Missing for invoicing');
    expect(page.html).toContain(`href="/clients/${clientId}?edit=billing#billing"`);
    const editing = await get(`/clients/${clientId}?edit=billing`);
    expect(editing.html).toContain(`action="/clients/${clientId}/edit/billing"`);
    expect(editing.html).not.toContain(`action="/clients/${clientId}/edit/identity"`);

    const bad = await post(`/clients/${clientId}/edit/billing`, { email: 'not-an-email', 'address.city': 'Berlin' });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toMatch(/class="field-error"/);
    expect(badHtml).toContain('value="not-an-email"');

    const ok = await post(`/clients/${clientId}/edit/billing`, {
      email: 'billing@acme.io', 'address.line1': '1 Main St', 'address.city': 'Berlin', 'address.postalCode': '10115', 'address.country': 'Germany', currency: 'EUR',
    });
    expect(ok.status).toBe(303);
    const after = await get(`/clients/${clientId}`);
    // Billing is complete; a contact person is still missing, and "Add details" now opens the contacts card.
    expect(after.html).toContain('Missing for invoicing: Contact person</span>');
    expect(after.html).toContain(`href="/clients/${clientId}?edit=contacts#contacts"`);
    expect(after.html).toContain('billing@acme.io');
    expect(after.html).toContain('DE');
    expect((await post(`/clients/${clientId}/edit/contacts`, { name: 'Jane Roe' })).status).toBe(303);
    expect((await get(`/clients/${clientId}`)).html).not.toContain('Missing for invoicing');
  });

  it('adds a note and undoes a change from the history', async () => {
    expect((await post(`/clients/${clientId}/edit/identity`, { name: 'Acme Corporation', status: 'active' })).status).toBe(303);
    expect((await post(`/clients/${clientId}/edit/notes`, { text: `Call back ${XSS}` })).status).toBe(303);
    const page = await get(`/clients/${clientId}`);
    expect(page.html).toContain('Acme Corporation');
    expect(page.html).toContain('Call back &lt;img');
    const undo = [...page.html.matchAll(/action="\/clients\/\d+\/undo\/(\d+)"/g)].map((m) => Number(m[1]));
    expect(undo.length).toBeGreaterThan(0);
  });

  it('turns a member away with the no-access page', async () => {
    await addMember(deps, 'member', 'max@studio.test', 'Max');
    const memberCookie = await signIn(app, deps, 'max@studio.test');
    for (const path of ['/', '/clients', `/clients/${clientId}`]) {
      const r = await app.request(path, { headers: { Cookie: memberCookie } });
      expect(r.status).toBe(403);
      const html = await r.text();
      expect(html).toContain('No client access');
      expect(html).not.toContain('Acme');
    }
  });

  it('sends signed-out visitors to sign in', async () => {
    const r = await app.request('/clients');
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/sign-in');
  });

  it('another workspace\'s client id is not found', async () => {
    expect((await get('/clients/999999')).status).toBe(404);
  });
});
