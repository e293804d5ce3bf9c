// The history of a client (or of the whole workspace), newest first, with whether each change can be undone.
import { and, desc, eq, gte, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { activities } from '../../db/schema';
import { requireClientAccess } from '../access';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { mayUndoActivity } from './authorise-undo';
import { UNDOABLE } from './undo-handlers';
import { journalOf } from './undo-journal';

export const ListActivityInput = z.object({
  client: Ref.optional(),
  /** Only changes to these kinds of record (the settings page: 'group', 'workspace'; the team page: 'member'). */
  entityTypes: z.array(z.enum(['group', 'workspace', 'member'])).min(1).optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be at least 1').max(200, 'must be at most 200').optional(),
  /** Only changes made on or after this day (UTC). */
  since: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }).optional(),
});

type Row = typeof activities.$inferSelect;

export type ActivityView = {
  id: number; verb: string; summary: string; actorName: string | null; channel: string;
  entityType: string; entityId: number | null; clientId: number | null;
  before: unknown; after: unknown; createdAt: string; undoneAt: string | null; undoOf: number | null; canUndo: boolean;
};

export async function listActivity({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ activities: ActivityView[]; client?: { id: number; name: string } }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(ListActivityInput, input);
  const conds: SQL[] = [eq(activities.workspaceId, ctx.actor.workspaceId)];
  const client = d.client === undefined ? undefined : await resolveClient(ctx.db, ctx, d.client);
  if (client) conds.push(eq(activities.clientId, client.id));
  if (d.entityTypes) conds.push(inArray(activities.entityType, d.entityTypes));
  if (d.since) conds.push(gte(activities.createdAt, new Date(`${d.since}T00:00:00.000Z`)));
  const rows = await ctx.db.select().from(activities).where(and(...conds)).orderBy(desc(activities.id)).limit(d.limit ?? 50);
  const now = ctx.now().getTime();
  // Rows come newest first, so the first live change seen per record is its last one. An undo or redo that is
  // itself still standing can be undone (journalOf); the original it reversed is then not offered again.
  const seen = new Set<string>();
  const reversed = new Set(rows.map((a) => a.undoOf));
  // Whether this viewer may press the Undo is undoActivity's own rule (mayUndoActivity), for every kind of record.
  const earlier = await chainsOf(ctx, rows);
  return {
    client: client && { id: client.id, name: client.name },
    activities: rows.map((a) => {
      const key = `${a.entityType}:${a.entityId}`;
      const live = !a.undoneAt && !a.undoOf;
      const isLast = !seen.has(key) && !reversed.has(a.id) && (live || (!a.undoneAt && !!journalOf(a.after)));
      if (live) seen.add(key);
      return {
        id: a.id, verb: a.verb, summary: a.summary, actorName: a.actorName, channel: a.channel,
        entityType: a.entityType, entityId: a.entityId, clientId: a.clientId, before: a.before, after: a.after,
        createdAt: a.createdAt.toISOString(), undoneAt: a.undoneAt ? a.undoneAt.toISOString() : null, undoOf: a.undoOf,
        canUndo: isLast && (UNDOABLE.has(a.verb) || !!a.undoOf) && now - a.createdAt.getTime() <= ctx.config.undoWindowMs
          && mayUndoActivity(ctx, a, earlier),
      };
    }),
  };
}

/** The rows, and the earlier rows their undoOf links lead to (an original can be older than the rows read). */
async function chainsOf(ctx: Ctx, rows: Row[]): Promise<Map<number, Row>> {
  const byId = new Map(rows.map((a) => [a.id, a]));
  for (let missing = rows; ;) {
    const ids = [...new Set(missing.map((a) => a.undoOf).filter((id): id is number => id !== null && !byId.has(id)))];
    if (!ids.length) return byId;
    missing = await ctx.db.select().from(activities).where(and(eq(activities.workspaceId, ctx.actor.workspaceId), inArray(activities.id, ids)));
    for (const a of missing) byId.set(a.id, a);
  }
}
