// The findClients filters as one SQL condition, so the export can page through any number of matches.
import { and, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients } from '../../db/schema';
import { nameKey } from '../clients/name-key';
import { normalizeCountry } from '../normalize/country';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.');

export const ExportFilters = z.object({
  query: z.string().trim().max(200).optional(),
  status: z.enum(['lead', 'active', 'inactive', 'past']).optional(),
  archived: z.enum(['active', 'archived', 'all']).optional(),
  country: z.string().trim().transform((v, c) => {
    const code = normalizeCountry(v);
    if (!code) c.addIssue({ code: 'custom', message: `"${v}" is not a country` });
    return code ?? '';
  }).optional(),
  industry: z.string().trim().max(100).optional(),
  createdFrom: date.optional(),
  createdTo: date.optional(),
});
export type ExportFilters = z.infer<typeof ExportFilters>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function exportWhere(ctx: Ctx, f: ExportFilters, ownerId?: number | null): SQL {
  const parts: (SQL | undefined)[] = [eq(clients.workspaceId, ctx.actor.workspaceId)];
  const archived = f.archived ?? 'all';
  if (archived === 'active') parts.push(isNull(clients.archivedAt));
  if (archived === 'archived') parts.push(isNotNull(clients.archivedAt));
  if (f.status) parts.push(eq(clients.status, f.status));
  if (f.country) parts.push(eq(clients.country, f.country));
  if (f.industry) parts.push(sql`lower(${clients.industry}) = lower(${f.industry})`);
  if (ownerId) parts.push(eq(clients.ownerId, ownerId));
  if (f.createdFrom) parts.push(gte(clients.createdAt, new Date(`${f.createdFrom}T00:00:00Z`)));
  if (f.createdTo) parts.push(lt(clients.createdAt, new Date(new Date(`${f.createdTo}T00:00:00Z`).getTime() + 86_400_000)));
  if (f.query) {
    const q = `%${escapeLike(f.query.toLowerCase())}%`;
    const key = nameKey(f.query);
    parts.push(or(
      sql`lower(${clients.name}) LIKE ${q} ESCAPE '\\'`,
      key ? sql`${clients.nameKey} LIKE ${`%${escapeLike(key)}%`} ESCAPE '\\'` : undefined,
      sql`lower(coalesce(${clients.email}, '')) LIKE ${q} ESCAPE '\\'`,
      sql`lower(coalesce(${clients.city}, '')) LIKE ${q} ESCAPE '\\'`,
      eq(clients.number, f.query),
      eq(clients.idNumber, f.query),
    ));
  }
  return and(...parts)!;
}
