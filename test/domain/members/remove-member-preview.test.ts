// previewRemoval: what removeMember would do, for the confirmation asked before it (how many clients the member owns,
// archived ones too, and who takes them), refused exactly as removeMember refuses, and changing nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, members } from '../../../src/db/schema';
import { InvalidHandOver } from '../../../src/domain/members/hand-over-clients';
import { MemberAlreadyRemoved, previewRemoval, removeMember } from '../../../src/domain/members/remove-member';
import { seedClient } from '../exports/seed';
import { useMemberFixture } from '../activity/member-fixture';

const f = useMemberFixture();
const removedAt = async (id: number) => (await f.db.db.select({ at: members.removedAt }).from(members).where(eq(members.id, id)))[0]?.at;

describe('previewRemoval', () => {
  it('says how many clients the member owns and who takes them, and changes nothing', async () => {
    const { manager, admin, owner } = f.ws.actors;
    await seedClient(f.db.db, f.ws.workspaceId, { name: 'Acme Robotics', ownerId: manager.memberId });
    await seedClient(f.db.db, f.ws.workspaceId, { name: 'Bolt Labs', ownerId: manager.memberId, archivedAt: new Date() });
    await seedClient(f.db.db, f.ws.workspaceId, { name: 'Cedar Co', ownerId: owner.memberId });
    const ctx = f.ctx('admin');

    expect(await previewRemoval({ ctx, input: { member: manager.memberId, reassignTo: admin.memberId } })).toMatchObject({
      member: { id: manager.memberId }, label: manager.name, ownedClients: 2, to: { id: admin.memberId, label: admin.name },
    });
    expect(await previewRemoval({ ctx, input: { member: manager.name, reassignTo: null } })).toMatchObject({ ownedClients: 2, to: null });
    expect((await previewRemoval({ ctx, input: { member: manager.memberId } })).to).toBeUndefined();
    expect(await removedAt(manager.memberId)).toBeNull();
    expect(await f.db.db.select().from(activities).where(eq(activities.verb, 'member.removed'))).toEqual([]);
  });

  it("refuses as removeMember does: a hand-over to the one leaving or to someone removed, someone gone already, a manager's ask", async () => {
    const { manager, member } = f.ws.actors;
    await removeMember({ ctx: f.ctx('owner'), input: { member: member.memberId } });
    const ctx = f.ctx('admin');
    await expect(previewRemoval({ ctx, input: { member: manager.memberId, reassignTo: manager.memberId } })).rejects.toBeInstanceOf(InvalidHandOver);
    await expect(previewRemoval({ ctx, input: { member: manager.memberId, reassignTo: member.memberId } })).rejects.toMatchObject({
      issues: [{ field: 'reassignTo', message: `${member.name} was removed from the team, so cannot take over clients.` }],
    });
    await expect(previewRemoval({ ctx, input: { member: member.memberId } })).rejects.toBeInstanceOf(MemberAlreadyRemoved);
    await expect(previewRemoval({ ctx: f.ctx('manager'), input: { member: member.memberId } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await removedAt(manager.memberId)).toBeNull();
  });
});
