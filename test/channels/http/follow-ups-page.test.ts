// The Follow-ups page: the person's open follow-ups in Overdue / Today / Later (everyone's on the other tab, with who
// does each), Done and Move with a notice and Undo; a wrong day is refused on the page; a member without client
// access and a cross-site post are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/clients/create-client';
import { addFollowUp } from '../../../src/domain/follow-ups/add-follow-up';
import { listFollowUps } from '../../../src/domain/follow-ups/list-follow-ups';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, memberCtx, postForm, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
let ctx: ReturnType<typeof memberCtx>;
let today: string;

beforeAll(async () => {
  ({ deps, app } = await startWebApp());
  const mia = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  await addMember(deps, 'manager', 'noor@studio.test', 'Noor');
  cookie = await signIn(app, deps, 'mia@studio.test');
  ctx = memberCtx(deps, mia);
  today = ctx.now().toISOString().slice(0, 10);
  for (const name of ['Acme Corp', 'Bolt Labs']) await createClient({ ctx, input: { name } });
  const plan = (client: string, text: string, due: string, owner?: string) => addFollowUp({ ctx, input: { client, text, due, ...(owner ? { owner } : {}) } });
  await plan('Acme Corp', 'Send the renewal', '2099-01-15');
  await plan('Bolt Labs', 'Chase the <deposit>', '2020-01-10');
  await plan('Acme Corp', 'Call about the brief', today);
  await plan('Bolt Labs', "Noor's call", today, 'Noor');
}, 30_000);
afterAll(() => deps.testDb.cleanup());

const page = async (q = '') => (await app.request(`/follow-ups${q}`, { headers: { Cookie: cookie } })).text();
const mine = async () => (await listFollowUps({ ctx, input: {} })).items.map((f) => `${f.dueOn} ${f.text}`);
const idOf = (html: string, text: string) => new RegExp(`data-follow-up="(\\d+)"(?:(?!</li>)[\\s\\S])*?${text}`).exec(html)![1];

describe('the Follow-ups page', () => {
  it("lists the person's own in Overdue, Today and Later, and everyone's with who does each", async () => {
    const html = await page();
    expect(html).toContain('<a href="/follow-ups" class="on">Follow-ups</a>');
    const order = ['id="overdue"', 'Chase the &lt;deposit&gt;', 'id="today"', 'Call about the brief', 'id="later"', 'Send the renewal'].map((s) => html.indexOf(s));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(html).not.toContain('Noor&#39;s call');
    const all = await page('?scope=workspace');
    expect(all).toMatch(/Noor&#39;s call<\/span>\s*<span class="muted">Noor<\/span>/);
  });

  it('Done and Move change one, with a notice whose Undo gives it back', async () => {
    const html = await page();
    const done = await postForm(app, cookie, `/follow-ups/${idOf(html, 'Call about the brief')}/done`, { scope: 'mine' });
    expect(done.status).toBe(200);
    const after = await done.text();
    expect(after).toContain('Marked it done.');
    expect(await mine()).toEqual(['2020-01-10 Chase the <deposit>', '2099-01-15 Send the renewal']);
    const undo = /action="(\/follow-ups\/undo\/\d+)"/.exec(after)![1];
    expect(await (await postForm(app, cookie, undo, { scope: 'mine' })).text()).toContain('Undid: Done for Acme Corp: Call about the brief.');
    expect(await mine()).toContain(`${today} Call about the brief`);

    const moved = await postForm(app, cookie, `/follow-ups/${idOf(html, 'Chase the')}/move`, { scope: 'mine', due: '2099-02-01' });
    expect(await moved.text()).toContain('Moved it to 2099-02-01.');
    expect(await mine()).toContain('2099-02-01 Chase the <deposit>');
  });

  it('refuses a wrong day on the page, changing nothing, and a post from another site', async () => {
    const before = await mine();
    const id = idOf(await page(), 'Send the renewal');
    const bad = await postForm(app, cookie, `/follow-ups/${id}/move`, { scope: 'mine', due: 'someday' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('must be a date as YYYY-MM-DD');
    const forged = await app.request(`/follow-ups/${id}/done`, {
      method: 'POST', headers: { Cookie: cookie, Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'scope=mine',
    });
    expect(forged.status).toBe(403);
    expect(await mine()).toEqual(before);
  });

  it('is not shown to a member without client access', async () => {
    await addMember(deps, 'member', 'max@studio.test', 'Max');
    const maxCookie = await signIn(app, deps, 'max@studio.test');
    const r = await app.request('/follow-ups', { headers: { Cookie: maxCookie } });
    expect(r.status).toBe(403);
    expect(await r.text()).not.toContain('Send the renewal');
  });
});
