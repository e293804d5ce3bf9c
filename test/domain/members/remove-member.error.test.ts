// removeMember's refusals: who may not remove, the last owner, an owner by an admin, twice, another workspace,
// and a removed Slack user coming back through Slack. A refusal changes nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { members } from '../../../src/db/schema';
import { ensureSlackMember } from '../../../src/domain/members/ensure-slack-member';
import { listMembers } from '../../../src/domain/members/list-members';
import { MemberAlreadyRemoved, removeMember } from '../../../src/domain/members/remove-member';
import { setMemberRole } from '../../../src/domain/members/set-member-role';
import { seedWorkspace, testCtx } from '../../support/factories';
import { useMemberFixture } from '../activity/member-fixture';

const f = useMemberFixture();
const removedAt = async (id: number) =>
  (await f.db.db.select({ at: members.removedAt }).from(members).where(eq(members.id, id)))[0]?.at ?? null;

describe('removeMember refusals', () => {
  it('managers and members may not remove anyone', async () => {
    for (const role of ['manager', 'member'] as const) {
      await expect(removeMember({ ctx: f.ctx(role), input: { member: f.ws.actors.member.memberId } })).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/Only owners and admins can remove members/),
      });
    }
    expect(await removedAt(f.ws.actors.member.memberId)).toBeNull();
  });

  it('an admin may not remove an owner', async () => {
    await setMemberRole({ ctx: f.ctx('owner'), input: { member: f.ws.actors.manager.memberId, role: 'owner' } });
    await expect(removeMember({ ctx: f.ctx('admin'), input: { member: f.ws.actors.owner.memberId } })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Only an owner can remove an owner.',
    });
    expect(await removedAt(f.ws.actors.owner.memberId)).toBeNull();
  });

  it('the last owner can never be removed, not even by themselves', async () => {
    await expect(removeMember({ ctx: f.ctx('owner'), input: { member: 'me' } })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/only owner and cannot be removed/),
    });
    expect(await removedAt(f.ws.actors.owner.memberId)).toBeNull();
    // A second owner removed first leaves this one the last again.
    await setMemberRole({ ctx: f.ctx('owner'), input: { member: f.ws.actors.admin.memberId, role: 'owner' } });
    await removeMember({ ctx: f.ctx('owner'), input: { member: f.ws.actors.admin.memberId } });
    await expect(removeMember({ ctx: f.ctx('owner'), input: { member: f.ws.actors.owner.memberId } })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('a member cannot be removed twice: a clear, typed refusal', async () => {
    const id = f.ws.actors.manager.memberId;
    await removeMember({ ctx: f.ctx('admin'), input: { member: id } });
    const first = await removedAt(id);
    const again = removeMember({ ctx: f.ctx('owner'), input: { member: id } });
    await expect(again).rejects.toBeInstanceOf(MemberAlreadyRemoved);
    await expect(again).rejects.toMatchObject({
      code: 'conflict',
      message: `${f.ws.actors.manager.name} was already removed from the team.`,
    });
    expect(await removedAt(id)).toEqual(first);
  });

  it('a removed member is out of reach of other verbs, and another workspace is not found', async () => {
    const id = f.ws.actors.manager.memberId;
    await removeMember({ ctx: f.ctx('admin'), input: { member: id } });
    await expect(setMemberRole({ ctx: f.ctx('owner'), input: { member: id, role: 'admin' } })).rejects.toMatchObject({
      code: 'conflict', message: expect.stringMatching(/was removed from the team on /), details: { reason: 'member_removed' },
    });
    const other = await seedWorkspace(f.db.db, { name: 'Other' });
    await expect(
      removeMember({ ctx: testCtx(f.db.db, other.actors.owner), input: { member: f.ws.actors.member.memberId } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await listMembers(f.ctx('owner'))).map((m) => m.role)).toEqual(['owner', 'admin', 'member']);
  });

  it('a removed Slack user gets no access through Slack', async () => {
    const system = testCtx(f.db.db, { kind: 'system', workspaceId: f.ws.workspaceId, channel: 'system', name: 'Slack' });
    const input = { teamId: 'T1', userId: 'U1', installedTeamId: 'T1', name: 'Sia', defaultRole: 'manager' };
    const { member } = await ensureSlackMember({ ctx: system, input });
    await removeMember({ ctx: f.ctx('admin'), input: { member: member.id } });
    await expect(ensureSlackMember({ ctx: system, input })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/removed/),
    });
  });
});
