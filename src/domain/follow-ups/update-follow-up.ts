// Changes an open follow-up: moved to another day ("push the Acme Corp follow-up to Friday"), reworded, or given to a
// teammate. Undoing it gives back what it was, unless it changed again since (the undo refuses then).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { followUps, members } from '../../db/schema';
import { Conflict } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { clipNote } from '../clients/add-note';
import { resolveMember } from '../members/resolve-member';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { AddFollowUpInput } from './add-follow-up';
import { findFollowUp, FollowUpSelector, SAY_WHICH, saysWhich } from './find-follow-up';
import { toFollowUpView, type FollowUpView } from './follow-up-views';

export const UpdateFollowUpInput = z.object({
  ...FollowUpSelector,
  due: AddFollowUpInput.shape.due.optional(),
  text: AddFollowUpInput.shape.text.optional(),
  /** The teammate who is to do it now. */
  owner: Ref.optional(),
}).refine(saysWhich, SAY_WHICH)
  .refine((v) => v.due !== undefined || v.text !== undefined || v.owner !== undefined, { error: 'say what to change: its day, its words or who does it', path: ['due'] });

export async function updateFollowUp({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ followUp: FollowUpView; activityId: number }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(UpdateFollowUpInput, input);
  return ctx.db.transaction(async (tx) => {
    const { f, clientName } = await findFollowUp(tx, ctx, d);
    const owner = d.owner !== undefined ? await resolveMember(tx, ctx, d.owner) : undefined;
    const next = { dueOn: d.due ?? f.dueOn, text: d.text ?? f.text, ownerId: owner ? owner.id : f.ownerId };
    const said: string[] = [];
    if (next.dueOn !== f.dueOn) said.push(`moved to ${next.dueOn}`);
    if (next.text !== f.text) said.push(`now "${clipNote(next.text)}"`);
    if (next.ownerId !== f.ownerId) said.push(`given to ${owner?.name ?? owner?.email}`);
    if (!said.length) throw new Conflict(`The follow-up for ${clientName} is already like that (due ${f.dueOn}: ${clipNote(f.text)}).`);
    // A new day is reminded of again on that day.
    const [row] = await tx.update(followUps).set({ ...next, ...(next.dueOn !== f.dueOn ? { remindedAt: null } : {}) })
      .where(and(eq(followUps.workspaceId, ctx.actor.workspaceId), eq(followUps.id, f.id))).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'followUp.updated', entityType: 'followUp', entityId: f.id, clientId: f.clientId,
      summary: `Follow-up for ${clientName} ${said.join(', ')}`,
      before: { dueOn: f.dueOn, text: f.text, ownerId: f.ownerId }, after: next,
    });
    const [who] = row.ownerId ? await tx.select({ name: members.name, email: members.email }).from(members).where(eq(members.id, row.ownerId)) : [];
    const ownerName = who ? who.name ?? who.email : null;
    return { followUp: toFollowUpView(row, clientName, ownerName, ctx.now()), activityId };
  });
}
