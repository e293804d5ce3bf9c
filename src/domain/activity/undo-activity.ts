// Undoes the last change to a record from its activity row, within ctx.config.undoWindowMs, once. The undo is
// itself an activity row (undoOf), and the original is marked undone.
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { activities } from '../../db/schema';
import { Conflict, DomainError, NotFound } from '../../errors';
import { requireClientAccess, requireRole } from '../access';
import { parseInput } from '../normalize/parse-input';
import { recordActivity, type ActivityInput } from './record-activity';
import { UNDO } from './undo-handlers';

export const UndoActivityInput = z.object({
  activityId: z.coerce.number({ error: 'must be an activity id' }).int('must be an activity id').positive('must be an activity id'),
});

export async function undoActivity({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ activityId: number; summary: string; clientId: number | null }> {
  requireClientAccess(ctx.actor);
  const { activityId } = parseInput(UndoActivityInput, input);
  return ctx.db.transaction(async (tx) => {
    const ws = eq(activities.workspaceId, ctx.actor.workspaceId);
    const [act] = await tx.select().from(activities).where(and(ws, eq(activities.id, activityId))).limit(1);
    if (!act) throw new NotFound('change');
    const handler = UNDO[act.verb];
    if (act.undoOf || !handler) throw new Conflict(`"${act.summary}" cannot be undone.`);
    if (act.undoneAt) throw new Conflict(`"${act.summary}" was already undone.`);
    const now = ctx.now();
    if (now.getTime() - act.createdAt.getTime() > ctx.config.undoWindowMs) {
      throw new DomainError('expired', `"${act.summary}" is too old to undo; change it back by hand instead.`);
    }
    const [later] = await tx.select({ id: activities.id, summary: activities.summary }).from(activities).where(and(
      ws, eq(activities.entityType, act.entityType), eq(activities.entityId, act.entityId ?? -1), gt(activities.id, act.id),
      isNull(activities.undoneAt), isNull(activities.undoOf),
    )).orderBy(desc(activities.id)).limit(1);
    if (later) throw new Conflict(`Only the last change to this record can be undone; the last one is "${later.summary}".`);
    // Restoring a deleted client is as strong as deleting one; removing a client you did not create too.
    if (act.verb === 'client.deleted') requireRole(ctx.actor, ['owner', 'admin'], 'restore deleted clients');
    if (act.verb === 'client.created' && !(ctx.actor.kind === 'member' && ctx.actor.memberId === act.actorMemberId)) {
      requireRole(ctx.actor, ['owner', 'admin'], "undo another person's new client");
    }
    await handler(tx, act, now);
    await tx.update(activities).set({ undoneAt: now }).where(eq(activities.id, act.id));
    const summary = `Undid: ${act.summary}`;
    const id = await recordActivity(tx, ctx, {
      verb: 'activity.undone', entityType: act.entityType as ActivityInput['entityType'], entityId: act.entityId,
      clientId: act.clientId, summary, before: (act.after ?? null) as Record<string, unknown> | null,
      after: (act.before ?? null) as Record<string, unknown> | null, undoOf: act.id,
    });
    return { activityId: id, summary, clientId: act.clientId };
  });
}
