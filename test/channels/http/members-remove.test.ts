// Removing a teammate from the Team page: a Remove… per member the viewer may remove, a confirmation that says
// what ends, then the member is gone, signed out at once, and the removal is in Recent team changes with Undo.
// Refusals come from the domain through the page's error; nothing is removed without the confirmation's post.
// What they were waiting on (a pending confirmation) is cancelled with them, the page says so, and Undo leaves it so.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvals, clients, members } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { insertApproval } from '../../../src/domain/approvals/approval-rows';
import type { TestDeps } from '../../support/deps';
import { seedClient } from '../../domain/exports/seed';
import { addMember, type App, signIn, postForm, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
beforeEach(async () => { ({ deps, app } = await startWebApp()); });
afterEach(() => deps.testDb.cleanup());

const post = (cookie: string, path: string, data: Record<string, string> = {}) => postForm(app, cookie, path, data);
const get = (cookie: string, path = '/members') => app.request(path, { headers: { Cookie: cookie } });
const readable = (body: string) => body.replaceAll('&#39;', "'");
const removedAt = async (id: number) =>
  (await deps.db.select({ at: members.removedAt }).from(members).where(eq(members.id, id)))[0]?.at ?? null;
const memberRow = (body: string, id: number) => body.split('<tr data-member=').find((tr) => tr.startsWith(`"${id}"`)) ?? '';
const undoOf = (body: string, text: string) =>
  /action="(\/members\/undo\/\d+)"><button[^>]*>(Undo|Redo)</.exec(
    readable(body)
      .split('<li data-activity=')
      .find((li) => li.includes(text)) ?? '',
  );

describe('removing a member from the Team page', () => {
  it('asks first, then removes: the member is gone, signed out at once, and the removal can be undone', async () => {
    await addMember(deps, 'owner', 'olive@studio.test', 'Olive');
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const bo = await addMember(deps, 'admin', 'bo@studio.test', 'Bo');
    const ada = await signIn(app, deps, 'ada@studio.test');
    const boCookie = await signIn(app, deps, 'bo@studio.test');
    expect((await get(boCookie)).status).toBe(200);

    const page = await (await get(ada)).text();
    expect(memberRow(page, bo.id)).toContain(`href="/members?remove=${bo.id}#confirm-remove-member"`);
    expect(page).not.toContain('id="confirm-remove-member"');
    const asked = await (await get(ada, `/members?remove=${bo.id}`)).text();
    expect(readable(asked)).toContain('Remove Bo (bo@studio.test), admin, from the team?');
    expect(asked).toContain('signed out everywhere at once');
    // A post without the confirmation's own field only asks.
    const bare = await post(ada, `/members/${bo.id}/remove`);
    expect(await bare.text()).toContain('id="confirm-remove-member"');
    expect(await removedAt(bo.id)).toBeNull();

    const res = await post(ada, `/members/${bo.id}/remove`, { confirmed: '1' });
    expect(res.status).toBe(200);
    const after = await res.text();
    expect(after).toContain('Removed Bo from the team: they were signed out');
    expect(memberRow(after, bo.id)).toBe('');
    const undo = undoOf(after, 'Ada removed Bo (admin) from the team');
    expect(undo?.[2]).toBe('Undo');
    // Bo's open session no longer opens team pages.
    const locked = await get(boCookie);
    expect(locked.status).toBe(303);
    expect(locked.headers.get('location')).toBe('/sign-in');

    const back = await (await post(ada, undo![1])).text();
    expect(back).toContain('Undid: Removed Bo (admin) from the team.');
    expect(memberRow(back, bo.id)).toContain('<option value="admin" selected>');
    expect((await get(boCookie)).status).toBe(303);
    expect((await get(await signIn(app, deps, 'bo@studio.test'))).status).toBe(200);
  });

  it('cancels the confirmation they were waiting on and says so; its Undo says it stays cancelled', async () => {
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const bo = await addMember(deps, 'manager', 'bo@studio.test', 'Bo');
    const boCtx = makeCtx(deps, { kind: 'member', workspaceId: deps.workspaceId, memberId: bo.id, role: 'manager', channel: 'web', name: 'Bo' });
    await insertApproval(boCtx, {
      id: 'apr_bo', memberId: bo.id, conversationId: null, channel: 'web', toolName: 'removeContact', input: {}, inputHash: 'x',
      summary: 'Remove the contact Bob Poe from Acme', expiresAt: new Date(Date.now() + 60_000),
    });
    const ada = await signIn(app, deps, 'ada@studio.test');

    const after = readable(await (await post(ada, `/members/${bo.id}/remove`, { confirmed: '1' })).text());
    expect(after).toContain('their sign-in links no longer work. The confirmation they had asked for was cancelled. Undo it from Recent team changes.');
    expect((await deps.db.select().from(approvals).where(eq(approvals.id, 'apr_bo')))[0].status).toBe('cancelled');
    const undo = undoOf(after, 'Ada removed Bo (manager) from the team; the confirmation they had asked for was cancelled');
    const back = readable(await (await post(ada, undo![1])).text());
    expect(back).toContain('(the confirmation it cancelled stays cancelled; Bo can ask again).');
    expect((await deps.db.select().from(approvals).where(eq(approvals.id, 'apr_bo')))[0].status).toBe('cancelled');
  });

  it("a removed member's clients keep them as owner: the client page still names them, and saving its card keeps them", async () => {
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const bo = await addMember(deps, 'manager', 'bo@studio.test', 'Bo');
    const { client } = await seedClient(deps.db, deps.workspaceId, { name: 'Acme Robotics', ownerId: bo.id });
    const ada = await signIn(app, deps, 'ada@studio.test');
    await post(ada, `/members/${bo.id}/remove`, { confirmed: '1' });
    const edit = await (await get(ada, `/clients/${client.id}?edit=identity#identity`)).text();
    expect(edit).toContain(`<option value="${bo.id}" disabled selected>Bo (removed from the team)</option>`);
    // The disabled option is not posted, so saving the card sends no owner and Bo stays.
    expect((await post(ada, `/clients/${client.id}/edit/identity`, { name: 'Acme Robotics Ltd' })).status).toBe(303);
    expect((await deps.db.select({ o: clients.ownerId }).from(clients).where(eq(clients.id, client.id)))[0]?.o).toBe(bo.id);
  });

  it('offers no Remove where the domain would refuse, and shows its refusals when forced', async () => {
    const olive = await addMember(deps, 'owner', 'olive@studio.test', 'Olive');
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const mia = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
    const ada = await signIn(app, deps, 'ada@studio.test');
    const oliveCookie = await signIn(app, deps, 'olive@studio.test');

    expect(memberRow(await (await get(ada)).text(), olive.id)).not.toContain('Remove…');
    const byAdmin = await post(ada, `/members/${olive.id}/remove`, { confirmed: '1' });
    expect(byAdmin.status).toBe(403);
    expect(await byAdmin.text()).toContain('Only an owner can remove an owner.');
    // The only owner cannot leave either.
    expect(memberRow(await (await get(oliveCookie)).text(), olive.id)).not.toContain('Remove…');
    const last = await post(oliveCookie, `/members/${olive.id}/remove`, { confirmed: '1' });
    expect(last.status).toBe(409);
    expect(await last.text()).toContain('only owner and cannot be removed');
    expect(await removedAt(olive.id)).toBeNull();

    await post(ada, `/members/${mia.id}/remove`, { confirmed: '1' });
    const twice = await post(ada, `/members/${mia.id}/remove`, { confirmed: '1' });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('Mia was already removed from the team.');
  });

  it('refuses managers and cross-site posts; removing yourself signs you out', async () => {
    await addMember(deps, 'owner', 'olive@studio.test', 'Olive');
    const ada = await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const mo = await addMember(deps, 'member', 'mo@studio.test', 'Mo');
    await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
    const mia = await signIn(app, deps, 'mia@studio.test');
    const adaCookie = await signIn(app, deps, 'ada@studio.test');

    expect((await post(mia, `/members/${mo.id}/remove`, { confirmed: '1' })).status).toBe(403);
    const csrf = await app.request(`/members/${mo.id}/remove`, {
      method: 'POST',
      headers: { Cookie: adaCookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'confirmed=1',
    });
    expect(csrf.status).toBe(403);
    expect(await removedAt(mo.id)).toBeNull();

    const left = await post(adaCookie, `/members/${ada.id}/remove`, { confirmed: '1' });
    expect(left.status).toBe(303);
    expect(left.headers.get('location')).toBe('/sign-in');
    expect(await removedAt(ada.id)).not.toBeNull();
    expect((await get(adaCookie)).status).toBe(303);
  });
});
