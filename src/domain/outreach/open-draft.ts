// The client's latest unsent outreach draft (for the client page), with who it would go to; null when none.
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { contacts, outreachDrafts } from '../../db/schema';
import { requireClientAccess } from '../access';

export type OpenDraft = { id: number; subject: string; body: string; goal: string | null; to: { name: string | null; email: string | null } | null; updatedAt: string | null };

export async function openOutreachDraft(db: DbOrTx, ctx: Ctx, clientId: number): Promise<OpenDraft | null> {
  requireClientAccess(ctx.actor);
  const [d] = await db.select().from(outreachDrafts)
    .where(and(eq(outreachDrafts.workspaceId, ctx.actor.workspaceId), eq(outreachDrafts.clientId, clientId), eq(outreachDrafts.status, 'draft')))
    .orderBy(desc(outreachDrafts.id)).limit(1);
  if (!d) return null;
  // It is sent to the primary contact as it is at sending time (sendOutreach), so show that one.
  const [to] = await db.select({ name: contacts.name, email: contacts.email }).from(contacts)
    .where(and(eq(contacts.clientId, clientId), eq(contacts.isPrimary, true))).limit(1);
  return { id: d.id, subject: d.subject, body: d.body, goal: d.goal, to: to ?? null, updatedAt: d.updatedAt?.toISOString() ?? null };
}
