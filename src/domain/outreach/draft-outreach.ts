// draftOutreach: a re-engagement email for an Inactive or Past client, to its primary contact, grounded in the
// client's history. Stored as a draft (outreach_drafts) the person can edit and then send. With a language model
// (ctx.writer) the model writes it from the facts; offline, or when the model fails, it is composed from the same
// facts. The activity row records who wrote it (writtenBy).
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
import { factsAsText, loadOutreachHistory, outreachFacts, type OutreachFacts } from './outreach-facts';

export const DraftOutreachInput = z.object({
  client: Ref,
  goal: z.string().trim().max(500).optional(),
  subject: z.string().trim().min(1).max(200).optional(),
  body: z.string().trim().min(1).max(20_000).optional(),
});

export type OutreachDraftView = {
  id: number; clientId: number; clientName: string; to: { name: string | null; email: string | null };
  subject: string; body: string; status: 'draft' | 'sent'; goal: string | null;
  /** Who wrote this version: the language model, the offline composer, or the person (subject and body given). */
  writtenBy?: WrittenBy;
};
export type WrittenBy = 'model' | 'composed' | 'person';
export type DraftOutreachResult = { draft: OutreachDraftView; facts: OutreachFacts; activityId: number };

export async function draftOutreach({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<DraftOutreachResult> {
  const args = parseInput(DraftOutreachInput, input);
  requireClientAccess(ctx.actor);
  // Read and write the text first, outside the transaction: a model call must not hold the write lock.
  const client = await resolveClient(ctx.db, ctx, args.client);
  if (client.status !== 'inactive' && client.status !== 'past') {
    throw new Conflict(`${client.name} is ${client.status}: outreach drafts are for inactive or past clients. Change its status first if it has gone quiet.`, { status: client.status });
  }
  const history = await loadOutreachHistory(ctx.db, ctx, client);
  const primary = history.primary;
  if (!primary?.email) {
    throw new Conflict(`${client.name} has no primary contact with an email address to write to. Add one first.`);
  }
  const facts = outreachFacts(history);
  const { subject, body, writtenBy } = await writeDraft(ctx, facts, args);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(outreachDrafts).values({
      workspaceId: ctx.actor.workspaceId, clientId: client.id, contactId: primary.id, goal: args.goal ?? null,
      subject, body, status: 'draft', createdBy: actorMemberId(ctx.actor), createdAt: ctx.now(), updatedAt: ctx.now(),
    }).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'outreach.drafted', entityType: 'outreach', entityId: row.id, clientId: client.id,
      summary: `Drafted an outreach email to ${primary.name ?? primary.email}: "${subject}"`,
      after: { subject, writtenBy },
    });
    return {
      draft: { id: row.id, clientId: client.id, clientName: client.name, to: { name: primary.name, email: primary.email },
        subject, body, status: 'draft', goal: row.goal, writtenBy },
      facts, activityId,
    };
  });
}

type DraftArgs = { goal?: string; subject?: string; body?: string };

async function writeDraft(ctx: Ctx, facts: OutreachFacts, args: DraftArgs): Promise<{ subject: string; body: string; writtenBy: WrittenBy }> {
  if (args.subject && args.body) return { subject: args.subject, body: args.body, writtenBy: 'person' };
  if (ctx.writer) {
    try {
      const sender = `Sender: ${ctx.actor.name} at ${facts.workspaceName}`;
      const w = await ctx.writer.draftEmail({ facts: `${factsAsText(facts)}\n${sender}`, goal: args.goal ?? null });
      return { subject: args.subject ?? w.subject, body: args.body ?? w.body, writtenBy: 'model' };
    } catch (err) {
      // The person still gets a draft grounded in the same facts.
      ctx.log.warn({ err }, 'outreach writer failed; composing the draft offline');
    }
  }
  const composed = composeOutreach(facts, args.goal);
  return { subject: args.subject ?? composed.subject, body: args.body ?? composed.body, writtenBy: 'composed' };
}
