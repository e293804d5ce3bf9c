// removeMember: the member leaves the team list, their access ends at once (sessions, links, sign-in requests),
// and nothing of the history goes: their row, their name on past changes, the activity row of the removal.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, members } from '../../../src/db/schema';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { requestSignIn } from '../../../src/domain/auth/request-sign-in';
import { createTeamSession, readTeamSession } from '../../../src/domain/auth/sessions';
import { inviteMember } from '../../../src/domain/members/invite-member';
import { listMembers } from '../../../src/domain/members/list-members';
import { removeMember } from '../../../src/domain/members/remove-member';
import { setMemberRole } from '../../../src/domain/members/set-member-role';
import { useMemberFixture } from '../activity/member-fixture';

const f = useMemberFixture();

describe('removeMember', () => {
  it('an admin removes a manager: gone from the team, with an activity row that keeps the role', async () => {
    const ctx = f.ctx('admin');
    const manager = f.ws.actors.manager;
    const r = await removeMember({ ctx, input: { member: manager.memberId } });
    expect(r).toMatchObject({ member: { id: manager.memberId, role: 'manager' }, removedSelf: false, activityId: expect.any(Number) });
    expect((await listMembers(ctx)).map((m) => m.id)).not.toContain(manager.memberId);
    const [act] = await f.db.db.select().from(activities).where(eq(activities.id, r.activityId));
    expect(act).toMatchObject({
      verb: 'member.removed',
      entityType: 'member',
      entityId: manager.memberId,
      actorName: ctx.actor.name,
      summary: `Removed ${manager.name} (manager) from the team`,
      before: { role: 'manager' },
      after: { role: 'manager' },
    });
    // The row stays (marked removed), so clients and history still point at a real member.
    const [row] = await f.db.db.select().from(members).where(eq(members.id, manager.memberId));
    expect(row.removedAt).toEqual(ctx.now());
  });

  it("ends the member's sessions and unused sign-in links at once, and sends them no new link", async () => {
    const admin = f.ctx('admin');
    const manager = f.ws.actors.manager;
    const cookie = await createTeamSession(f.db.db, { workspaceId: f.ws.workspaceId, memberId: manager.memberId, now: admin.now() });
    expect(await readTeamSession(f.db.db, cookie, admin.now())).toMatchObject({ memberId: manager.memberId });
    // Inviting an existing member sends them a fresh link: it must stop working with the removal.
    await inviteMember({ ctx: admin, input: { email: `manager.${f.ws.workspaceId}@studio.test` } });

    const r = await removeMember({ ctx: admin, input: { member: manager.memberId } });
    expect(r).toMatchObject({ sessionsEnded: 1, linksEnded: 1 });
    expect(await readTeamSession(f.db.db, cookie, admin.now())).toBeNull();
    await expect(f.redeem(admin)).rejects.toMatchObject({ code: 'expired' });
    const asker = f.ctx('admin');
    expect(await requestSignIn({ ctx: asker, input: { email: `manager.${f.ws.workspaceId}@studio.test` } })).toBe(false);
    expect(asker.mailer.sent).toHaveLength(0);
  });

  it("keeps the removed member's name on what they did before", async () => {
    const admin = f.ws.actors.admin;
    const change = await setMemberRole({ ctx: f.ctx('admin'), input: { member: f.ws.actors.member.memberId, role: 'manager' } });
    await removeMember({ ctx: f.ctx('owner'), input: { member: admin.memberId } });
    const history = (await listActivity({ ctx: f.ctx('owner'), input: { entityTypes: ['member'] } })).activities;
    expect(history.find((a) => a.id === change.activityId)).toMatchObject({
      actorName: admin.name,
      summary: expect.stringMatching(/from member to manager/),
    });
  });

  it('an owner removes another owner, and one may leave the team while an owner stays', async () => {
    const owner = f.ctx('owner');
    await setMemberRole({ ctx: owner, input: { member: f.ws.actors.admin.memberId, role: 'owner' } });
    await expect(removeMember({ ctx: owner, input: { member: f.ws.actors.admin.memberId } })).resolves.toMatchObject({
      member: { role: 'owner' },
    });
    // An admin leaving by themselves ("me").
    await setMemberRole({ ctx: owner, input: { member: f.ws.actors.manager.memberId, role: 'admin' } });
    const left = await removeMember({ ctx: f.ctx(f.as('manager', 'admin')), input: { member: 'me' } });
    expect(left).toMatchObject({ removedSelf: true, member: { id: f.ws.actors.manager.memberId } });
  });
});
