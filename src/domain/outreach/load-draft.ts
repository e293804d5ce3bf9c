// A stored outreach draft of the actor's workspace, or NotFound (another workspace's id is the same NotFound).
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { outreachDrafts } from '../../db/schema';
import { NotFound } from '../../errors';

export type DraftRow = typeof outreachDrafts.$inferSelect;

export async function loadDraft(db: DbOrTx, ctx: Ctx, id: number): Promise<DraftRow> {
  const [row] = await db.select().from(outreachDrafts)
    .where(and(eq(outreachDrafts.workspaceId, ctx.actor.workspaceId), eq(outreachDrafts.id, id))).limit(1);
  if (!row) throw new NotFound('outreach draft');
  return row;
}
