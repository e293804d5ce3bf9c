// Removing a member who owns clients, from the Team page: the confirmation says how many and asks who takes them
// over (every teammate removeMember would accept, whatever their role, or no owner; the one removing them first), the removal moves them, and its
// Undo gives them back; their open follow-ups go and come back with them. A bad choice is the domain's refusal, shown as the page's error.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clients, followUps, members } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { seedClient } from '../../domain/exports/seed';
import { addFollowUp } from '../../../src/domain/follow-ups/add-follow-up';
import { addMember, type App, memberCtx, signIn, postForm, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
beforeEach(async () => { ({ deps, app } = await startWebApp()); });
afterEach(() => deps.testDb.cleanup());

const post = (cookie: string, path: string, data: Record<string, string> = {}) => postForm(app, cookie, path, data);
const get = async (cookie: string, path: string) => (await app.request(path, { headers: { Cookie: cookie } })).text();
const readable = (body: string) => body.replaceAll('&#39;', "'");
const ownerOf = async (id: number) => (await deps.db.select({ o: clients.ownerId }).from(clients).where(eq(clients.id, id)))[0]?.o;
const doerOf = async (id: number) => (await deps.db.select({ o: followUps.ownerId }).from(followUps).where(eq(followUps.id, id)))[0]?.o;
const removedAt = async (id: number) => (await deps.db.select({ at: members.removedAt }).from(members).where(eq(members.id, id)))[0]?.at;
/** The hand-over select's options as [value, label, selected]. */
const options = (body: string) => {
  const select = /<select name="reassignTo"[^>]*>([\s\S]*?)<\/select>/.exec(body)?.[1] ?? '';
  return [...select.matchAll(/<option value="(\d*)" ?(selected)?>([^<]*)<\/option>/g)].map((m) => [m[1], m[3], !!m[2]]);
};

describe("removing a member who owns clients, from the Team page", () => {
  it('says how many, offers whom to hand them to (you first), moves them on removal and gives them back on Undo', async () => {
    const olive = await addMember(deps, 'owner', 'olive@studio.test', 'Olive');
    const ada = await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const bo = await addMember(deps, 'manager', 'bo@studio.test', 'Bo');
    const cy = await addMember(deps, 'manager', 'cy@studio.test', 'Cy');
    const mo = await addMember(deps, 'member', 'mo@studio.test', 'Mo');
    const acme = (await seedClient(deps.db, deps.workspaceId, { name: 'Acme Robotics', ownerId: bo.id })).client;
    const bolt = (await seedClient(deps.db, deps.workspaceId, { name: 'Bolt Labs', ownerId: bo.id })).client;
    const call = (await addFollowUp({ ctx: memberCtx(deps, bo), input: { client: 'Acme Robotics', text: 'Call about the renewal', due: '2099-01-01' } })).followUp;
    const adaCookie = await signIn(app, deps, 'ada@studio.test');

    const asked = readable(await get(adaCookie, `/members?remove=${bo.id}`));
    expect(asked).toContain('they own 2 clients');
    expect(asked).toContain('Hand their 2 clients to:');
    // Everyone still in the team but Bo, Mo (role member) too, as removeMember accepts any of them; Ada, removing, is picked.
    expect(options(asked)).toEqual([
      [`${olive.id}`, 'Olive', false], [`${ada.id}`, 'Ada (you)', true], [`${cy.id}`, 'Cy', false], [`${mo.id}`, 'Mo', false], ['', 'No owner', false],
    ]);
    // The select is in the form the confirmation posts.
    expect(/<form method="post" action="\/members\/\d+\/remove"[\s\S]*?<\/form>/.exec(asked)?.[0]).toContain('name="reassignTo"');

    const res = await post(adaCookie, `/members/${bo.id}/remove`, { confirmed: '1', reassignTo: String(cy.id) });
    expect(res.status).toBe(200);
    const after = readable(await res.text());
    expect(after).toContain('Removed Bo from the team: they were signed out and their sign-in links no longer work. Their 2 clients went to Cy. Their open follow-up went to Cy.');
    expect(await doerOf(call.id)).toBe(cy.id);
    expect([await ownerOf(acme.id), await ownerOf(bolt.id)]).toEqual([cy.id, cy.id]);
    const row = after.split('<li data-activity=').find((li) => li.includes('Ada removed Bo (manager) from the team and handed their 2 clients to Cy')) ?? '';
    const undo = /action="(\/members\/undo\/\d+)"><button[^>]*>Undo</.exec(row)?.[1];
    expect(undo).toBeDefined();

    await post(adaCookie, undo!);
    expect(await removedAt(bo.id)).toBeNull();
    expect([await ownerOf(acme.id), await ownerOf(bolt.id)]).toEqual([bo.id, bo.id]);
    expect(await doerOf(call.id)).toBe(bo.id);
  });

  it('"No owner" leaves the clients without one; someone with no clients is not asked; a removed teammate is refused', async () => {
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const bo = await addMember(deps, 'manager', 'bo@studio.test', 'Bo');
    const cy = await addMember(deps, 'manager', 'cy@studio.test', 'Cy');
    const acme = (await seedClient(deps.db, deps.workspaceId, { name: 'Acme Robotics', ownerId: bo.id })).client;
    const adaCookie = await signIn(app, deps, 'ada@studio.test');

    const asked = await get(adaCookie, `/members?remove=${cy.id}`);
    expect(asked).toContain('id="confirm-remove-member"');
    expect(asked).not.toContain('name="reassignTo"');
    await post(adaCookie, `/members/${cy.id}/remove`, { confirmed: '1' });

    const refused = await post(adaCookie, `/members/${bo.id}/remove`, { confirmed: '1', reassignTo: String(cy.id) });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Cy was removed from the team, so cannot take over clients.');
    expect(await removedAt(bo.id)).toBeNull();

    const res = await post(adaCookie, `/members/${bo.id}/remove`, { confirmed: '1', reassignTo: '' });
    expect(readable(await res.text())).toContain('Their client now has no owner.');
    expect(await ownerOf(acme.id)).toBeNull();
  });
});
