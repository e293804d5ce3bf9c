// Who may own a client: any teammate still in the team, whatever their role. One rule for the verbs that set an
// owner (resolveMember finds only active members), removeMember's hand-over (handOverRefusal) and the client
// page's owner select (clientOwnerChoices), so the select offers exactly whom the domain accepts.
import { asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { members } from '../../db/schema';

type Teammate = { removedAt?: Date | null };

export const mayOwnClients = (m: Teammate): boolean => !m.removedAt;

/** The teammates a client's owner may be set to, by name: what the client page's owner select offers. */
export async function clientOwnerChoices(ctx: Ctx): Promise<Array<{ id: number; label: string }>> {
  const rows = await ctx.db
    .select()
    .from(members)
    .where(eq(members.workspaceId, ctx.actor.workspaceId))
    .orderBy(asc(sql`lower(coalesce(${members.name}, ${members.email}))`), asc(members.id));
  return rows.filter(mayOwnClients).map((m) => ({ id: m.id, label: m.name ?? m.email ?? `member ${m.id}` }));
}
