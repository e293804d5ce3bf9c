// Something to do for a client by a day ("call Acme Corp on Friday", "follow up with Tallow & Finch next Monday"):
// kept open until done, for its owner (the person who asked, or the teammate named); undoing it removes it.
import { z } from 'zod';
import type { Ctx } from '../../context';
import { followUps } from '../../db/schema';
import { Conflict } from '../../errors';
import { actorMemberId, requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { resolveMember } from '../members/resolve-member';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { clipNote } from '../clients/add-note';
import { toFollowUpView, type FollowUpView } from './follow-up-views';

export const AddFollowUpInput = z.object({
  client: Ref,
  text: z.string({ error: 'is required' }).trim().min(1, 'is required').max(500, 'is longer than 500 characters'),
  due: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }),
  /** The teammate who is to do it; default: whoever asks. */
  owner: Ref.optional(),
});

export async function addFollowUp({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ followUp: FollowUpView; activityId: number }> {
  const actor = requireClientAccess(ctx.actor);
  const d = parseInput(AddFollowUpInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, d.client);
    if (client.archivedAt) throw new Conflict(`${client.name} is archived; unarchive it before planning work with it.`);
    const owner = d.owner !== undefined ? await resolveMember(tx, ctx, d.owner) : null;
    const [row] = await tx.insert(followUps).values({
      workspaceId: ctx.actor.workspaceId, clientId: client.id, text: d.text, dueOn: d.due, ownerId: owner?.id ?? actorMemberId(actor), createdAt: ctx.now(),
    }).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'followUp.added', entityType: 'followUp', entityId: row.id, clientId: client.id,
      summary: `Planned for ${client.name} by ${d.due}: ${clipNote(d.text)}`, before: null, after: { text: d.text, dueOn: d.due, ownerId: row.ownerId },
    });
    const ownerName = owner ? owner.name ?? owner.email : ctx.actor.name;
    return { followUp: toFollowUpView(row, client.name, ownerName, ctx.now()), activityId };
  });
}
