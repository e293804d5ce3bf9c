// Marks a follow-up done ("done: call Acme Corp", "I called Tallow & Finch", "mark the Acme follow-up done"): the open
// one of the client named, the one whose words are given, or its number; undoing it opens it again.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients, followUps } from '../../db/schema';
import { Ambiguous, NotFound } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { clipNote } from '../clients/add-note';
import { resolveClient } from '../clients/resolve-client';
import { escapeLike } from '../normalize/escape-like';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { toFollowUpView, type FollowUpView } from './follow-up-views';

export const CompleteFollowUpInput = z.object({
  /** The client whose follow-up it is; with no `followUp`, its one open follow-up. */
  client: Ref.optional(),
  /** Its number (#12), or words from it ("call about the renewal"). */
  followUp: z.union([z.string().trim().min(1), z.number().int().positive()]).optional(),
}).refine((v) => v.client !== undefined || v.followUp !== undefined, { error: 'say which follow-up: its client, its number or its words', path: ['followUp'] });

type Row = { f: typeof followUps.$inferSelect; clientName: string };

async function resolveFollowUp(db: DbOrTx, ctx: Ctx, d: z.output<typeof CompleteFollowUpInput>): Promise<Row> {
  const conds = [eq(followUps.workspaceId, ctx.actor.workspaceId), isNull(followUps.doneAt)];
  if (d.client !== undefined) conds.push(eq(followUps.clientId, (await resolveClient(db, ctx, d.client)).id));
  const text = d.followUp === undefined ? '' : String(d.followUp).trim();
  const id = /^(?:id:|#)?(\d+)$/i.exec(text)?.[1];
  if (id) conds.push(eq(followUps.id, Number(id)));
  else if (text && !/^(?:the\s+)?(?:follow[- ]?up|one|task|reminder)$/i.test(text)) {
    conds.push(sql`lower(${followUps.text}) LIKE ${`%${escapeLike(text.toLowerCase())}%`} ESCAPE '\\'`);
  }
  const rows = await db.select({ f: followUps, clientName: clients.name }).from(followUps).innerJoin(clients, eq(clients.id, followUps.clientId))
    .where(and(...conds)).orderBy(asc(followUps.dueOn), asc(followUps.id)).limit(11);
  if (rows.length === 1) return rows[0];
  if (!rows.length) throw new NotFound('open follow-up', text || undefined);
  throw new Ambiguous('follow-up', text || 'the follow-up', rows.slice(0, 10).map((r) => ({ id: r.f.id, label: `${r.clientName}: ${clipNote(r.f.text)}`, detail: r.f.dueOn })));
}

export async function completeFollowUp({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ followUp: FollowUpView; activityId: number }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(CompleteFollowUpInput, input);
  return ctx.db.transaction(async (tx) => {
    const { f, clientName } = await resolveFollowUp(tx, ctx, d);
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
