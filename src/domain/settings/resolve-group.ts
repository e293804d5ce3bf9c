// A group as a person names it: its exact name (any case), then a part of it; "id:<n>" from buttons and pages.
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { groups } from '../../db/schema';
import { Ambiguous, InvalidInput, NotFound } from '../../errors';

export type GroupRow = typeof groups.$inferSelect;

export async function resolveGroup(db: DbOrTx, ctx: Ctx, ref: string | number): Promise<GroupRow> {
  const text = String(ref ?? '').trim();
  if (!text) throw new InvalidInput([{ field: 'group', message: 'Say which group (its name).' }]);
  const ws = eq(groups.workspaceId, ctx.actor.workspaceId);
  const internal = /^id:\s*(\d+)$/i.exec(text);
  if (internal) {
    const [row] = await db.select().from(groups).where(and(ws, eq(groups.id, Number(internal[1])))).limit(1);
    if (!row) throw new NotFound('group', text);
    return row;
  }
  const exact = await db.select().from(groups).where(and(ws, sql`lower(${groups.name}) = ${text.toLowerCase()}`)).limit(2);
  if (exact.length === 1) return exact[0];
  const needle = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const partial = await db.select().from(groups).where(and(ws, sql`lower(${groups.name}) like ${needle} escape '\\'`)).limit(11);
  if (partial.length === 1) return partial[0];
  if (partial.length > 1) throw new Ambiguous('group', text, partial.slice(0, 10).map((g) => ({ id: g.id, label: g.name })));
  throw new NotFound('group', text);
}
