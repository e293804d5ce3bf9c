// removeMember with reassignTo: the removed member's clients go to a teammate (or to no owner) in the same step, the
// removal's activity row says so, a bad target is a typed refusal that changes nothing, and undoing the removal
// gives back to the restored member the clients still with the one they were handed to (never a later change). Their
// open follow-ups go with the clients, and come back the same way.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, clients, followUps, members } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { updateClient } from '../../../src/domain/clients/update-client';
import { addFollowUp } from '../../../src/domain/follow-ups/add-follow-up';
import { completeFollowUp } from '../../../src/domain/follow-ups/complete-follow-up';
import { updateFollowUp } from '../../../src/domain/follow-ups/update-follow-up';
import { handOverRefusal, InvalidHandOver } from '../../../src/domain/members/hand-over-clients';
import { removeMember } from '../../../src/domain/members/remove-member';
import { seedWorkspace } from '../../support/factories';
import { seedClient } from '../exports/seed';
import { useMemberFixture } from '../activity/member-fixture';

const f = useMemberFixture();
const ownerOf = async (id: number) => (await f.db.db.select({ o: clients.ownerId }).from(clients).where(eq(clients.id, id)))[0]?.o;
const doerOf = async (id: number) => (await f.db.db.select({ o: followUps.ownerId }).from(followUps).where(eq(followUps.id, id)))[0]?.o;
const removedAt = async (id: number) => (await f.db.db.select({ at: members.removedAt }).from(members).where(eq(members.id, id)))[0]?.at;
/** Two clients of the manager (one archived) and one of the owner's. */
async function seedClients() {
  const { workspaceId, actors } = f.ws;
  const a = (await seedClient(f.db.db, workspaceId, { name: 'Acme Robotics', ownerId: actors.manager.memberId })).client;
  const b = (await seedClient(f.db.db, workspaceId, { name: 'Bolt Labs', ownerId: actors.manager.memberId, archivedAt: new Date() })).client;
  const c = (await seedClient(f.db.db, workspaceId, { name: 'Cedar Co', ownerId: actors.owner.memberId })).client;
  return { a, b, c };
}

describe('removeMember handing the clients over', () => {
  it("moves all the member's clients to the teammate chosen, in the removal's activity row too", async () => {
    const { a, b, c } = await seedClients();
    const admin = f.ws.actors.admin;
    const r = await removeMember({ ctx: f.ctx('admin'), input: { member: f.ws.actors.manager.memberId, reassignTo: String(admin.memberId) } });
    expect(r.handedClients).toEqual({ to: admin.memberId, toName: admin.name, clientIds: [a.id, b.id] });
    expect([await ownerOf(a.id), await ownerOf(b.id), await ownerOf(c.id)]).toEqual([admin.memberId, admin.memberId, f.ws.actors.owner.memberId]);
    const [act] = await f.db.db.select().from(activities).where(eq(activities.id, r.activityId));
    expect(act).toMatchObject({
      summary: `Removed ${f.ws.actors.manager.name} (manager) from the team and handed their 2 clients to ${admin.name}`,
      after: { handedClients: { to: admin.memberId, clientIds: [a.id, b.id] } },
    });
  });

  it('null leaves the clients with no owner; without reassignTo they keep the removed member', async () => {
    const { a } = await seedClients();
    const r = await removeMember({ ctx: f.ctx('owner'), input: { member: f.ws.actors.manager.memberId, reassignTo: null } });
    expect(await ownerOf(a.id)).toBeNull();
    expect((await f.db.db.select().from(activities).where(eq(activities.id, r.activityId)))[0].summary)
      .toBe(`Removed ${f.ws.actors.manager.name} (manager) from the team and left their 2 clients with no owner`);

    const kept = (await seedClient(f.db.db, f.ws.workspaceId, { name: 'Dune Ltd', ownerId: f.ws.actors.member.memberId })).client;
    const plain = await removeMember({ ctx: f.ctx('owner'), input: { member: f.ws.actors.member.memberId } });
    expect(plain.handedClients).toBeNull();
    expect(await ownerOf(kept.id)).toBe(f.ws.actors.member.memberId);
  });
});

