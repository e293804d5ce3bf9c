// The Team page's "Recent team changes": owners and admins see role changes and invitations with their Undo,
// undo and redo them from the page, and see the domain's refusals as the page's error; nobody else can.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createApp } from '../../../src/channels/http/app';
import { members } from '../../../src/db/schema';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { addMember, signIn, type App, postForm } from './web-session';

let deps: TestDeps;
let app: App;
beforeEach(async () => { deps = await createTestDeps(); app = createApp(deps); });
afterEach(() => deps.testDb.cleanup());

const post = (cookie: string, path: string, data: Record<string, string> = {}) => postForm(app, cookie, path, data);
const page = async (cookie: string) => (await app.request('/members', { headers: { Cookie: cookie } })).text();
const readable = (body: string) => body.replaceAll('&#39;', "'");
const roleOf = async (id: number) => (await deps.db.select({ role: members.role }).from(members).where(eq(members.id, id)))[0]?.role;
/** The list item of the change whose sentence contains `text`. */
const rowOf = (body: string, text: string) => readable(body).split('<li data-activity=').find((li) => li.includes(text)) ?? '';
const buttonOf = (row: string) => /action="(\/members\/undo\/\d+)"><button[^>]*>(Undo|Redo)</.exec(row);

describe('recent team changes on the Team page', () => {
  it('an admin sees a role change, undoes it (the role is back, the row says undone) and redoes it', async () => {
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const bo = await addMember(deps, 'member', 'bo@studio.test', 'Bo');
    const ada = await signIn(app, deps, 'ada@studio.test');
    await post(ada, `/members/${bo.id}/role`, { role: 'admin' });

    const before = await page(ada);
    expect(before).toContain('Recent team changes');
    const row = rowOf(before, "Ada changed Bo's role from member to admin");
    expect(row).toContain('data-relative');
    const [, undo, label] = buttonOf(row)!;
    expect(label).toBe('Undo');

    const res = await post(ada, undo);
    expect(res.status).toBe(200);
    const after = await res.text();
    expect(readable(after)).toContain("Undid: Changed Bo's role from member to admin.");
    expect(await roleOf(bo.id)).toBe('member');
    const undoneRow = rowOf(after, "Ada changed Bo's role from member to admin");
    expect(undoneRow).toContain('undone');
    const [, redo, redoLabel] = buttonOf(undoneRow)!;
    expect(redoLabel).toBe('Redo');

    const redone = await (await post(ada, redo)).text();
    expect(readable(redone)).toContain("Redid: Changed Bo's role from member to admin.");
    expect(await roleOf(bo.id)).toBe('admin');
    expect(buttonOf(rowOf(redone, "Ada changed Bo's role"))?.[2]).toBe('Undo');
  });

  it('an invitation taken back from the page is gone from the members table', async () => {
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const ada = await signIn(app, deps, 'ada@studio.test');
    await post(ada, '/members/invite', { email: 'sam@newhire.test', name: 'Sam', role: 'manager' });
    const [, undo] = buttonOf(rowOf(await page(ada), 'Ada invited Sam as manager'))!;
    const after = await (await post(ada, undo)).text();
    expect(after).toContain('Undid: Invited Sam as manager.');
    expect(after).not.toContain('sam@newhire.test');
    expect(await deps.db.select().from(members).where(eq(members.email, 'sam@newhire.test'))).toEqual([]);
  });

  it('a refused undo shows the reason as the page error and changes nothing', async () => {
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const bo = await addMember(deps, 'member', 'bo@studio.test', 'Bo');
    const ada = await signIn(app, deps, 'ada@studio.test');
    await post(ada, `/members/${bo.id}/role`, { role: 'manager' });
    const first = buttonOf(rowOf(await page(ada), 'from member to manager'))![1];
    await post(ada, `/members/${bo.id}/role`, { role: 'admin' });
    // The older change is no longer the last one: no button, and a post for it is refused with the reason.
    const body = await page(ada);
    expect(buttonOf(rowOf(body, 'from member to manager'))).toBeNull();
    expect(buttonOf(rowOf(body, 'from manager to admin'))?.[2]).toBe('Undo');
    const res = await post(ada, first);
    expect(res.status).toBe(409);
    const text = await res.text();
    expect(text).toContain('role="alert"');
    expect(text).toContain('Only the last change to this record can be undone');
    expect(text).toContain('Recent team changes');
    expect(await roleOf(bo.id)).toBe('admin');
  });
});

describe('recent team changes: who may see and undo them', () => {
  it("an admin gets no Undo on an owner's ownership change, and a forged one is refused", async () => {
    await addMember(deps, 'owner', 'olive@studio.test', 'Olive');
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const bo = await addMember(deps, 'manager', 'bo@studio.test', 'Bo');
    const olive = await signIn(app, deps, 'olive@studio.test');
    const ada = await signIn(app, deps, 'ada@studio.test');
    await post(olive, `/members/${bo.id}/role`, { role: 'owner' });
    const undo = buttonOf(rowOf(await page(olive), "Olive changed Bo's role from manager to owner"))![1];
    expect(buttonOf(rowOf(await page(ada), "Olive changed Bo's role from manager to owner"))).toBeNull();
    const res = await post(ada, undo);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Only an owner can');
    expect(await roleOf(bo.id)).toBe('owner');
  });

  it('a plain member sees no list and cannot undo; a cross-site post is refused', async () => {
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const bo = await addMember(deps, 'manager', 'bo@studio.test', 'Bo');
    await addMember(deps, 'member', 'mo@studio.test', 'Mo');
    const ada = await signIn(app, deps, 'ada@studio.test');
    const mo = await signIn(app, deps, 'mo@studio.test');
    await post(ada, `/members/${bo.id}/role`, { role: 'admin' });
    const undo = buttonOf(rowOf(await page(ada), "Ada changed Bo's role"))![1];

    const view = await app.request('/members', { headers: { Cookie: mo } });
    expect(view.status).toBe(403);
    expect(await view.text()).not.toContain('Recent team changes');
    expect((await post(mo, undo)).status).toBe(403);
    expect((await post(mo, undo.replace('/members/', '/settings/'))).status).toBe(403);
    // No Origin and no Sec-Fetch-Site: not from our pages, even with the admin's cookie.
    const csrf = await app.request(undo, { method: 'POST', headers: { Cookie: ada, 'Content-Type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(csrf.status).toBe(403);
    expect(await roleOf(bo.id)).toBe('admin');
  });
});
