// Search and list clients: full text (FTS5), filters, sort (revenue in SQL), a limit and the total count.
// Two steps keep it fast at 100k clients: order and cut the ids (only the sort key is in the sorter), then load
// the page's rows with their owner, currency, revenue and balance.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients, groups, invoices, members, workspaces } from '../../db/schema';
import { requireClientAccess } from '../access';
import { parseInput } from '../normalize/parse-input';
import { ClientFilters, clientFilterWhere } from './client-filters';
import type { ClientSummary } from './views';

export { ClientFilters, clientFilterWhere, selectClientIds } from './client-filters';

export const FindClientsInput = ClientFilters.extend({
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').optional(),
  offset: z.coerce.number({ error: 'must be a number' }).int().min(0).optional(),
});

const COUNTED = sql`${invoices.status} IN ('issued', 'paid')`;
const revenueOf = sql<number>`(SELECT coalesce(sum(i.amount_cents), 0) FROM invoices i WHERE i.workspace_id = ${clients.workspaceId} AND i.client_id = ${clients.id} AND i.status IN ('issued', 'paid'))`;
const balanceOf = sql<number>`(SELECT coalesce(sum(i.amount_cents - i.amount_paid_cents), 0) FROM invoices i WHERE i.workspace_id = ${clients.workspaceId} AND i.client_id = ${clients.id} AND i.status IN ('issued', 'paid'))`;

export async function findClients({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ clients: ClientSummary[]; total: number }> {
  requireClientAccess(ctx.actor);
  const f = parseInput(FindClientsInput, input);
  const db = ctx.db;
  const where = await clientFilterWhere(db, ctx, f);
  const sort = f.sort ?? 'name';
  const page = (() => {
    const base = db.select({ id: clients.id }).from(clients);
    if (sort === 'revenue') {
      // One pass over the workspace's invoices, joined, so the revenue order is computed in SQL for every match.
      const rev = db.select({ clientId: invoices.clientId, cents: sql<number>`sum(${invoices.amountCents})`.as('cents') })
        .from(invoices).where(and(eq(invoices.workspaceId, ctx.actor.workspaceId), COUNTED)).groupBy(invoices.clientId).as('rev');
      return base.leftJoin(rev, eq(rev.clientId, clients.id)).where(where)
        .orderBy(sql`coalesce(${rev.cents}, 0) DESC`, asc(clients.name), asc(clients.id));
    }
    const order = {
      name: [asc(clients.name), asc(clients.id)],
      lastActivity: [sql`${clients.lastActivityAt} DESC NULLS LAST`, desc(clients.id)],
      created: [desc(clients.createdAt), desc(clients.id)],
    }[sort];
    return base.where(where).orderBy(...order);
  })();
  const [[{ total }], idRows] = await Promise.all([
    db.select({ total: count() }).from(clients).where(where),
    page.limit(f.limit ?? 20).offset(f.offset ?? 0),
  ]);
  const ids = idRows.map((r) => r.id);
  if (!ids.length) return { clients: [], total };
  const rows = await db.select({
    c: clients, ownerName: sql<string | null>`coalesce(${members.name}, ${members.email})`,
    currency: sql<string>`coalesce(${clients.currency}, ${groups.currency}, ${workspaces.defaultCurrency})`,
    revenueCents: revenueOf, balanceCents: balanceOf,
  }).from(clients)
    .innerJoin(workspaces, eq(workspaces.id, clients.workspaceId))
    .leftJoin(members, eq(members.id, clients.ownerId))
    .leftJoin(groups, eq(groups.id, clients.groupId))
    .where(and(eq(clients.workspaceId, ctx.actor.workspaceId), inArray(clients.id, ids)));
  const byId = new Map(rows.map((r) => [r.c.id, r]));
  return {
    total,
    clients: ids.map((id) => byId.get(id)!).filter(Boolean).map(({ c, ownerName, currency, revenueCents, balanceCents }) => ({
      id: c.id, number: c.number, name: c.name, status: c.status, archived: !!c.archivedAt, email: c.email,
      city: c.city, country: c.country, industry: c.industry, ownerName,
      revenue: Number(revenueCents) / 100, balance: Number(balanceCents) / 100, currency,
      lastActivityAt: c.lastActivityAt ? c.lastActivityAt.toISOString() : null, createdAt: c.createdAt.toISOString(),
    })),
  };
}
