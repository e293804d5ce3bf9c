// The filters of findClients as one SQL condition, shared with the CSV export (which streams the same rows).
import { and, eq, gte, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients } from '../../db/schema';
import { resolveMember } from '../members/resolve-member';
import { optCountry, optText, Ref } from '../normalize/fields';
import { resolveGroupId, workspaceCountry } from './client-helpers';
import { isPhoneLike, phoneKeyPrefixes } from './phone-search';
import { optStatus } from './schemas';
import { escapeLike } from '../normalize/escape-like';
import { MISSING_DETAILS, missingCondition } from './missing-details';

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
  /** A group's name, resolved as updateClient resolves one (an unknown name is NotFound). */
  group: optText(120),
  /** A detail the clients lack ("clients with no email"): a field's key (missing-details.ts). */
  missing: z.enum(MISSING_DETAILS, { error: `must be one of ${MISSING_DETAILS.join(', ')}` }).optional(),
  sort: z.enum(CLIENT_SORTS, { error: `must be one of ${CLIENT_SORTS.join(', ')}` }).optional(),
});
export type ClientFiltersData = z.output<typeof ClientFilters>;
/** archiveClients' filters (the list's, of active clients, unsorted) and the most it archives at once. */
export const ArchiveClientsInput = ClientFilters.omit({ archived: true, sort: true });
export const BULK_LIMIT = 500;
/** The filters' names, for the channels that carry them in a URL or read them from the model's call. */
export const CLIENT_FILTER_KEYS = ClientFilters.keyof().options;
export type ClientFilterKey = (typeof CLIENT_FILTER_KEYS)[number];

/** FTS5 query: every token quoted (so punctuation such as acme-corp or o'neil is never syntax) and a prefix. */
export function ftsQuery(text: string): string | null {
  const tokens = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (!tokens.length) return null;
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' ');
}

const dayStart = (d: string) => new Date(`${d}T00:00:00.000Z`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);
/** "jane@acme.com" or its start ("jane@acme"): a local part, an @, and no spaces. */
const EMAIL_LIKE = /^[^\s@]+@[^\s@]*$/;

/** The half-open range [text, next) of every string starting with text (index-friendly, unlike LIKE on BINARY). */
function prefixRange(text: string): [string, string] {
  const last = text.codePointAt(text.length - 1)!;
  return [text, `${text.slice(0, -1)}${String.fromCodePoint(last + 1)}`];
}

export type ClientFilterParts = {
  /** Every filter but the search text, scoped to the workspace. */
  base: SQL;
  /** The ids the search text matches (a subquery), or null without a query. */
  match: SQL | null;
  /** base and match together. */
  where: SQL;
};

/**
 * The search text's candidate ids. An email-looking query reads the indexed email columns of clients and contacts
 * (a full-text phrase over "jane acme com" walks the long lists of common tokens such as "com"); the full-text
 * index is the fallback when no email starts with it. Other text is FTS5 (name, email, phone, address, website,
 * notes, contacts), plus the exact client number or id number for a single word, plus, for a phone-looking
 * query, every client or contact phone ending in its digits (phone-search.ts).
 */
async function matchIds(db: DbOrTx, ctx: Ctx, query: string): Promise<SQL | null> {
  const ws = ctx.actor.workspaceId;
  const text = query.trim();
  if (EMAIL_LIKE.test(text)) {
    const [lo, hi] = prefixRange(text.toLowerCase());
    const byEmail = sql`SELECT id FROM clients WHERE workspace_id = ${ws} AND email >= ${lo} AND email < ${hi}
      UNION ALL SELECT client_id FROM contacts WHERE workspace_id = ${ws} AND email >= ${lo} AND email < ${hi}`;
    const [hit] = await db.all(sql`${byEmail} LIMIT 1`);
    if (hit) return byEmail;
  }
  const match = ftsQuery(text);
  const parts: SQL[] = [];
  if (match) parts.push(sql`SELECT rowid AS id FROM clients_fts WHERE clients_fts MATCH ${match}`);
  // A bare number or id from another system finds the client too ("42" is client 0042).
  if (/^\S+$/.test(text)) {
    const number = /^\d+$/.test(text) ? text.padStart(4, '0') : text;
    parts.push(sql`SELECT id FROM clients WHERE workspace_id = ${ws} AND (number = ${number} OR id_number = ${text})`);
  }
  if (isPhoneLike(text)) {
    for (const [lo, hi] of phoneKeyPrefixes(text, await workspaceCountry(db, ctx)).map(prefixRange)) {
      parts.push(sql`SELECT id FROM clients WHERE workspace_id = ${ws} AND phone_key >= ${lo} AND phone_key < ${hi}`);
      parts.push(sql`SELECT client_id FROM contacts WHERE workspace_id = ${ws} AND phone_key >= ${lo} AND phone_key < ${hi}`);
    }
  }
  return parts.length ? sql.join(parts, sql` UNION ALL `) : null;
}

/** The filters as SQL parts (findClients picks its plan from them). */
export async function clientFilterParts(db: DbOrTx, ctx: Ctx, f: ClientFiltersData): Promise<ClientFilterParts> {
  const conds: Array<SQL | undefined> = [eq(clients.workspaceId, ctx.actor.workspaceId)];
  const archived = f.archived ?? 'active';
  if (archived === 'active') conds.push(isNull(clients.archivedAt));
  if (archived === 'archived') conds.push(isNotNull(clients.archivedAt));
  if (f.status) conds.push(eq(clients.status, f.status));
  if (f.createdFrom) conds.push(gte(clients.createdAt, dayStart(f.createdFrom)));
  if (f.createdTo) conds.push(lt(clients.createdAt, nextDay(f.createdTo)));
  if (f.country) conds.push(eq(clients.country, f.country));
  if (f.industry) conds.push(sql`lower(${clients.industry}) LIKE ${`%${escapeLike(f.industry.toLowerCase())}%`} ESCAPE '\\'`);
  if (f.owner !== undefined) conds.push(eq(clients.ownerId, (await resolveMember(db, ctx, f.owner, { includeRemoved: true })).id));
  if (f.missing) conds.push(missingCondition(f.missing, ctx.actor.workspaceId));
  if (f.group) conds.push(eq(clients.groupId, (await resolveGroupId(db, ctx, f.group))!));
  const base = and(...conds)!;
  const match = f.query ? await matchIds(db, ctx, f.query) : null;
  // A query with no searchable character matches nothing rather than everything.
  const where = match ? and(base, sql`${clients.id} IN (${match})`)! : f.query ? and(base, sql`0`)! : base;
  return { base, match, where };
}

/** The WHERE condition for parsed filters, always scoped to the actor's workspace. */
export async function clientFilterWhere(db: DbOrTx, ctx: Ctx, f: ClientFiltersData): Promise<SQL> {
  return (await clientFilterParts(db, ctx, f)).where;
}

/** Case-insensitive name order, as the lists show it (an index on name COLLATE NOCASE serves it). */
export const BY_NAME = sql`${clients.name} COLLATE NOCASE, ${clients.id}`;

/** The ids of every matching client, in the requested order (for exports and bulk actions). */
export async function selectClientIds(db: DbOrTx, ctx: Ctx, filters: unknown): Promise<number[]> {
  const f = ClientFilters.parse(filters ?? {});
  const where = await clientFilterWhere(db, ctx, f);
  const rows = await db.select({ id: clients.id }).from(clients).where(where).orderBy(BY_NAME);
  return rows.map((r) => r.id);
}
