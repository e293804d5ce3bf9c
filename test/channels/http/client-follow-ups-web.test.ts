// The client page's follow-ups: planned with the card's form (what, by which day), listed soonest first with
// overdue marked, marked done with Done, moved to another day; an empty text or no day is refused on the page; a cross-site post is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/clients/create-client';
import { showClient } from '../../../src/domain/clients/show-client';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, memberCtx, postForm, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
let ctx: ReturnType<typeof memberCtx>;
let id: number;

beforeAll(async () => {
  ({ deps, app } = await startWebApp());
  const mia = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  cookie = await signIn(app, deps, 'mia@studio.test');
  ctx = memberCtx(deps, mia);
  id = (await createClient({ ctx, input: { name: 'Acme Corp' } })).client.id;
}, 30_000);
afterAll(() => deps.testDb.cleanup());

const page = async () => (await app.request(`/clients/${id}`, { headers: { Cookie: cookie } })).text();
const open = async () => (await showClient({ ctx, input: { client: 'Acme Corp' } })).followUps.map((f) => `${f.dueOn} ${f.text}`);

describe('follow-ups on the client page', () => {
  it('plans one with the form, lists them soonest first with overdue marked, and Done closes one', async () => {
    expect(await page()).toContain('Nothing planned.');
    expect((await postForm(app, cookie, `/clients/${id}/follow-ups`, { text: 'Send the renewal', due: '2099-01-15' })).status).toBe(303);
    expect((await postForm(app, cookie, `/clients/${id}/follow-ups`, { text: 'Call about the renewal', due: '2020-01-10' })).status).toBe(303);
    expect(await open()).toEqual(['2020-01-10 Call about the renewal', '2099-01-15 Send the renewal']);
    const html = await page();
    expect(html).toMatch(/2020-01-10<\/span><span>Call about the renewal<\/span>\s*<span class="badge status-past">overdue<\/span>/);
    const first = /data-follow-up="(\d+)"/.exec(html)![1];
    const done = await postForm(app, cookie, `/clients/${id}/follow-ups/${first}/done`);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Marked it done.');
    expect(await open()).toEqual(['2099-01-15 Send the renewal']);
  });

  it('moves one to the day picked, and refuses a day that is none or one it already has', async () => {
    const fid = /data-follow-up="(\d+)"/.exec(await page())![1];
    const moved = await postForm(app, cookie, `/clients/${id}/follow-ups/${fid}/move`, { due: '2099-03-01' });
    expect(moved.status).toBe(200);
    expect(await moved.text()).toContain('Moved it to 2099-03-01.');
    expect(await open()).toEqual(['2099-03-01 Send the renewal']);
    expect(await page()).toContain('name="due" value="2099-03-01"');
    const bad = await postForm(app, cookie, `/clients/${id}/follow-ups/${fid}/move`, { due: 'soon' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('due: must be a date as YYYY-MM-DD');
    const same = await postForm(app, cookie, `/clients/${id}/follow-ups/${fid}/move`, { due: '2099-03-01' });
    expect(same.status).toBe(409);
    expect(await same.text()).toContain('The follow-up for Acme Corp is already like that');
    expect(await open()).toEqual(['2099-03-01 Send the renewal']);
  });

  it('refuses an empty text or a missing day on the page, planning nothing', async () => {
    const before = await open();
    const empty = await postForm(app, cookie, `/clients/${id}/follow-ups`, { text: ' ', due: '2099-02-01' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('text: is required');
    const noDay = await postForm(app, cookie, `/clients/${id}/follow-ups`, { text: 'Call', due: '' });
    expect(noDay.status).toBe(422);
    expect(await noDay.text()).toContain('due: must be a date as YYYY-MM-DD');
    expect(await open()).toEqual(before);
  });

  it('refuses a post from another site', async () => {
    const before = await open();
    const r = await app.request(`/clients/${id}/follow-ups`, {
      method: 'POST', headers: { Cookie: cookie, Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ text: 'Wire money', due: '2099-01-01' }).toString(),
    });
    expect(r.status).toBe(403);
    expect(await open()).toEqual(before);
  });
});
