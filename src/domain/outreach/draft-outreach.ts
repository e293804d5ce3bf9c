// draftOutreach: a re-engagement email for an Inactive or Past client, to its primary contact, grounded in the
// client's history. Stored as a draft (outreach_drafts) the person can edit and then send. The agent may pass a
// model-written subject/body (from outreachFacts); offline the draft is composed from the same facts.
import { z } from 'zod';
import type { Ctx } from '../../context';
import { outreachDrafts } from '../../db/schema';
import { Conflict } from '../../errors';
import { actorMemberId, requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { composeOutreach } from './compose-outreach';
import { loadOutreachHistory, outreachFacts, type OutreachFacts } from './outreach-facts';

export const DraftOutreachInput = z.object({
  client: Ref,
  goal: z.string().trim().max(500).optional(),
  subject: z.string().trim().min(1).max(200).optional(),
  body: z.string().trim().min(1).max(20_000).optional(),
});

export type OutreachDraftView = {
  id: number; clientId: number; clientName: string; to: { name: string | null; email: string | null };
  subject: string; body: string; status: 'draft' | 'sent'; goal: string | null;
};
export type DraftOutreachResult = { draft: OutreachDraftView; facts: OutreachFacts; activityId: number };

export async function draftOutreach({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<DraftOutreachResult> {
  const args = parseInput(DraftOutreachInput, input);
  requireClientAccess(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, args.client);
    if (client.status !== 'inactive' && client.status !== 'past') {
      throw new Conflict(`${client.name} is ${client.status}: outreach drafts are for inactive or past clients. Change its status first if it has gone quiet.`, { status: client.status });
    }
    const history = await loadOutreachHistory(tx, ctx, client);
    if (!history.primary?.email) {
      throw new Conflict(`${client.name} has no primary contact with an email address to write to. Add one first.`);
    }
    const facts = outreachFacts(history);
    const composed = composeOutreach(facts, args.goal);
    const subject = args.subject ?? composed.subject;
    const body = args.body ?? composed.body;
    const [row] = await tx.insert(outreachDrafts).values({
      workspaceId: ctx.actor.workspaceId, clientId: client.id, contactId: history.primary.id, goal: args.goal ?? null,
      subject, body, status: 'draft', createdBy: actorMemberId(ctx.actor), createdAt: ctx.now(), updatedAt: ctx.now(),
    }).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'outreach.drafted', entityType: 'outreach', entityId: row.id, clientId: client.id,
      summary: `Drafted an outreach email to ${history.primary.name ?? history.primary.email}: "${subject}"`,
    });
    return {
      draft: { id: row.id, clientId: client.id, clientName: client.name, to: { name: history.primary.name, email: history.primary.email },
        subject, body, status: 'draft', goal: row.goal },
      facts, activityId,
    };
  });
}
