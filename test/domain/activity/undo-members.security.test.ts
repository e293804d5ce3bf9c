// Undoing a team change takes the same authority as making it: owners and admins only, and only an owner
// gives back (or takes back) ownership. Another workspace's change is not found. A refusal changes nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { members } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { inviteMember } from '../../../src/domain/members/invite-member';
import { setMemberRole } from '../../../src/domain/members/set-member-role';
import { seedWorkspace, testCtx } from '../../support/factories';
import { useMemberFixture } from './member-fixture';

const f = useMemberFixture();

describe('undoing team changes, permissions', () => {
  it('a plain member or a manager cannot undo a role change, nor another workspace; an admin can', async () => {
    const member = f.ws.actors.member.memberId;
    const r = await setMemberRole({ ctx: f.ctx('admin'), input: { member, role: 'manager' } });
    for (const role of ['member', 'manager'] as const) {
      await expect(undoActivity({ ctx: f.ctx(role), input: { activityId: r.activityId! } })).rejects.toMatchObject({ code: 'forbidden' });
    }
    const other = await seedWorkspace(f.db.db, { name: 'Other' });
    await expect(undoActivity({ ctx: testCtx(f.db.db, other.actors.owner), input: { activityId: r.activityId! } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await f.roleOf(member)).toBe('manager');
    await expect(undoActivity({ ctx: f.ctx('admin'), input: { activityId: r.activityId! } })).resolves.toMatchObject({ summary: expect.stringMatching(/^Undid: /) });
    expect(await f.roleOf(member)).toBe('member');
  });

  it('an admin cannot give ownership back by undoing, nor take it away by redoing; an owner can', async () => {
    const admin = f.ws.actors.admin.memberId;
    const manager = f.ws.actors.manager.memberId;
    // A second owner steps down to admin: undoing that would make them owner again.
    await setMemberRole({ ctx: f.ctx('owner'), input: { member: manager, role: 'owner' } });
    const down = await setMemberRole({ ctx: f.ctx('owner'), input: { member: manager, role: 'admin' } });
    await expect(undoActivity({ ctx: f.ctx('admin'), input: { activityId: down.activityId! } }))
      .rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/Only an owner can make someone an owner/) });
    expect(await f.roleOf(manager)).toBe('admin');

    const undone = await undoActivity({ ctx: f.ctx('owner'), input: { activityId: down.activityId! } });
    expect(await f.roleOf(manager)).toBe('owner');
    await expect(undoActivity({ ctx: f.ctx('admin'), input: { activityId: undone.activityId } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await f.roleOf(manager)).toBe('owner');
    expect(await f.roleOf(admin)).toBe('admin');
  });

  it('only owners and admins take back an invitation, and only an owner one that grants ownership', async () => {
    const inv = await inviteMember({ ctx: f.ctx('owner'), input: { email: 'boss@newhire.test', role: 'owner' } });
    for (const role of ['member', 'manager', 'admin'] as const) {
      await expect(undoActivity({ ctx: f.ctx(role), input: { activityId: inv.activityId! } })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await f.db.db.select().from(members).where(eq(members.email, 'boss@newhire.test'))).toHaveLength(1);
    await undoActivity({ ctx: f.ctx('owner'), input: { activityId: inv.activityId! } });
    expect(await f.db.db.select().from(members).where(eq(members.email, 'boss@newhire.test'))).toEqual([]);
  });
});
