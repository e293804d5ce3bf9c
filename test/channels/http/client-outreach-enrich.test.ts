// The client page's outreach draft (draft -> edit -> send only after the confirm step -> in the history) and
// "Enrich from website" (findings proposed, applied by ticking; a value the team typed is kept unless its row is ticked).
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clients, contacts, outreachDrafts } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { seedClient, seedProject } from '../../domain/exports/seed';
import { startSite, type Site } from '../../domain/enrichment/site-server';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
let site: Site;
const XSS = '<img src=x onerror=alert(1)>';

const HOME = `<!doctype html><html><head><title>Acme</title>
<meta name="description" content="Acme builds industrial robots &lt;and&gt; &quot;automation&quot; for factories across Europe.">
<script type="application/ld+json">{"@type":"Organization","telephone":"+49 30 1234567",
 "address":{"@type":"PostalAddress","streetAddress":"Hauptstraße 5","addressLocality":"Berlin","postalCode":"10115","addressCountry":"Germany"}}</script>
</head><body><a href="/kontakt">Kontakt</a></body></html>`;
const CONTACT = '<html><body>Invoices: <a href="mailto:billing@acme.de">billing@acme.de</a></body></html>';

beforeAll(async () => { site = await startSite({ '/': HOME, '/kontakt': CONTACT }); });
afterAll(async () => { await site.close(); });
beforeEach(async () => {
  ({ deps, app } = await startWebApp({ env: { ENRICH_ALLOW_PRIVATE: 'true' } }));
  await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  cookie = await signIn(app, deps, 'mia@studio.test');
});
afterEach(() => deps.testDb.cleanup());

const get = async (path: string) => (await app.request(path, { headers: { Cookie: cookie } })).text();
const post = (path: string, data: Record<string, string> | URLSearchParams = {}) => {
  const f = form({});
  return app.request(path, { ...f, body: new URLSearchParams(data).toString(), headers: { ...f.headers, Cookie: cookie } });
};

describe('outreach on the client page', () => {
  it('drafts, edits, asks before sending, sends once, and shows the sent email in the history', async () => {
    const { client } = await seedClient(deps.db, deps.workspaceId, { name: 'Acme GmbH', status: 'inactive' }, [{ name: 'Jane Roe', email: 'jane@acme.de', isPrimary: true }]);
    await seedProject(deps.db, deps.workspaceId, client.id, 'Website relaunch');
    const id = client.id;
    expect(await get(`/clients/${id}`)).toContain('id="draft-outreach"');

    expect((await post(`/clients/${id}/outreach`, { goal: '' })).status).toBe(303);
    const drafted = await get(`/clients/${id}`);
    expect(drafted).toContain('Jane Roe &lt;jane@acme.de&gt;');
    expect(drafted).toContain('Website relaunch');
    const [draft] = await deps.db.select().from(outreachDrafts);

    const edited = await post(`/clients/${id}/outreach/${draft.id}`, { subject: `Hello again ${XSS}`, body: 'Hi Jane,\n\nShall we talk?', next: 'send' });
    expect(edited.status).toBe(303);
    expect(edited.headers.get('location')).toBe(`/clients/${id}?confirm=send-outreach#outreach`);
    expect(deps.mailer.sent.filter((m) => m.to === 'jane@acme.de')).toHaveLength(0);
    const asking = await get(`/clients/${id}?confirm=send-outreach`);
    expect(asking).toContain(`Send “Hello again &lt;img src=x onerror=alert(1)&gt;” to Jane Roe &lt;jane@acme.de&gt; now?`);
    expect(asking).toContain('Shall we talk?');

    const sent = await post(`/clients/${id}/outreach/${draft.id}/send`);
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain('Sent “Hello again');
    const mails = deps.mailer.sent.filter((m) => m.to === 'jane@acme.de');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Shall we talk?');
    // A second click sends nothing and says so.
    const twice = await post(`/clients/${id}/outreach/${draft.id}/send`);
    expect(twice.status).toBe(200);
    expect(await twice.text()).toContain('“Hello again &lt;img src=x onerror=alert(1)&gt;” was already sent; not sent again.');
    expect(deps.mailer.sent.filter((m) => m.to === 'jane@acme.de')).toHaveLength(1);
    const after = await get(`/clients/${id}`);
    expect(after).toContain('Sent &quot;Hello again &lt;img src=x onerror=alert(1)&gt;&quot; to Jane Roe &lt;jane@acme.de&gt;');
    // The sent draft is no longer editable; a new one can be drafted.
    expect(after).not.toContain(`action="/clients/${id}/outreach/${draft.id}"`);
    expect(after).toContain('id="draft-outreach"');
  });

  it('offers no outreach for an active client, and refuses one without a primary contact', async () => {
    const { client: active } = await seedClient(deps.db, deps.workspaceId, { name: 'Busy Ltd', status: 'active' });
    expect(await get(`/clients/${active.id}`)).not.toContain('id="outreach"');
    const { client: past } = await seedClient(deps.db, deps.workspaceId, { name: 'Gone Co', status: 'past' });
    const res = await post(`/clients/${past.id}/outreach`);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('has no primary contact with an email address');
  });
});

