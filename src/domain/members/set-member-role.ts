// Owners and admins change a teammate's role ("make bob@studio.com an admin"). The last owner cannot be
// demoted: a workspace always keeps someone who can manage it.
import { and, count, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { MEMBER_ROLES } from '../../db/enums';
import { members } from '../../db/schema';
import { Conflict, InvalidInput } from '../../errors';
import { ADMIN_ROLES, requireRole } from '../access';
import { recordActivity } from '../activity/record-activity';
import { assertMayGrant, type MemberView, toMemberView } from './member-view';
import { resolveMember } from './resolve-member';

export const SetMemberRoleInput = z.object({
  member: z.union([z.string().trim().min(1).max(254), z.number().int().positive()]),
  role: z.enum(MEMBER_ROLES),
});

export async function setMemberRole({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ member: MemberView; changed: boolean; activityId: number | null }> {
  requireRole(ctx.actor, ADMIN_ROLES, 'change roles');
  const parsed = SetMemberRoleInput.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInput(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'input'), message: i.message })));
  }
  const { role } = parsed.data;
  return ctx.db.transaction(async (tx) => {
    const target = await resolveMember(tx, ctx, String(parsed.data.member));
    assertMayGrant(ctx, role, target.role);
    if (target.role === role) return { member: toMemberView(target), changed: false, activityId: null };
    if (target.role === 'owner') {
      const [owners] = await tx.select({ n: count() }).from(members)
        .where(and(eq(members.workspaceId, ctx.actor.workspaceId), eq(members.role, 'owner'), isNull(members.removedAt)));
      if ((owners?.n ?? 0) <= 1) throw new Conflict('This is the workspace\'s only owner; make someone else an owner first.');
    }
    const [row] = await tx.update(members).set({ role, updatedAt: ctx.now() })
      .where(and(eq(members.id, target.id), eq(members.workspaceId, ctx.actor.workspaceId))).returning();
    const label = row.name ?? row.email ?? `member ${row.id}`;
    const activityId = await recordActivity(tx, ctx, {
      verb: 'member.role_changed', entityType: 'member', entityId: row.id,
      summary: `Changed ${label}'s role from ${target.role} to ${role}`, before: { role: target.role }, after: { role },
    });
    return { member: toMemberView(row), changed: true, activityId };
  });
}
