// Removing a member cancels the confirmations they asked for that still wait for a yes, in the removal's transaction,
// so no one can approve them later in their name; the activity row says so and keeps which. Undo leaves them
// cancelled (and says so); a redo cancels those asked for meanwhile, as the removal did.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { APPROVAL_TTL_MS } from '../../../src/agent/approvals';
import { activities, approvals } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { claimApproval, insertApproval } from '../../../src/domain/approvals/approval-rows';
import { removeMember } from '../../../src/domain/members/remove-member';
import type { Role } from '../../../src/context';
import { useMemberFixture } from '../activity/member-fixture';

const f = useMemberFixture();
let n = 0;
/** A confirmation `role` asked for, pending, expiring `ttl` ms from the fixture's clock (negative: expired). */
async function asked(role: Role, summary: string, ttl = APPROVAL_TTL_MS) {
  const ctx = f.ctx(role);
  const id = `apr_test_${n++}`;
  await insertApproval(ctx, {
    id, memberId: f.ws.actors[role].memberId, conversationId: `conv-${role}`, channel: 'web', toolName: 'removeContact',
    input: { client: 'Acme', contact: 'Bob' }, inputHash: 'x', summary, expiresAt: new Date(ctx.now().getTime() + ttl),
  });
  return id;
}
const statusOf = async (id: string) => (await f.db.db.select().from(approvals).where(eq(approvals.id, id)))[0]?.status;

describe('removing a member cancels what they were waiting on', () => {
  it('their pending confirmations only (not expired ones, not others\'), recorded on the removal', async () => {
    const { manager, owner } = f.ws.actors;
    const mine = [await asked('manager', 'Remove the contact Bob'), await asked('manager', 'Delete the document Brief')];
    const expired = await asked('manager', 'Old one', -1000);
    const others = await asked('admin', 'Remove the contact Ann');

    const r = await removeMember({ ctx: f.ctx('owner'), input: { member: manager.memberId } });
    expect(r.approvalsCancelled.map((a) => a.id).sort()).toEqual([...mine].sort());
    for (const id of mine) expect(await statusOf(id)).toBe('cancelled');
    expect([await statusOf(expired), await statusOf(others)]).toEqual(['pending', 'pending']);
    const [row] = await f.db.db.select().from(approvals).where(eq(approvals.id, mine[0]));
    expect(row).toMatchObject({
      decidedBy: owner.memberId,
      result: { ok: false, error: { code: 'cancelled', message: `${manager.name} was removed from the team, so what they asked for can no longer be confirmed.` } },
    });
    // An admin can no longer claim it to run it.
    expect(await claimApproval(f.ctx('admin'), mine[0], 'running')).toBeUndefined();

    const [act] = await f.db.db.select().from(activities).where(eq(activities.id, r.activityId));
    expect(act.summary).toBe(`Removed ${manager.name} (manager) from the team; the 2 confirmations they had asked for were cancelled`);
    expect(act.after).toMatchObject({ approvalsCancelled: expect.arrayContaining([{ id: mine[1], summary: 'Delete the document Brief' }]) });
  });

  it('undo keeps them cancelled and says so; a redo cancels what they asked for while back', async () => {
    const manager = f.ws.actors.manager;
    const before = await asked('manager', 'Remove the contact Bob');
    const r = await removeMember({ ctx: f.ctx('admin'), input: { member: manager.memberId } });

    const undone = await undoActivity({ ctx: f.ctx('admin'), input: { activityId: r.activityId } });
    expect(undone.summary).toBe(
      `Undid: Removed ${manager.name} (manager) from the team; the confirmation they had asked for was cancelled (the confirmation it cancelled stays cancelled; ${manager.name} can ask again)`,
    );
    expect(await statusOf(before)).toBe('cancelled');

    const meanwhile = await asked('manager', 'Delete the document Brief');
    const redone = await undoActivity({ ctx: f.ctx('admin'), input: { activityId: undone.activityId } });
    expect(await statusOf(meanwhile)).toBe('cancelled');
    expect(redone.summary).toMatch(/^Redid: Removed .* \(and cancelled the confirmation they had asked for since\)$/);
  });
});
