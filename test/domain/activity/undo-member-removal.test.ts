// Undoing a removal brings the member back with the role they had; their old sessions stay ended (they sign in
// again). It can be redone, and takes the authority of removeMember: owners and admins, and only an owner for an
// owner. Inviting a removed member back is undone by removing them again.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { members } from '../../../src/db/schema';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createTeamSession, readTeamSession } from '../../../src/domain/auth/sessions';
import { inviteMember } from '../../../src/domain/members/invite-member';
import { listMembers } from '../../../src/domain/members/list-members';
import { removeMember } from '../../../src/domain/members/remove-member';
import { setMemberRole } from '../../../src/domain/members/set-member-role';
import { useMemberFixture } from './member-fixture';

const f = useMemberFixture();
const isListed = async (id: number) => (await listMembers(f.ctx('owner'))).some((m) => m.id === id);
const removedAt = async (id: number) =>
  (await f.db.db.select({ at: members.removedAt }).from(members).where(eq(members.id, id)))[0]?.at ?? null;

describe('undoing a removal', () => {
  it('restores the member with the same role; old sessions stay dead; redo removes them again', async () => {
    const admin = f.ws.actors.admin;
    const ctx = f.ctx('owner');
    const cookie = await createTeamSession(f.db.db, { workspaceId: f.ws.workspaceId, memberId: admin.memberId, now: ctx.now() });
    const r = await removeMember({ ctx, input: { member: admin.memberId } });
    const listed = (await listActivity({ ctx, input: { entityTypes: ['member'] } })).activities.find((a) => a.id === r.activityId);
    expect(listed).toMatchObject({ verb: 'member.removed', canUndo: true });

    const undone = await undoActivity({ ctx, input: { activityId: r.activityId } });
    expect(undone.summary).toBe(`Undid: Removed ${admin.name} (admin) from the team`);
    expect(await isListed(admin.memberId)).toBe(true);
    expect(await f.roleOf(admin.memberId)).toBe('admin');
    expect(await readTeamSession(f.db.db, cookie, ctx.now())).toBeNull();
    // Back in the team, they sign in again; a redo ends that session too.
    const fresh = await createTeamSession(f.db.db, { workspaceId: f.ws.workspaceId, memberId: admin.memberId, now: ctx.now() });
    expect(await readTeamSession(f.db.db, fresh, ctx.now())).toMatchObject({ memberId: admin.memberId, role: 'admin' });

    const redone = await undoActivity({ ctx, input: { activityId: undone.activityId } });
    expect(redone.summary).toMatch(/^Redid: Removed /);
    expect(await isListed(admin.memberId)).toBe(false);
    expect(await readTeamSession(f.db.db, fresh, ctx.now())).toBeNull();
  });

  it('only owners and admins undo a removal, and only an owner brings back an owner', async () => {
    const owner = f.ctx('owner');
    const manager = f.ws.actors.manager.memberId;
    const r = await removeMember({ ctx: f.ctx('admin'), input: { member: manager } });
    await expect(undoActivity({ ctx: f.ctx(f.as('member', 'manager')), input: { activityId: r.activityId } })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await removedAt(manager)).not.toBeNull();

    await setMemberRole({ ctx: owner, input: { member: f.ws.actors.member.memberId, role: 'owner' } });
    const second = await removeMember({ ctx: owner, input: { member: f.ws.actors.member.memberId } });
    const seenByAdmin = (await listActivity({ ctx: f.ctx('admin'), input: { entityTypes: ['member'] } })).activities;
    expect(seenByAdmin.find((a) => a.id === second.activityId)?.canUndo).toBe(false);
    await expect(undoActivity({ ctx: f.ctx('admin'), input: { activityId: second.activityId } })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/Only an owner/),
    });
    await undoActivity({ ctx: owner, input: { activityId: second.activityId } });
    expect(await f.roleOf(f.ws.actors.member.memberId)).toBe('owner');
    expect(await removedAt(f.ws.actors.member.memberId)).toBeNull();
  });

  it('a redo that would leave no owner is refused', async () => {
    const owner = f.ctx('owner');
    const admin = f.ws.actors.admin.memberId;
    await setMemberRole({ ctx: owner, input: { member: admin, role: 'owner' } });
    const r = await removeMember({ ctx: owner, input: { member: admin } });
    const undone = await undoActivity({ ctx: owner, input: { activityId: r.activityId } });
    await setMemberRole({ ctx: f.ctx(f.as('admin', 'owner')), input: { member: f.ws.actors.owner.memberId, role: 'admin' } });
    await expect(undoActivity({ ctx: f.ctx(f.as('admin', 'owner')), input: { activityId: undone.activityId } })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/without an owner/),
    });
    expect(await removedAt(admin)).toBeNull();
  });

  it('inviting a removed member back is undone by removing them again, with their old role', async () => {
    const ctx = f.ctx('admin');
    const manager = f.ws.actors.manager;
    await removeMember({ ctx, input: { member: manager.memberId } });
    const back = await inviteMember({ ctx, input: { email: `manager.${f.ws.workspaceId}@studio.test`, role: 'member' } });
    expect(back).toMatchObject({ created: true, member: { id: manager.memberId, role: 'member' } });
    expect(await isListed(manager.memberId)).toBe(true);

    const undone = await undoActivity({ ctx, input: { activityId: back.activityId! } });
    expect(undone.summary).toBe(`Undid: Invited ${manager.name} back as member`);
    expect(await isListed(manager.memberId)).toBe(false);
    expect(await f.roleOf(manager.memberId)).toBe('manager');
    await expect(f.redeem(ctx)).rejects.toMatchObject({ code: 'expired' });
  });
});
