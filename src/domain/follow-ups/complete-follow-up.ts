// Marks a follow-up done ("done: call Acme Corp", "I called Tallow & Finch", "mark the Acme follow-up done"): the open
// one of the client named, the one whose words are given, or its number; undoing it opens it again.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { followUps } from '../../db/schema';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { clipNote } from '../clients/add-note';
import { parseInput } from '../normalize/parse-input';
import { findFollowUp, FollowUpSelector, SAY_WHICH, saysWhich } from './find-follow-up';
import { toFollowUpView, type FollowUpView } from './follow-up-views';

export const CompleteFollowUpInput = z.object(FollowUpSelector).refine(saysWhich, SAY_WHICH);

export async function completeFollowUp({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ followUp: FollowUpView; activityId: number }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(CompleteFollowUpInput, input);
  return ctx.db.transaction(async (tx) => {
    const { f, clientName } = await findFollowUp(tx, ctx, d);
    const now = ctx.now();
    const [row] = await tx.update(followUps).set({ doneAt: now })
      .where(and(eq(followUps.workspaceId, ctx.actor.workspaceId), eq(followUps.id, f.id))).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'followUp.done', entityType: 'followUp', entityId: f.id, clientId: f.clientId,
      summary: `Done for ${clientName}: ${clipNote(f.text)}`, before: { doneAt: null }, after: { doneAt: now.toISOString() },
    });
    return { followUp: toFollowUpView(row, clientName, null, now), activityId };
  });
}