describe('removeMember handing the open follow-ups over with the clients', () => {
  it('moves the open ones to the same teammate, leaves done ones, and the undo gives back those still with them', async () => {
    const { a } = await seedClients();
    const { manager, admin, owner } = f.ws.actors;
    const day = f.ctx('manager').now().toISOString().slice(0, 10);
    const plan = (role: 'manager' | 'owner', text: string) => addFollowUp({ ctx: f.ctx(role), input: { client: 'Acme Robotics', text, due: day } });
    const call = (await plan('manager', 'Call about the renewal')).followUp;
    const chase = (await plan('manager', 'Chase the deposit')).followUp;
    const done = (await plan('manager', 'Send the brief')).followUp;
    await completeFollowUp({ ctx: f.ctx('manager'), input: { followUp: done.id } });
    const theirs = (await plan('owner', 'Owner call')).followUp;

    const r = await removeMember({ ctx: f.ctx('admin'), input: { member: manager.memberId, reassignTo: String(admin.memberId) } });
    expect(r.handedFollowUps).toEqual({ count: 2, toName: admin.name });
    expect([await doerOf(call.id), await doerOf(chase.id), await doerOf(done.id), await doerOf(theirs.id)])
      .toEqual([admin.memberId, admin.memberId, manager.memberId, owner.memberId]);
    expect((await f.db.db.select().from(activities).where(eq(activities.id, r.activityId)))[0].summary)
      .toBe(`Removed ${manager.name} (manager) from the team and handed their 2 clients to ${admin.name}; 2 open follow-ups went to ${admin.name}`);
    expect(await ownerOf(a.id)).toBe(admin.memberId);

    // One handed on again since stays with whoever has it now.
    await updateFollowUp({ ctx: f.ctx('admin'), input: { followUp: chase.id, owner: owner.name } });
    await undoActivity({ ctx: f.ctx('admin'), input: { activityId: r.activityId } });
    expect([await doerOf(call.id), await doerOf(chase.id)]).toEqual([manager.memberId, owner.memberId]);
  });

  it('to no one, they have no one to do them; without reassignTo they stay with the removed member', async () => {
    await seedClients();
    const { manager, member } = f.ws.actors;
    const day = f.ctx('manager').now().toISOString().slice(0, 10);
    const mine = (await addFollowUp({ ctx: f.ctx('manager'), input: { client: 'Acme Robotics', text: 'Call', due: day } })).followUp;
    const r = await removeMember({ ctx: f.ctx('owner'), input: { member: manager.memberId, reassignTo: null } });
    expect(r.handedFollowUps).toEqual({ count: 1, toName: null });
    expect(await doerOf(mine.id)).toBeNull();
    expect((await f.db.db.select().from(activities).where(eq(activities.id, r.activityId)))[0].summary).toContain('; 1 open follow-up now has no one to do it');

    const kept = (await addFollowUp({ ctx: f.ctx('owner'), input: { client: 'Cedar Co', text: 'Visit', due: day, owner: member.memberId } })).followUp;
    const plain = await removeMember({ ctx: f.ctx('owner'), input: { member: member.memberId } });
    expect(plain.handedFollowUps).toBeNull();
    expect(await doerOf(kept.id)).toBe(member.memberId);
  });
});

