// Search and list clients: full text (FTS5), filters, sort, a limit and the total count. Fast at 100k clients:
// 1. count the matches (the workspace/archived index). A search counts only up to MATCH_COUNT_CAP (or what its
//    page needs), streaming its matches through the narrow id-first scope index and stopping there; more than
//    that is "over 1,000" (match-count.ts);
// 2. order and cut the ids. Sorts read indexes (name without case, revenue kept on the client, activity,
//    created). A search whose matches were all counted sorts those ids (cheap, and the full-text query is not run
//    again); one with more walks the sort's index and stops at the page (each match is common, so the page fills
//    quickly);
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
import { MATCH_COUNT_CAP, type MatchCount } from './match-count';
import type { ClientSummary } from './views';

export { ClientFilters, clientFilterWhere, selectClientIds } from './client-filters';

export const FindClientsInput = ClientFilters.extend({
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').optional(),
  offset: z.coerce.number({ error: 'must be a number' }).int().min(0).optional(),
});

/** The index (id, workspace, archived, status, country) that scopes a search's matches (schema.ts). */
const SCOPE_INDEX = 'clients_id_scope_idx';

type Sort = NonNullable<z.output<typeof ClientFilters>['sort']>;
const ORDER: Record<Sort, SQL> = {
  name: BY_NAME,
  // Clients with revenue first, grouped by its currency (alphabetically), highest first within each; then the rest by name.
  revenue: sql`${clients.revenueCents} = 0, ${clients.revenueCurrency}, ${clients.revenueCents} DESC, ${BY_NAME}`,
  lastActivity: sql`${clients.lastActivityAt} DESC NULLS LAST, ${clients.id} DESC`,
  created: sql`${clients.createdAt} DESC, ${clients.id} DESC`,
};
// The same orders within a group: its index (by name) finds the group's rows, which are then sorted; walking a sort's
// index met every client of the workspace before a small group's few (50-200 ms at 100k). The unary + keeps SQLite
// off the sort indexes.
const IN_GROUP: Record<Sort, SQL> = {
  name: BY_NAME,
  revenue: sql`+(${clients.revenueCents} = 0), ${clients.revenueCurrency}, ${clients.revenueCents} DESC, ${BY_NAME}`,
  lastActivity: sql`+${clients.lastActivityAt} DESC NULLS LAST, ${clients.id} DESC`,
  created: sql`+${clients.createdAt} DESC, ${clients.id} DESC`,
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

/** The page of clients and how many match: `over` when a search matched more than `total` (it stopped counting). */
export type FoundClients = MatchCount & { clients: ClientSummary[] };

export async function findClients({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<FoundClients> {
  requireClientAccess(ctx.actor);
  const f = parseInput(FindClientsInput, input);
  const db = ctx.db;
  const { base, match, where } = await clientFilterParts(db, ctx, f);
  const order = (f.group ? IN_GROUP : ORDER)[f.sort ?? 'name'];
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
  let over = false;
  let rows: Array<Awaited<ReturnType<typeof byIndex>>[number]>;
  if (match) {
    // Count up to the cap, or to the end of this page when it lies beyond (so "next page" is known), streaming the
    // matches through the narrow id-first index (a row lookup per match read most of the table at 100k clients;
    // SQLite would pick the row itself, hence INDEXED BY) and stopping one past it.
    const upTo = Math.max(MATCH_COUNT_CAP, offset + limit);
    // The ids come back as one JSON array (a row object per id cost more than finding them).
    const [{ ids: json }] = await db.all<{ ids: string }>(sql`SELECT json_group_array(id) AS ids FROM (WITH m(id) AS (${match})
      SELECT DISTINCT m.id AS id FROM m CROSS JOIN ${clients} INDEXED BY ${sql.identifier(SCOPE_INDEX)} ON ${clients.id} = m.id
      WHERE ${base} LIMIT ${upTo + 1})`);
    const matched: number[] = JSON.parse(json);
    over = matched.length > upTo;
    total = over ? upTo : matched.length;
    if (over) rows = await byIndex();
    else {
      // Every match is counted: sort those ids (CROSS JOIN keeps them the outer loop; SQLite never reorders it;
      // the full-text query is not run again), then read the page's rows.
      const idRows = !matched.length ? [] : await db.all<{ id: number }>(sql`
        SELECT ${clients.id} AS id FROM json_each(${json}) AS j
        CROSS JOIN ${clients} ON ${clients.id} = j.value ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`);
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
    over,
    clients: rows.map(({ c, ownerName, currency, ledger }) => ({
      id: c.id, number: c.number, name: c.name, status: c.status, archived: !!c.archivedAt, email: c.email,
      city: c.city, country: c.country, industry: c.industry, ownerName,
      ...ledgerOf(ledger), currency,
      lastActivityAt: c.lastActivityAt ? c.lastActivityAt.toISOString() : null, createdAt: c.createdAt.toISOString(),
    })),
  };
}