describe('enrichment on the client page', () => {
  it('proposes the website\'s findings and applies the ticked ones, keeping a typed value unless its row is ticked', async () => {
    const { client } = await seedClient(deps.db, deps.workspaceId, { name: 'Acme GmbH', website: site.url, phone: '+4940999999', status: 'active' });
    const id = client.id;
    expect(await get(`/clients/${id}`)).toContain('Enrich from website');
    expect((await post(`/clients/${id}/enrich`)).status).toBe(303);
    const page = await get(`/clients/${id}`);
    expect(page).toContain('id="enrich-apply"');
    expect(page).toContain('name="overwrite" value="phone"');
    expect(page).toMatch(/name="fields" value="address" checked/);
    // Text from the site is shown as text: its decoded markup characters are escaped again.
    expect(page).toContain('Acme builds industrial robots &lt;and&gt; &quot;automation&quot; for factories across Europe.');

    // Submitting the boxes as the page ticks them: everything but the phone the team typed.
    const ticks = [...page.matchAll(/name="(fields|overwrite)" value="(\w+)" checked/g)].map((m) => [m[1], m[2]]);
    expect(ticks.map(([, f]) => f)).toEqual(['industry', 'address', 'billingEmail', 'description']);
    const applied = await post(`/clients/${id}/enrich/apply`, new URLSearchParams(ticks));
    expect(applied.status).toBe(200);
    expect(await applied.text()).toContain('Applied: industry, address, billingEmail, description.');
    const [row] = await deps.db.select().from(clients).where(eq(clients.id, id));
    expect(row).toMatchObject({ city: 'Berlin', postalCode: '10115', phone: '+4940999999' });
    expect((await deps.db.select().from(contacts).where(eq(contacts.clientId, id))).map((c) => c.email)).toEqual(['billing@acme.de']);
    // Only the phone is left to decide; ticking its row replaces it.
    const left = await get(`/clients/${id}`);
    expect([...left.matchAll(/<tr data-field="(\w+)"/g)].map((m) => m[1])).toEqual(['phone']);
    // Sent without its row ticked, the typed phone is kept, and the notice says so; a finding the page never offers is refused.
    const kept = await post(`/clients/${id}/enrich/apply`, new URLSearchParams([['fields', 'phone']]));
    expect(await kept.text()).toContain('Nothing applied. Kept the current phone (tick the row to replace it).');
    const odd = await post(`/clients/${id}/enrich/apply`, new URLSearchParams([['fields', 'owner']]));
    expect(odd.status).toBe(422);
    expect(await odd.text()).toContain('(fields.0: ');
    await post(`/clients/${id}/enrich/apply`, new URLSearchParams([['overwrite', 'phone']]));
    expect((await deps.db.select().from(clients).where(eq(clients.id, id)))[0].phone).toBe('+49301234567');
  });

  it('says why when there is no website, and stores nothing', async () => {
    const { client } = await seedClient(deps.db, deps.workspaceId, { name: 'No Site Co' });
    expect(await get(`/clients/${client.id}`)).toMatch(/id="enrich" disabled/);
    await post(`/clients/${client.id}/enrich`);
    expect(await get(`/clients/${client.id}`)).toContain('Skipped');
  });
});
