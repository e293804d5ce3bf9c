// The filters of findClients as one SQL condition, shared with the CSV export (which streams the same rows).
import { and, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients } from '../../db/schema';
import { resolveMember } from '../members/resolve-member';
import { optCountry, optText, Ref } from '../normalize/fields';
import { optStatus } from './schemas';

export const CLIENT_SORTS = ['name', 'revenue', 'lastActivity', 'created'] as const;

export const ClientFilters = z.object({
  query: optText(200),
  status: optStatus,
  archived: z.enum(['active', 'archived', 'all'], { error: 'must be active, archived or all' }).optional(),
  createdFrom: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }).optional(),
  createdTo: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }).optional(),
  country: optCountry,
  industry: optText(120),
  owner: Ref.optional(),
  sort: z.enum(CLIENT_SORTS, { error: `must be one of ${CLIENT_SORTS.join(', ')}` }).optional(),
});
export type ClientFiltersData = z.output<typeof ClientFilters>;

/** FTS5 query: every token quoted (so punctuation such as acme-corp or o'neil is never syntax) and a prefix. */
export function ftsQuery(text: string): string | null {
  const tokens = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (!tokens.length) return null;
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' ');
}

const dayStart = (d: string) => new Date(`${d}T00:00:00.000Z`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE condition for parsed filters, always scoped to the actor's workspace. */
export async function clientFilterWhere(db: DbOrTx, ctx: Ctx, f: ClientFiltersData): Promise<SQL> {
  const conds: Array<SQL | undefined> = [eq(clients.workspaceId, ctx.actor.workspaceId)];
  const archived = f.archived ?? 'active';
  if (archived === 'active') conds.push(isNull(clients.archivedAt));
  if (archived === 'archived') conds.push(isNotNull(clients.archivedAt));
  if (f.status) conds.push(eq(clients.status, f.status));
  if (f.createdFrom) conds.push(gte(clients.createdAt, dayStart(f.createdFrom)));
  if (f.createdTo) conds.push(lt(clients.createdAt, nextDay(f.createdTo)));
  if (f.country) conds.push(eq(clients.country, f.country));
  if (f.industry) conds.push(sql`lower(${clients.industry}) LIKE ${`%${escapeLike(f.industry.toLowerCase())}%`} ESCAPE '\\'`);
  if (f.owner !== undefined) conds.push(eq(clients.ownerId, (await resolveMember(db, ctx, f.owner)).id));
  if (f.query) {
    const match = ftsQuery(f.query);
    const fts = match ? sql`${clients.id} IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ${match})` : undefined;
    const single = f.query.trim();
    // A bare number or id from another system finds the client too.
    const exact = /^\S+$/.test(single) ? or(eq(clients.number, single), eq(clients.idNumber, single)) : undefined;
    if (fts || exact) conds.push(fts && exact ? or(fts, exact) : (fts ?? exact));
  }
  return and(...conds)!;
}

/** The ids of every matching client, in the requested order (for exports and bulk actions). */
export async function selectClientIds(db: DbOrTx, ctx: Ctx, filters: unknown): Promise<number[]> {
  const f = ClientFilters.parse(filters ?? {});
  const where = await clientFilterWhere(db, ctx, f);
  const rows = await db.select({ id: clients.id }).from(clients).where(where).orderBy(clients.name, clients.id);
  return rows.map((r) => r.id);
}
