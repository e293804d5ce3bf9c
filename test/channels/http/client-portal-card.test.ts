// The client page's portal: each contact's portal status and last sign-in in the Contacts card, and the Portal
// settings card's switch, "Invite to portal" (emails the invitation) and "Reset portal links" (asked first).
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clients, contacts } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { seedClient } from '../../domain/exports/seed';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
let clientId: number;

beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  cookie = await signIn(app, deps, 'mia@studio.test');
  const { client } = await seedClient(deps.db, deps.workspaceId, { name: 'Acme Corp', status: 'active' }, [
    { name: 'Jane Doe', email: 'jane@acme.test', isPrimary: true, portalLastSignInAt: new Date('2026-11-20T09:30:00Z') },
    { name: 'Raj Patel', email: 'raj@acme.test' },
    { name: 'Off Person', email: 'off@acme.test', portalEnabled: false },
  ]);
  clientId = client.id;
});
afterEach(() => deps.testDb.cleanup());

const get = async (path: string) => (await app.request(path, { headers: { Cookie: cookie } })).text();
const post = (path: string, data: Record<string, string> = {}) => { const f = form(data); return app.request(path, { ...f, headers: { ...f.headers, Cookie: cookie } }); };
const contactLine = (html: string, name: string) => html.slice(html.indexOf(name)).split('</li>')[0];

describe('portal on the client page', () => {
  it('shows each contact\'s portal status and last sign-in', async () => {
    const html = await get(`/clients/${clientId}`);
    // The time is written for the browser to show as people read it ("2 days ago"); the server's text is the UTC time.
    expect(contactLine(html, 'Jane Doe')).toContain('Portal on · last sign-in <time datetime="2026-11-20T09:30:00.000Z" data-relative>2026-11-20 09:30</time>');
    expect(contactLine(html, 'Raj Patel')).toContain('Portal on · never signed in');
    expect(contactLine(html, 'Off Person')).toContain('Portal off');
  });

  it('invites the portal-enabled contacts by email', async () => {
    const res = await post(`/clients/${clientId}/portal/invite`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Emailed a portal invitation to Jane Doe (jane@acme.test), Raj Patel (raj@acme.test).');
    await deps.deferrer.drain();
    expect(deps.mailer.sent.map((m) => m.to).filter((to) => to.endsWith('@acme.test')).sort()).toEqual(['jane@acme.test', 'raj@acme.test']);
  });

  it('asks before resetting the portal links, and the reset ends the old links', async () => {
    const page = await get(`/clients/${clientId}`);
    expect(page).toContain(`href="/clients/${clientId}?confirm=reset-portal#portal"`);
    expect(page).not.toContain('id="portal-reset-confirm"');
    const asking = await get(`/clients/${clientId}?confirm=reset-portal`);
    expect(asking).toContain('Every link already sent stops working');
    expect(asking).toContain(`action="/clients/${clientId}/portal/reset"`);
    const [before] = await deps.db.select().from(clients).where(eq(clients.id, clientId));
    const res = await post(`/clients/${clientId}/portal/reset`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/Portal links reset: \d+ session\(s\) and \d+ unused link\(s\) ended\. Contacts can ask for a new link at http\S+\/portal, or invite them again\./);
    const [after] = await deps.db.select().from(clients).where(eq(clients.id, clientId));
    expect(after.portalEpoch).toBe(before.portalEpoch + 1);
  });

  it('switches the client\'s portal off and on; with it off there is nothing to invite', async () => {
    expect((await post(`/clients/${clientId}/edit/portal`, { enabled: 'false' })).status).toBe(303);
    const off = await get(`/clients/${clientId}`);
    expect(off).toContain('Turn the portal on');
    expect(off).not.toContain('id="portal-invite"');
    expect(contactLine(off, 'Jane Doe')).toContain('Portal off for the client');
    const refused = await post(`/clients/${clientId}/portal/invite`);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('The portal is off for Acme Corp');
    expect((await post(`/clients/${clientId}/edit/portal`, { enabled: 'true' })).status).toBe(303);
    expect(await get(`/clients/${clientId}`)).toContain('Turn the portal off');
    expect((await deps.db.select().from(contacts).where(eq(contacts.email, 'jane@acme.test')))[0].portalEnabled).toBe(true);
  });
});
