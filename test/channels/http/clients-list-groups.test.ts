// The web clients list takes every filter findClients declares, group and owner included: from the URL, from the
// plain-English box, kept by the next page's link and by Apply, and an unknown group is a bad filter on the page.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCtx } from '../../../src/deps';
import { createClient } from '../../../src/domain/clients/create-client';
import { createGroup } from '../../../src/domain/settings/create-group';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
const NORDICS = 55; // more than a page (50)

beforeAll(async () => {
  ({ deps, app } = await startWebApp());
  const mia = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  await addMember(deps, 'member', 'olaf@studio.test', 'Olaf Berg');
  cookie = await signIn(app, deps, 'mia@studio.test');
  const ctx = makeCtx(deps, {
    kind: 'member',
    workspaceId: deps.workspaceId,
    memberId: mia.id,
    role: 'manager',
    channel: 'web',
    name: 'Mia',
  });
  const nordics = (await createGroup({ ctx, input: { name: 'Nordics' } })).group.id;
  await createGroup({ ctx, input: { name: 'Benelux' } });
  const rows = Array.from({ length: NORDICS }, (_, i) => [`N${i}`, `Fjord ${String(i).padStart(2, '0')}`]);
  await deps.db.run(sql`INSERT INTO clients (workspace_id, number, name, name_key, group_id, owner_id)
    SELECT ${deps.workspaceId}, j.value->>0, j.value->>1, lower(j.value->>1), ${nordics}, ${mia.id} FROM json_each(${JSON.stringify(rows)}) j`);
  await createClient({ ctx, input: { name: 'Tulip Trading', group: 'Benelux', owner: 'Olaf Berg' } });
  await createClient({ ctx, input: { name: 'Windmill Works', group: 'Benelux' } });
  await createClient({ ctx, input: { name: 'Lone Ranger Ltd' } });
}, 30_000);
afterAll(() => deps.testDb.cleanup());

const get = async (path: string) => {
  const r = await app.request(path, { headers: { Cookie: cookie } });
  return { status: r.status, html: await r.text(), location: r.headers.get('location') };
};
const count = (html: string) => html.match(/<span id="list-count">([^<]*)<\/span>/)?.[1];

describe('the clients list by group and owner', () => {
  it('?group= lists only that group, says so, and the next page and Apply keep it', async () => {
    const first = await get('/clients?group=Nordics');
    expect(first.status).toBe(200);
    expect(count(first.html)).toBe(`1–50 of ${NORDICS} clients`);
    expect(first.html).not.toContain('Tulip Trading');
    expect(first.html).toContain('href="/clients?group=Nordics&amp;page=2"');
    expect(first.html).toContain('<input type="hidden" name="group" value="Nordics">');
    expect(first.html).toContain('Group: Nordics');
    const second = await get('/clients?group=Nordics&page=2');
    expect(count(second.html)).toBe(`51–${NORDICS} of ${NORDICS} clients`);
    expect(second.html).not.toContain('Windmill Works');

    const benelux = await get('/clients?group=benelux');
    expect(count(benelux.html)).toBe('1–2 of 2 clients');
    expect(benelux.html).toContain('Tulip Trading');
    expect(benelux.html).not.toContain('Fjord 00');
  });

  it("?owner=<member's name> lists that member's clients", async () => {
    const r = await get('/clients?owner=Olaf%20Berg');
    expect(r.status).toBe(200);
    expect(count(r.html)).toBe('1–1 of 1 client');
    expect(r.html).toContain('Tulip Trading');
    expect(r.html).not.toContain('Windmill Works');
    expect(r.html).toContain('Owner: Olaf Berg');
  });

  it("an unknown group is shown as a bad filter on the list, with the error table's status", async () => {
    const r = await get('/clients?group=Atlantis');
    expect(r.status).toBe(404);
    expect(r.html).toContain('<div class="card error-text" role="alert">No group matches &quot;Atlantis&quot;.</div>');
    expect(r.html).toContain('No clients match.');
    // As a bad status is: the same page, its own status.
    const badStatus = await get('/clients?status=bogus');
    expect(badStatus.status).toBe(422);
    expect(badStatus.html).toContain('role="alert"');
    // Read as the verb reads it (the list runs findClients' tool): its words for a wrong status, a status in any case.
    expect(badStatus.html).toContain('status: must be one of lead, active, inactive, past');
    expect((await get('/clients?group=Nordics&status=ACTIVE')).status).toBe(200);
  });

  it('the filter box reads "clients in the Nordics group" as the group filter', async () => {
    const r = await get(`/clients?ask=${encodeURIComponent('clients in the Nordics group')}`);
    expect(r.status).toBe(303);
    expect(r.location).toBe('/clients?group=Nordics&understood=1');
    const page = await get(r.location!);
    expect(page.html).toContain('Understood as: group = Nordics');
    expect(count(page.html)).toBe(`1–50 of ${NORDICS} clients`);
  });

  it('?missing= lists the clients lacking that detail, says so, and the filter box reads "clients without a group"', async () => {
    const r = await get('/clients?missing=group');
    expect(count(r.html)).toBe('1–1 of 1 client');
    expect(r.html).toContain('Lone Ranger Ltd');
    expect(r.html).not.toContain('Tulip Trading');
    expect(r.html).toContain('With no group');
    const asked = await get(`/clients?ask=${encodeURIComponent('clients without a group')}`);
    expect(asked.location).toBe('/clients?missing=group&understood=1');
    const bad = await get('/clients?missing=shoe%20size');
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('missing: must be one of email, phone');
  });
});
