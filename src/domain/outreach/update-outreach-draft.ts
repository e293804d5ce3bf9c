// updateOutreachDraft: the person edits the subject or body of a draft before sending; a sent email is final.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { outreachDrafts } from '../../db/schema';
import { Conflict } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { parseInput } from '../normalize/parse-input';
import { loadDraft } from './load-draft';

export const UpdateOutreachDraftInput = z.object({
  draftId: z.coerce.number().int().positive(),
  subject: z.string().trim().min(1, 'cannot be empty').max(200).optional(),
  body: z.string().trim().min(1, 'cannot be empty').max(20_000).optional(),
});

export async function updateOutreachDraft({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const args = parseInput(UpdateOutreachDraftInput, input);
  requireClientAccess(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const draft = await loadDraft(tx, ctx, args.draftId);
    if (draft.status === 'sent') throw new Conflict('This email was already sent; draft a new one instead.');
    const set = { ...(args.subject ? { subject: args.subject } : {}), ...(args.body ? { body: args.body } : {}) };
    const [row] = await tx.update(outreachDrafts).set({ ...set, updatedAt: ctx.now() }).where(eq(outreachDrafts.id, draft.id)).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'outreach.edited', entityType: 'outreach', entityId: draft.id, clientId: draft.clientId,
      summary: `Edited the outreach draft "${row.subject}"`, before: { subject: draft.subject, body: draft.body }, after: set,
    });
    return { draft: row, activityId };
  });
}
