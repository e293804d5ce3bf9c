// Undoes the last change to a record from its activity row, within ctx.config.undoWindowMs, once. The undo is
// itself an activity row (undoOf) carrying the journal of what it wrote, and the original is marked undone.
// Undoing an undo redoes the change by replaying that journal backwards; undoing the redo undoes it again.
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import type { Tx } from '../../db/client';
import { activities } from '../../db/schema';
import { Conflict, DomainError, NotFound } from '../../errors';
import { requireClientAccess } from '../access';
import { parseInput } from '../normalize/parse-input';
import { authoriseUndo } from './authorise-undo';
import { recordActivity, type ActivityInput } from './record-activity';
import { UNDO } from './undo-handlers';
import { Journal, journalOf } from './undo-journal';
import { AFTER_REDO, BEFORE_UNDO, guardLastOwner } from './undo-members';

export const UndoActivityInput = z.object({
  activityId: z.coerce.number({ error: 'must be an activity id' }).int('must be an activity id').positive('must be an activity id'),
});

type ActivityRow = typeof activities.$inferSelect;
const REVERSALS = new Set(['activity.undone', 'activity.redone']);
/** The reason a Conflict carries when the change stands undone: a typed undo then steps to the one before it. */
export const ALREADY_UNDONE = 'already_undone';

export async function undoActivity({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ activityId: number; summary: string; clientId: number | null }> {
  requireClientAccess(ctx.actor);
  const { activityId } = parseInput(UndoActivityInput, input);
  return ctx.db.transaction(async (tx) => {
    const load = async (where: ReturnType<typeof eq>) =>
      (await tx.select().from(activities).where(and(eq(activities.workspaceId, ctx.actor.workspaceId), where)).limit(1))[0];
    const act = await load(eq(activities.id, activityId));
    if (!act) throw new NotFound('change');
    // base: the original change; row: the newest step of its undo/redo chain, the one this reverses.
    let base = act;
    while (base.undoOf) base = (await load(eq(activities.id, base.undoOf))) ?? fail(act);
    let row = act;
    for (let next = act.undoOf ? undefined : await load(eq(activities.undoOf, row.id)); next; next = await load(eq(activities.undoOf, row.id))) {
      row = next;
    }
    if (!UNDO[base.verb] || (row !== base && !REVERSALS.has(row.verb))) throw new Conflict(`"${act.summary}" cannot be undone.`);
    const redo = row.verb === 'activity.undone';
    // Asked about the original while it stands undone: that is not a request to redo it.
    if ((act === base && redo) || row.undoneAt || redo !== !!base.undoneAt) throw new Conflict(`"${act.summary}" was already undone.`, { reason: ALREADY_UNDONE });
    const now = ctx.now();
    if (now.getTime() - row.createdAt.getTime() > ctx.config.undoWindowMs) {
      throw new DomainError('expired', `"${act.summary}" is too old to undo; change it back by hand instead.`);
    }
    await refuseLaterChanges(tx, ctx, base);
    authoriseUndo(ctx, base, redo);

    if (!redo) await BEFORE_UNDO[base.verb]?.(tx, base);
    const keepAnOwner = base.entityType === 'member' ? await guardLastOwner(tx, ctx.actor.workspaceId) : null;
    const journal = new Journal(tx);
    let note: string | undefined;
    if (row === base) note = await UNDO[base.verb](journal, base, now);
    else {
      const entries = journalOf(row.after);
      if (!entries) throw new Conflict(`"${act.summary}" was recorded before undos could be undone, so it cannot be reversed.`);
      await journal.reverse(entries);
      if (redo) note = await AFTER_REDO[base.verb]?.(tx, ctx, base, now);
    }
    await keepAnOwner?.();
    await tx.update(activities).set({ undoneAt: now }).where(eq(activities.id, row.id));
    if (row !== base) await tx.update(activities).set({ undoneAt: redo ? null : now }).where(eq(activities.id, base.id));
    const summary = `${redo ? 'Redid' : 'Undid'}: ${base.summary}${note ? ` (${note})` : ''}`;
    const id = await recordActivity(tx, ctx, {
      verb: redo ? 'activity.redone' : 'activity.undone', entityType: base.entityType as ActivityInput['entityType'],
      entityId: base.entityId, clientId: base.clientId, summary, undoOf: row.id,
      before: redo ? null : (base.after ?? null) as Record<string, unknown> | null, after: { journal: journal.entries },
    });
    return { activityId: id, summary, clientId: base.clientId };
  });
}

const fail = (act: ActivityRow): never => { throw new Conflict(`"${act.summary}" cannot be undone.`); };

/** Only the last change to a record can be undone (or redone): a later one would be overwritten. */
async function refuseLaterChanges(tx: Tx, ctx: Ctx, base: ActivityRow) {
  const [later] = await tx.select({ summary: activities.summary }).from(activities).where(and(
    eq(activities.workspaceId, ctx.actor.workspaceId), eq(activities.entityType, base.entityType),
    eq(activities.entityId, base.entityId ?? -1), gt(activities.id, base.id), isNull(activities.undoneAt), isNull(activities.undoOf),
  )).orderBy(desc(activities.id)).limit(1);
  if (later) throw new Conflict(`Only the last change to this record can be undone; the last one is "${later.summary}".`);
}