describe('who can take the clients over (handOverRefusal, which the Team page lists from)', () => {
  it('any active teammate but the one leaving, a member-role one too; removeMember hands them over to exactly those', async () => {
    const { a } = await seedClients();
    const { manager, member, admin } = f.ws.actors;
    const leaving = { id: manager.memberId, label: manager.name };
    const team = (await f.db.db.select().from(members).where(eq(members.workspaceId, f.ws.workspaceId)));
    expect(team.filter((m) => !handOverRefusal(m, leaving)).map((m) => m.id).sort())
      .toEqual(team.filter((m) => m.id !== manager.memberId).map((m) => m.id).sort());
    expect(handOverRefusal({ ...team.find((m) => m.id === admin.memberId)!, removedAt: new Date() }, leaving))
      .toBe(`${admin.name} was removed from the team, so cannot take over clients.`);

    await removeMember({ ctx: f.ctx('admin'), input: { member: manager.memberId, reassignTo: member.memberId } });
    expect(await ownerOf(a.id)).toBe(member.memberId);
  });
});

describe('removeMember refusing a hand-over', () => {
  it('to a removed member, the member leaving, another workspace or no id: a typed refusal, and nothing changes', async () => {
    const { a } = await seedClients();
    const manager = f.ws.actors.manager.memberId;
    await removeMember({ ctx: f.ctx('owner'), input: { member: f.ws.actors.member.memberId } });
    const other = await seedWorkspace(f.db.db, { name: 'Other' });
    const cases: Array<[unknown, RegExp]> = [
      [f.ws.actors.member.memberId, /was removed from the team, so cannot take over clients/],
      [manager, /is the one leaving the team/],
      [other.actors.owner.memberId, /No one in this team has the member id/],
    ];
    for (const [reassignTo, message] of cases) {
      const attempt = removeMember({ ctx: f.ctx('admin'), input: { member: manager, reassignTo } });
      await expect(attempt).rejects.toBeInstanceOf(InvalidHandOver);
      await expect(attempt).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'reassignTo', message: expect.stringMatching(message) }] });
    }
    await expect(removeMember({ ctx: f.ctx('admin'), input: { member: manager, reassignTo: 'Ada' } })).rejects.toMatchObject({
      code: 'invalid', issues: [{ field: 'reassignTo', message: 'must be a member id' }],
    });
    expect(await removedAt(manager)).toBeNull();
    expect(await ownerOf(a.id)).toBe(manager);
  });
});

describe('undoing a removal that handed clients over', () => {
  it('gives back the clients still with the one they went to (not one given to someone else since); redo hands them over again', async () => {
    const { a, b } = await seedClients();
    const { manager, admin, owner } = f.ws.actors;
    const r = await removeMember({ ctx: f.ctx('admin'), input: { member: manager.memberId, reassignTo: admin.memberId } });
    await updateClient({ ctx: f.ctx('owner'), input: { client: `id:${b.id}`, owner: owner.memberId } });

    const undone = await undoActivity({ ctx: f.ctx('admin'), input: { activityId: r.activityId } });
    expect(undone.summary).toMatch(/^Undid: Removed .* and handed their 2 clients to /);
    expect(await removedAt(manager.memberId)).toBeNull();
    expect([await ownerOf(a.id), await ownerOf(b.id)]).toEqual([manager.memberId, owner.memberId]);

    await undoActivity({ ctx: f.ctx('admin'), input: { activityId: undone.activityId } });
    expect(await removedAt(manager.memberId)).not.toBeNull();
    expect([await ownerOf(a.id), await ownerOf(b.id)]).toEqual([admin.memberId, owner.memberId]);
  });

  it('after a hand-over to no owner, only the clients still without one come back', async () => {
    const { a, b } = await seedClients();
    const { manager, owner } = f.ws.actors;
    const r = await removeMember({ ctx: f.ctx('owner'), input: { member: manager.memberId, reassignTo: null } });
    await updateClient({ ctx: f.ctx('owner'), input: { client: `id:${a.id}`, owner: owner.memberId } });
    await undoActivity({ ctx: f.ctx('owner'), input: { activityId: r.activityId } });
    expect([await ownerOf(a.id), await ownerOf(b.id)]).toEqual([owner.memberId, manager.memberId]);
  });
});
