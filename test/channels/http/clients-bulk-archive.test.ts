// The client list's bulk archive: a filtered list of active clients offers "Archive these N…", which asks on the
// page naming them; the click archives exactly that set (another set by then archives nothing and asks again); the
// notice's Undo brings them all back. An unfiltered or archived list offers nothing; a cross-site post is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/clients/create-client';
import { findClients } from '../../../src/domain/clients/find-clients';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, memberCtx, postForm, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
let ctx: ReturnType<typeof memberCtx>;

beforeAll(async () => {
  ({ deps, app } = await startWebApp());
  const mia = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  cookie = await signIn(app, deps, 'mia@studio.test');
  ctx = memberCtx(deps, mia);
  for (const name of ['Quiet One', 'Quiet Two']) await createClient({ ctx, input: { name, status: 'inactive' } });
  await createClient({ ctx, input: { name: 'Busy Co', status: 'active' } });
}, 30_000);
afterAll(() => deps.testDb.cleanup());

const get = async (path: string) => {
  const r = await app.request(path, { headers: { Cookie: cookie } });
  return { status: r.status, html: await r.text() };
};
const archived = async () => (await findClients({ ctx, input: { archived: 'archived' } })).clients.map((c) => c.name);
const idsIn = (html: string) => /name="ids" value="([^"]*)"/.exec(html)?.[1] ?? '';

describe('archiving a filtered list at once', () => {
  it('offers it on a filtered list only', async () => {
    expect((await get('/clients?status=inactive')).html).toContain('href="/clients?status=inactive&amp;confirm=archive">Archive these 2…</a>');
    expect((await get('/clients')).html).not.toContain('id="archive-these"');
    expect((await get('/clients?status=inactive&archived=archived')).html).not.toContain('id="archive-these"');
  });

  it('asks naming them, archives that set on the click, and one Undo brings them back', async () => {
    const asked = await get('/clients?status=inactive&confirm=archive');
    expect(asked.html).toContain('Archive 2 clients: Quiet One, Quiet Two? They leave the active lists');
    expect(await archived()).toEqual([]);
    const done = await postForm(app, cookie, '/clients/archive', { status: 'inactive', ids: idsIn(asked.html) });
    expect(done.status).toBe(303);
    const location = done.headers.get('location')!;
    expect(location).toMatch(/^\/clients\?status=inactive&archived-set=2&activity=\d+$/);
    expect(await archived()).toEqual(['Quiet One', 'Quiet Two']);
    const notice = await get(location);
    expect(notice.html).toContain('Archived 2 clients.');
    const activity = /action="\/clients\/undo\/(\d+)"/.exec(notice.html)![1];
    expect((await postForm(app, cookie, `/clients/undo/${activity}`)).status).toBe(303);
    expect(await archived()).toEqual([]);
  });

  it('archives nothing when another set matches by the click, and asks again', async () => {
    const asked = await get('/clients?status=inactive&confirm=archive');
    await createClient({ ctx, input: { name: 'Quiet Three', status: 'inactive' } });
    const done = await postForm(app, cookie, '/clients/archive', { status: 'inactive', ids: idsIn(asked.html) });
    expect(done.headers.get('location')).toBe('/clients?status=inactive&confirm=archive&changed=1');
    expect(await archived()).toEqual([]);
    const again = await get(done.headers.get('location')!);
    expect(again.html).toContain('Which clients match changed since you were asked');
    expect(again.html).toContain('Archive 3 clients: Quiet One, Quiet Three, Quiet Two?');
  });

  it('refuses a post from another site', async () => {
    const asked = await get('/clients?status=inactive&confirm=archive');
    const r = await app.request('/clients/archive', {
      method: 'POST', headers: { Cookie: cookie, Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ status: 'inactive', ids: idsIn(asked.html) }).toString(),
    });
    expect(r.status).toBe(403);
    expect(await archived()).toEqual([]);
  });
});
