// Which open follow-up a change is about: the client's one open follow-up, the one its number names (#12), or the
// one whose words are given ("call about the renewal"); several that fit are offered to choose from.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients, followUps } from '../../db/schema';
import { Ambiguous, NotFound } from '../../errors';
import { clipNote } from '../clients/add-note';
import { resolveClient } from '../clients/resolve-client';
import { escapeLike } from '../normalize/escape-like';
import { Ref } from '../normalize/fields';

export const FollowUpSelector = {
  /** The client whose follow-up it is; with no `followUp`, its one open follow-up. */
  client: Ref.optional(),
  /** Its number (#12), or words from it ("call about the renewal"). */
  followUp: z.union([z.string().trim().min(1), z.number().int().positive()]).optional(),
};
export const saysWhich = (v: { client?: unknown; followUp?: unknown }) => v.client !== undefined || v.followUp !== undefined;
export const SAY_WHICH = { error: 'say which follow-up: its client, its number or its words', path: ['followUp'] };

export type FollowUpRow = { f: typeof followUps.$inferSelect; clientName: string };

export async function findFollowUp(db: DbOrTx, ctx: Ctx, d: { client?: z.output<typeof Ref>; followUp?: string | number }): Promise<FollowUpRow> {
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
