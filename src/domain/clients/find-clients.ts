// Search and list clients: full text (FTS5), filters, sort, a limit and the total count. Fast at 100k clients:
// 1. count the matches (the workspace/archived index; for a search, the id-first scope index probed per match);
// 2. order and cut the ids. Sorts read indexes (name without case, revenue kept on the client, activity,
//    created). A search with few matches is driven from its matches (sort them, cheap); one with many walks
//    the sort's index and stops at the page (each match is common, so the page fills quickly);
// 3. the page's rows with owner and currency come with the index walk (a search with few matches reads them by
//    id after sorting the ids), each with its totals per currency (money-totals.ts ledgerColumn).
// The revenue sort reads clients.revenue_cents and revenue_currency (the revenue in the currency of the client's
// latest invoice): no exchange rates are kept, so it groups clients by that currency and never ranks €1,000 against
// ¥50,000; for a client invoiced in one currency (the usual case) it is exactly the figure shown.
import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients, groups, members, workspaces } from '../../db/schema';
import { requireClientAccess } from '../access';
import { ledgerColumn, ledgerOf } from '../ledger/money-totals';
import { parseInput } from '../normalize/parse-input';
import { BY_NAME, ClientFilters, clientFilterParts } from './client-filters';
import type { ClientSummary } from './views';

export { ClientFilters, clientFilterWhere, selectClientIds } from './client-filters';

export const FindClientsInput = ClientFilters.extend({
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').optional(),
  offset: z.coerce.number({ error: 'must be a number' }).int().min(0).optional(),
});

/** The index (id, workspace, archived, status, country) that scopes a search's matches (schema.ts). */
const SCOPE_INDEX = 'clients_id_scope_idx';

/** Up to this many matches, a search sorts its matches; above it, it walks the sort's index. */
export const MATCH_DRIVEN_MAX = 2000;

const ORDER: Record<NonNullable<z.output<typeof ClientFilters>['sort']>, SQL> = {
  name: BY_NAME,
  // Clients with revenue first, grouped by its currency (alphabetically), highest first within each; then the rest by name.
  revenue: sql`${clients.revenueCents} = 0, ${clients.revenueCurrency}, ${clients.revenueCents} DESC, ${BY_NAME}`,
  lastActivity: sql`${clients.lastActivityAt} DESC NULLS LAST, ${clients.id} DESC`,
  created: sql`${clients.createdAt} DESC, ${clients.id} DESC`,
};

// Only the columns a summary shows (all 38 cost more to read and map than the query itself), with the owner's
// name and the currency the client's figures are in.
const SUMMARY = {
  c: {
    id: clients.id, number: clients.number, name: clients.name, status: clients.status, archivedAt: clients.archivedAt, email: clients.email,
    city: clients.city, country: clients.country, industry: clients.industry, lastActivityAt: clients.lastActivityAt, createdAt: clients.createdAt,
  },
  ownerName: sql<string | null>`coalesce(${members.name}, ${members.email})`,
  currency: sql<string>`coalesce(${clients.currency}, ${groups.currency}, ${workspaces.defaultCurrency})`,
};

export async function findClients({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ clients: ClientSummary[]; total: number }> {
  requireClientAccess(ctx.actor);
  const f = parseInput(FindClientsInput, input);
  const db = ctx.db;
  const { base, match, where } = await clientFilterParts(db, ctx, f);
  const order = ORDER[f.sort ?? 'name'];
  const limit = f.limit ?? 20;
  const offset = f.offset ?? 0;
  // Left joins keep clients the outer loop, so SQLite walks the sort's index and stops at the page; the page's
  // rows come with that walk (one statement, not the ids and then their rows).
  // Each client's totals per currency ride on the same statement (a subquery per row of the page).
  const ledger = ledgerColumn(ctx.actor.workspaceId, clients.id);
  const summaries = <T extends Record<string, SQL>>(extra?: T) => db.select({ ...SUMMARY, ledger, ...(extra as T) }).from(clients)
    .leftJoin(workspaces, eq(workspaces.id, clients.workspaceId))
    .leftJoin(members, eq(members.id, clients.ownerId))
    .leftJoin(groups, eq(groups.id, clients.groupId));
  const byIndex = () => summaries().where(where).orderBy(order).limit(limit).offset(offset);
  const countAll = async () => Number((await db.select({ total: count() }).from(clients).where(where))[0].total);
  let total: number;
  let rows: Array<Awaited<ReturnType<typeof byIndex>>[number]>;
  if (match) {
    // Driven by the matches, each probed in the narrow id-first index (a row lookup per match read most of the
    // table at 100k clients); SQLite would pick the row itself, hence INDEXED BY.
    const [row] = await db.all<{ total: number }>(sql`SELECT count(*) AS total FROM ${clients} INDEXED BY ${sql.identifier(SCOPE_INDEX)} WHERE ${where}`);
    total = Number(row.total);
    if (total > MATCH_DRIVEN_MAX) rows = await byIndex();
    else {
      // Few matches: sort their ids (CROSS JOIN keeps the matches as the outer loop; SQLite never reorders it),
      // then read the page's rows.
      const idRows = await db.all<{ id: number }>(sql`
        WITH m(id) AS MATERIALIZED (SELECT DISTINCT id FROM (${match}))
        SELECT ${clients.id} AS id FROM m CROSS JOIN ${clients} ON ${clients.id} = m.id
        WHERE ${base} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`);
      const ids = idRows.map((r) => Number(r.id));
      // Unary + keeps SQLite on the primary key for the ids (else it walks a (workspace_id, ...) index).
      const found = ids.length ? await summaries().where(and(sql`+${clients.workspaceId} = ${ctx.actor.workspaceId}`, inArray(clients.id, ids))) : [];
      const byId = new Map(found.map((r) => [r.c.id, r]));
      rows = ids.map((id) => byId.get(id)!).filter(Boolean);
    }
  } else {
    // A list's count rides on its page as a subquery SQLite runs once (the inner clients shadows the outer one):
    // one statement; a page past the end counts on its own.
    const page = await summaries({ total: sql<number>`(SELECT count(*) FROM ${clients} WHERE ${where})` })
      .where(where).orderBy(order).limit(limit).offset(offset);
    total = page.length ? Number(page[0].total) : offset ? await countAll() : 0;
    rows = page;
  }
  return {
    total,
    clients: rows.map(({ c, ownerName, currency, ledger }) => ({
      id: c.id, number: c.number, name: c.name, status: c.status, archived: !!c.archivedAt, email: c.email,
      city: c.city, country: c.country, industry: c.industry, ownerName,
      ...ledgerOf(ledger), currency,
      lastActivityAt: c.lastActivityAt ? c.lastActivityAt.toISOString() : null, createdAt: c.createdAt.toISOString(),
    })),
  };
}
