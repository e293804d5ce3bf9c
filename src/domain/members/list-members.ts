// The team list for the members page: everyone in the actor's workspace (not those removed), owners first.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { members } from '../../db/schema';
import { type MemberView, toMemberView } from './member-view';

export async function listMembers(ctx: Ctx): Promise<MemberView[]> {
  const rows = await ctx.db.select().from(members).where(and(eq(members.workspaceId, ctx.actor.workspaceId), isNull(members.removedAt)))
    .orderBy(sql`CASE ${members.role} WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 WHEN 'manager' THEN 2 ELSE 3 END`, asc(members.email));
  return rows.map(toMemberView);
}
