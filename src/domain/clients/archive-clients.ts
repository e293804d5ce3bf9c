// Archives every active client a list's filters match ("archive all inactive clients", "archive the leads in
// Germany"), at most BULK_LIMIT at once, in one transaction. Each client gets its own history line (its page shows
// it); one line for the whole set is what the answer's Undo reverses: it unarchives those this archived that are
// still archived, and leaves any changed since as they are.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients } from '../../db/schema';
import { Conflict, DomainError, InvalidInput } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { parseInput } from '../normalize/parse-input';
import { ArchiveClientsInput, BULK_LIMIT, clientFilterWhere } from './client-filters';

export { ArchiveClientsInput, BULK_LIMIT } from './client-filters';

const clientsCount = (n: number) => `${n.toLocaleString('en')} client${n === 1 ? '' : 's'}`;

/** "A, B, C and 9 more". */
export const sayNames = (names: readonly string[], total: number, shown = 5): string => {
  const head = names.slice(0, shown).join(', ');
  return total > shown ? `${head} and ${(total - shown).toLocaleString('en')} more` : head;
};

/** The active clients the filters match, by name: what a confirmation shows and what runs. */
async function matching(db: DbOrTx, ctx: Ctx, input: unknown): Promise<Array<{ id: number; name: string }>> {
  const f = parseInput(ArchiveClientsInput, input);
  if (!Object.values(f).some((v) => v !== undefined)) {
    throw new InvalidInput([{ field: 'filters', message: 'say which clients: a status, a country, a group, a detail they lack, ...' }],
      'Say which clients to archive (for example the inactive ones); all of them at once is not offered.');
  }
  const where = await clientFilterWhere(db, ctx, { ...f, archived: 'active' });
  const rows = await db.select({ id: clients.id, name: clients.name }).from(clients).where(where)
    .orderBy(asc(sql`${clients.name} COLLATE NOCASE`)).limit(BULK_LIMIT + 1);
  if (!rows.length) throw new DomainError('not_found', 'No active clients match; nothing to archive.');
  if (rows.length > BULK_LIMIT) throw new Conflict(`More than ${BULK_LIMIT} clients match; archive at most ${BULK_LIMIT} at once: narrow the filters.`);
  return rows;
}

/** What a confirmation shows and pins: how many, which (their ids, so another set by the click runs nothing). */
export async function describeClientsToArchive(ctx: Ctx, input: unknown): Promise<{ count: number; names: string; ids: string }> {
  requireClientAccess(ctx.actor);
  const rows = await matching(ctx.db, ctx, input);
  return { count: rows.length, names: sayNames(rows.map((r) => r.name), rows.length), ids: rows.map((r) => r.id).join(',') };
}

export async function archiveClients({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number; names: string[]; activityId: number }> {
  requireClientAccess(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const rows = await matching(tx, ctx, input);
    const now = ctx.now();
    const ids = rows.map((r) => r.id);
    await tx.update(clients).set({ archivedAt: now, updatedAt: now }).where(and(eq(clients.workspaceId, ctx.actor.workspaceId), inArray(clients.id, ids)));
    const others = rows.length - 1;
    const besides = others ? ` (with ${others.toLocaleString('en')} other${others === 1 ? '' : 's'})` : '';
    for (const r of rows) {
      await recordActivity(tx, ctx, {
        verb: 'client.archived', entityType: 'client', entityId: r.id, clientId: r.id, summary: `Archived ${r.name}${besides}`,
        before: { archivedAt: null }, after: { archivedAt: now.toISOString() },
      });
    }
    // Last, so a typed "undo" (the newest change of the conversation) reverses the whole set.
    const activityId = await recordActivity(tx, ctx, {
      verb: 'clients.archived', entityType: 'client', summary: `Archived ${clientsCount(rows.length)}: ${sayNames(rows.map((r) => r.name), rows.length)}`,
      before: { ids }, after: { archivedAt: now.toISOString() },
    });
    return { count: rows.length, names: rows.map((r) => r.name), activityId };
  });
}
