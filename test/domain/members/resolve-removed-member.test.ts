// A teammate removed from the team, named exactly (member id, email, Slack user or full name), is refused with why
// and since when wherever a member is named: a client's owner, setMemberRole, removeMember's hand-over, the chat.
// Before, such a reference fell through to matching names ("'2' matches 3 members; which one?"). Active members
// resolve as they did.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clients, members } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { removeMember } from '../../../src/domain/members/remove-member';
import { MemberRemoved, resolveMember } from '../../../src/domain/members/resolve-member';
import { setMemberRole } from '../../../src/domain/members/set-member-role';
import { seedClient } from '../exports/seed';
import { useMemberFixture } from '../activity/member-fixture';

const f = useMemberFixture();

/** Removes the seeded manager (Slack user UMGR1 too) and returns the refusal every exact reference to them gets. */
async function removeManager() {
  const { manager } = f.ws.actors;
  await f.db.db.update(members).set({ slackUserId: 'UMGR1' }).where(eq(members.id, manager.memberId));
  await removeMember({ ctx: f.ctx('owner'), input: { member: manager.memberId } });
  const [row] = await f.db.db.select().from(members).where(eq(members.id, manager.memberId));
  const day = row.removedAt!.toISOString().slice(0, 10);
  return `${manager.name} was removed from the team on ${day}; undo the removal on the Team page to bring them back, or name a current teammate.`;
}

describe('naming a removed teammate', () => {
  it('is refused with who and since when, for the id, its digits, the email, the Slack user and the full name', async () => {
    const message = await removeManager();
    const { manager } = f.ws.actors;
    const refs = [
      manager.memberId,
      String(manager.memberId),
      `manager.${f.ws.workspaceId}@studio.test`,
      '<@UMGR1>',
      manager.name.toUpperCase(),
    ];
    for (const ref of refs) {
      const attempt = resolveMember(f.db.db, f.ctx('owner'), ref);
      await expect(attempt).rejects.toBeInstanceOf(MemberRemoved);
      await expect(attempt).rejects.toMatchObject({
        code: 'conflict',
        message,
        details: { reason: 'member_removed', memberId: manager.memberId },
      });
    }
  });

  it("as a client's owner, the member whose role changes, or who takes a leaving member's clients: refused, nothing changes", async () => {
    const message = await removeManager();
    const { manager, admin } = f.ws.actors;
    const { client } = await seedClient(f.db.db, f.ws.workspaceId, { name: 'Acme Robotics', ownerId: admin.memberId });
    await expect(
      updateClient({ ctx: f.ctx('owner'), input: { client: `id:${client.id}`, owner: manager.memberId } }),
    ).rejects.toMatchObject({ message });
    await expect(createClient({ ctx: f.ctx('owner'), input: { name: 'Bolt Labs', owner: manager.name } })).rejects.toMatchObject({
      message,
    });
    await expect(setMemberRole({ ctx: f.ctx('owner'), input: { member: String(manager.memberId), role: 'admin' } })).rejects.toMatchObject({
      message,
    });
    expect((await f.db.db.select().from(clients).where(eq(clients.id, client.id)))[0].ownerId).toBe(admin.memberId);
    expect(await f.db.db.select().from(clients).where(eq(clients.name, 'Bolt Labs'))).toEqual([]);
    expect(await f.roleOf(manager.memberId)).toBe('manager');
    // Removing them again still says they were removed already (removeMember looks them up among the removed too).
    await expect(removeMember({ ctx: f.ctx('owner'), input: { member: manager.name } })).rejects.toMatchObject({
      message: `${manager.name} was already removed from the team.`,
    });
  });

  it('leaves active members as they were: a namesake still in the team, a partial name, a current id', async () => {
    await removeManager();
    const { manager, admin } = f.ws.actors;
    const [namesake] = await f.db.db
      .insert(members)
      .values({
        workspaceId: f.ws.workspaceId,
        role: 'member',
        name: manager.name,
        email: 'again@studio.test',
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .returning();
    expect((await resolveMember(f.db.db, f.ctx('owner'), manager.name)).id).toBe(namesake.id);
    expect((await resolveMember(f.db.db, f.ctx('owner'), 'admi')).id).toBe(admin.memberId);
    expect((await resolveMember(f.db.db, f.ctx('owner'), admin.memberId)).id).toBe(admin.memberId);
    // A removed member is still found where asked for (a filter on the clients they still own).
    expect((await resolveMember(f.db.db, f.ctx('owner'), manager.memberId, { includeRemoved: true })).id).toBe(manager.memberId);
  });
});
