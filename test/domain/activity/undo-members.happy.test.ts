// Team changes are undone like any other: a role change gives the role back (and can be redone), and an
// invitation still pending is taken back, so its emailed link no longer signs anyone in.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { members } from '../../../src/db/schema';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { inviteMember } from '../../../src/domain/members/invite-member';
import { setMemberRole } from '../../../src/domain/members/set-member-role';
import { setMemberRoleTool } from '../../../tools/set-member-role';
import { useMemberFixture } from './member-fixture';

const f = useMemberFixture();

describe('undoing team changes', () => {
  it('a role change is undone, redone and undone again, and the history offers the undo', async () => {
    const manager = f.ws.actors.manager.memberId;
    const r = await setMemberRole({ ctx: f.ctx('owner'), input: { member: manager, role: 'admin' } });
    const listed = (await listActivity({ ctx: f.ctx('owner'), input: {} })).activities.find((a) => a.id === r.activityId);
    expect(listed).toMatchObject({ verb: 'member.role_changed', canUndo: true });

    const undone = await undoActivity({ ctx: f.ctx('admin'), input: { activityId: r.activityId } });
    expect(undone.summary).toMatch(/^Undid: Changed Manager \d+'s role from manager to admin/);
    expect(await f.roleOf(manager)).toBe('manager');
    const redone = await undoActivity({ ctx: f.ctx('admin'), input: { activityId: undone.activityId } });
    expect(redone.summary).toMatch(/^Redid: /);
    expect(await f.roleOf(manager)).toBe('admin');
    await undoActivity({ ctx: f.ctx('owner'), input: { activityId: redone.activityId } });
    expect(await f.roleOf(manager)).toBe('manager');
  });

  it("the chat's answer to a role change carries its undo", async () => {
    const r = await setMemberRoleTool.run({ ctx: f.ctx('owner'), input: { member: f.ws.actors.member.memberId, role: 'manager' } });
    expect(r).toMatchObject({ ok: true, undo: { activityId: expect.any(Number) } });
  });

  it('a pending invitation is taken back: the member is gone and the emailed link no longer works; a redo brings both back', async () => {
    const ctx = f.ctx('admin');
    const inv = await inviteMember({ ctx, input: { email: 'sam@newhire.test', name: 'Sam', role: 'manager' } });
    const undone = await undoActivity({ ctx: f.ctx('admin'), input: { activityId: inv.activityId } });
    expect(undone.summary).toBe('Undid: Invited Sam as manager');
    expect(await f.db.db.select().from(members).where(eq(members.email, 'sam@newhire.test'))).toEqual([]);
    await expect(f.redeem(ctx)).rejects.toMatchObject({ code: 'expired' });

    await undoActivity({ ctx: f.ctx('admin'), input: { activityId: undone.activityId } });
    expect(await f.roleOf(inv.member.id)).toBe('manager');
    await expect(f.redeem(ctx)).resolves.toMatchObject({ memberId: inv.member.id });
  });
});
