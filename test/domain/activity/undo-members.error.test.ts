// Undoing a team change is refused, with the reason, when it would leave no owner, when the member's role changed
// again since, or when the invitee already joined; a refusal changes nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { members } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { inviteMember } from '../../../src/domain/members/invite-member';
import { setMemberRole } from '../../../src/domain/members/set-member-role';
import { useMemberFixture } from './member-fixture';

const f = useMemberFixture();

describe('undoing team changes, refused', () => {
  it('never leaves the workspace without an owner, on an undo or on a redo', async () => {
    const owner = f.ws.actors.owner.memberId;
    const admin = f.ws.actors.admin.memberId;
    // The admin is made owner, then the first owner steps down: undoing the promotion would leave no owner.
    const promoted = await setMemberRole({ ctx: f.ctx('owner'), input: { member: admin, role: 'owner' } });
    await setMemberRole({ ctx: f.ctx(f.as('admin', 'owner')), input: { member: owner, role: 'admin' } });
    await expect(undoActivity({ ctx: f.ctx(f.as('admin', 'owner')), input: { activityId: promoted.activityId! } }))
      .rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/without an owner; make someone else an owner first/) });
    expect(await f.roleOf(admin)).toBe('owner');

    // A redo is held to the same rule: the owner steps down, that is undone, the other owner steps down, and
    // redoing the first step-down would leave none.
    await setMemberRole({ ctx: f.ctx(f.as('admin', 'owner')), input: { member: owner, role: 'owner' } });
    const stepDown = await setMemberRole({ ctx: f.ctx('owner'), input: { member: owner, role: 'admin' } });
    const undone = await undoActivity({ ctx: f.ctx(f.as('admin', 'owner')), input: { activityId: stepDown.activityId! } });
    expect(await f.roleOf(owner)).toBe('owner');
    await setMemberRole({ ctx: f.ctx('owner'), input: { member: admin, role: 'admin' } });
    await expect(undoActivity({ ctx: f.ctx('owner'), input: { activityId: undone.activityId } }))
      .rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/without an owner/) });
    expect(await f.roleOf(owner)).toBe('owner');
  });

  it('refuses an earlier role change once the role changed again', async () => {
    const manager = f.ws.actors.manager.memberId;
    const first = await setMemberRole({ ctx: f.ctx('owner'), input: { member: manager, role: 'admin' } });
    await setMemberRole({ ctx: f.ctx('owner'), input: { member: manager, role: 'member' } });
    await expect(undoActivity({ ctx: f.ctx('owner'), input: { activityId: first.activityId! } }))
      .rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/Only the last change to this record can be undone; the last one is "Changed Manager \d+'s role from admin to member"/) });
    expect(await f.roleOf(manager)).toBe('member');
  });

  it('refuses to take back an invitation the invitee already accepted, or undo its redo after they did', async () => {
    const ctx = f.ctx('admin');
    const inv = await inviteMember({ ctx, input: { email: 'sam@newhire.test', name: 'Sam' } });
    await f.redeem(ctx);
    await expect(undoActivity({ ctx: f.ctx('admin'), input: { activityId: inv.activityId! } }))
      .rejects.toMatchObject({ code: 'conflict', message: 'Sam already joined, so the invitation can no longer be taken back; change their role instead.' });
    expect(await f.roleOf(inv.member.id)).toBe('manager');

    const again = await inviteMember({ ctx, input: { email: 'kai@newhire.test', name: 'Kai' } });
    const undone = await undoActivity({ ctx: f.ctx('admin'), input: { activityId: again.activityId! } });
    const redone = await undoActivity({ ctx: f.ctx('admin'), input: { activityId: undone.activityId } });
    await f.redeem(ctx);
    await expect(undoActivity({ ctx: f.ctx('admin'), input: { activityId: redone.activityId } }))
      .rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/Kai already joined/) });
    expect(await f.roleOf(again.member.id)).toBe('manager');
  });

  it('refuses to take back an invitation whose invitee was put in charge of a client meanwhile', async () => {
    const inv = await inviteMember({ ctx: f.ctx('admin'), input: { email: 'sam@newhire.test', name: 'Sam' } });
    await createClient({ ctx: f.ctx('owner'), input: { name: 'Acme', owner: 'sam@newhire.test' } });
    await expect(undoActivity({ ctx: f.ctx('admin'), input: { activityId: inv.activityId! } }))
      .rejects.toMatchObject({ code: 'conflict', message: 'Sam is the owner of 1 client now; give it another owner first.' });
    expect(await f.db.db.select().from(members).where(eq(members.id, inv.member.id))).toHaveLength(1);
  });
});
