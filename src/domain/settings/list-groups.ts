// The workspace's groups with their own settings and how many clients each holds (the web page, Slack selects).
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { clients, groups } from '../../db/schema';
import { requireClientAccess } from '../access';
import type { GroupView } from './create-group';

export type GroupListItem = GroupView & { clientCount: number };

export async function listGroups(ctx: Ctx): Promise<GroupListItem[]> {
  requireClientAccess(ctx.actor);
  const ws = ctx.actor.workspaceId;
  const rows = await ctx.db.select().from(groups).where(eq(groups.workspaceId, ws)).orderBy(asc(groups.name));
  const counts = await ctx.db.select({ groupId: clients.groupId, n: count() }).from(clients)
    .where(and(eq(clients.workspaceId, ws), isNull(clients.archivedAt))).groupBy(clients.groupId);
  const byGroup = new Map(counts.map((c) => [c.groupId, c.n]));
  return rows.map((g) => ({
    id: g.id, name: g.name, currency: g.currency, paymentTerms: g.paymentTerms, reminderTone: g.reminderTone, clientCount: byGroup.get(g.id) ?? 0,
  }));
}
