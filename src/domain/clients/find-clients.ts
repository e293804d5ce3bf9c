// Search and list clients: full text (FTS5), filters, sort (revenue in SQL), a limit and the total count.
import { asc, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients, groups, members, workspaces } from '../../db/schema';
import { requireClientAccess } from '../access';
import { parseInput } from '../normalize/parse-input';
import { ClientFilters, clientFilterWhere } from './client-filters';
import type { ClientSummary } from './views';

export { ClientFilters, clientFilterWhere, selectClientIds } from './client-filters';

export const FindClientsInput = ClientFilters.extend({
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').optional(),
  offset: z.coerce.number({ error: 'must be a number' }).int().min(0).optional(),
});

const revenueCents = sql<number>`(SELECT coalesce(sum(i.amount_cents), 0) FROM invoices i WHERE i.client_id = ${clients.id} AND i.status IN ('issued', 'paid'))`;
const balanceCents = sql<number>`(SELECT coalesce(sum(i.amount_cents - i.amount_paid_cents), 0) FROM invoices i WHERE i.client_id = ${clients.id} AND i.status IN ('issued', 'paid'))`;

const ORDER = {
  name: [sql`${clients.name} COLLATE NOCASE`, asc(clients.id)],
  revenue: [desc(revenueCents), asc(clients.name), asc(clients.id)],
  lastActivity: [sql`${clients.lastActivityAt} DESC NULLS LAST`, desc(clients.id)],
  created: [desc(clients.createdAt), desc(clients.id)],
} as const;

export async function findClients({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ clients: ClientSummary[]; total: number }> {
  requireClientAccess(ctx.actor);
  const f = parseInput(FindClientsInput, input);
  const where = await clientFilterWhere(ctx.db, ctx, f);
  const [[{ total }], rows] = await Promise.all([
    ctx.db.select({ total: count() }).from(clients).where(where),
    ctx.db.select({
      c: clients, ownerName: sql<string | null>`coalesce(${members.name}, ${members.email})`,
      currency: sql<string>`coalesce(${clients.currency}, ${groups.currency}, ${workspaces.defaultCurrency})`,
      revenueCents, balanceCents,
    }).from(clients)
      .innerJoin(workspaces, eq(workspaces.id, clients.workspaceId))
      .leftJoin(members, eq(members.id, clients.ownerId))
      .leftJoin(groups, eq(groups.id, clients.groupId))
      .where(where)
      .orderBy(...ORDER[f.sort ?? 'name'])
      .limit(f.limit ?? 20)
      .offset(f.offset ?? 0),
  ]);
  return {
    total,
    clients: rows.map(({ c, ownerName, currency, revenueCents: rev, balanceCents: bal }) => ({
      id: c.id, number: c.number, name: c.name, status: c.status, archived: !!c.archivedAt, email: c.email,
      city: c.city, country: c.country, industry: c.industry, ownerName,
      revenue: Number(rev) / 100, balance: Number(bal) / 100, currency,
      lastActivityAt: c.lastActivityAt ? c.lastActivityAt.toISOString() : null, createdAt: c.createdAt.toISOString(),
    })),
  };
}
