// Owners and admins invite a teammate by email: a member row with a role, an activity row, and an emailed
// sign-in link (valid longer than a self-service link). Inviting an existing member just re-sends the link;
// inviting someone removed earlier brings their row back (history and clients stay theirs) with the role given now.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { MEMBER_ROLES } from '../../db/enums';
import { members } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { ADMIN_ROLES, requireRole } from '../access';
import { recordActivity } from '../activity/record-activity';
import { INVITE_LINK_TTL_MS } from '../auth/policy';
import { emailTeamLink, insertTeamToken } from '../auth/send-team-link';
import { assertMayGrant, type MemberView, toMemberView } from './member-view';

export const InviteMemberInput = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  name: z.string().trim().min(1).max(120).optional(),
  role: z.enum(MEMBER_ROLES).default('manager'),
});

export async function inviteMember({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ member: MemberView; created: boolean; activityId: number | null }> {
  requireRole(ctx.actor, ADMIN_ROLES, 'invite members');
  const parsed = InviteMemberInput.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInput(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'input'), message: i.message })));
  }
  const { email, name, role } = parsed.data;
  assertMayGrant(ctx, role);
  const workspaceId = ctx.actor.workspaceId;
  const now = ctx.now();
  const result = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(members).where(and(eq(members.workspaceId, workspaceId), eq(members.email, email)));
    if (existing?.removedAt) {
      const [row] = await tx.update(members).set({ removedAt: null, role, name: existing.name ?? name ?? null, updatedAt: now })
        .where(eq(members.id, existing.id)).returning();
      const activityId = await recordActivity(tx, ctx, {
        verb: 'member.invited', entityType: 'member', entityId: row.id, summary: `Invited ${row.name ?? email} back as ${role}`,
        before: { role: existing.role, removedAt: existing.removedAt.toISOString() }, after: { email, name: row.name, role },
      });
      const issued = await insertTeamToken(tx, ctx, { id: row.id, email, workspaceId }, INVITE_LINK_TTL_MS);
      return { row, created: true, activityId, issued };
    }
    if (existing) {
      const issued = await insertTeamToken(tx, ctx, { id: existing.id, email, workspaceId }, INVITE_LINK_TTL_MS);
      return { row: existing, created: false, activityId: null, issued };
    }
    const [row] = await tx.insert(members).values({ workspaceId, email, name: name ?? null, role, createdAt: now }).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'member.invited', entityType: 'member', entityId: row.id,
      summary: `Invited ${name ?? email} as ${role}`, before: null, after: { email, name: name ?? null, role },
    });
    const issued = await insertTeamToken(tx, ctx, { id: row.id, email, workspaceId }, INVITE_LINK_TTL_MS);
    return { row, created: true, activityId, issued };
  });
  await emailTeamLink(ctx, { id: result.row.id, email, workspaceId }, result.issued, ctx.actor.name);
  return { member: toMemberView(result.row), created: result.created, activityId: result.activityId };
}
