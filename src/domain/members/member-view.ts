// What channels show of a member, and the rule on who may hand out which role.
import type { Ctx, Role } from '../../context';
import type { members } from '../../db/schema';
import { Forbidden } from '../../errors';

export { MEMBER_ROLES } from '../../db/enums';

export type MemberView = { id: number; name: string | null; email: string | null; role: Role; slackUserId: string | null };

export const toMemberView = (m: typeof members.$inferSelect): MemberView => ({
  id: m.id, name: m.name, email: m.email, role: m.role, slackUserId: m.slackUserId,
});

/** Admins manage admins, managers and members; only an owner grants or takes away ownership. */
export function assertMayGrant(ctx: Ctx, role: Role, fromRole?: Role): void {
  if (ctx.actor.kind === 'system') return;
  const isOwner = ctx.actor.kind === 'member' && ctx.actor.role === 'owner';
  if ((role === 'owner' || fromRole === 'owner') && !isOwner) {
    throw new Forbidden('Only an owner can make someone an owner or change an owner\'s role.');
  }
}
