// A follow-up as every surface shows it, and the open ones of a client (its page) or due for someone (the overview).
import { and, asc, eq, isNull, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { clients, followUps, members } from '../../db/schema';

export type FollowUpView = {
  id: number; clientId: number; clientName: string; text: string; dueOn: string; owner: string | null;
  /** Due before today and not done. */
  overdue: boolean; done: boolean;
};

export const today = (now: Date) => now.toISOString().slice(0, 10);

export function toFollowUpView(row: typeof followUps.$inferSelect, clientName: string, owner: string | null, now: Date): FollowUpView {
  return {
    id: row.id, clientId: row.clientId, clientName, text: row.text, dueOn: row.dueOn, owner,
    overdue: !row.doneAt && row.dueOn < today(now), done: !!row.doneAt,
  };
}

/** Open follow-ups, soonest first: of one client, or (of clients not archived) those `scope` selects, due by `until`
 *  (YYYY-MM-DD; null: whenever). */
export async function listOpenFollowUps(db: DbOrTx, workspaceId: number, now: Date,
  where: { clientId: number } | { until: string | null; scope: SQL }, limit = 50): Promise<FollowUpView[]> {
  const conds = [eq(followUps.workspaceId, workspaceId), isNull(followUps.doneAt)];
  if ('clientId' in where) conds.push(eq(followUps.clientId, where.clientId));
  else conds.push(where.scope, isNull(clients.archivedAt), ...(where.until ? [lte(followUps.dueOn, where.until)] : []));
  const rows = await db.select({ f: followUps, clientName: clients.name, owner: members.name, ownerEmail: members.email }).from(followUps)
    .innerJoin(clients, eq(clients.id, followUps.clientId))
    .leftJoin(members, eq(members.id, followUps.ownerId))
    .where(and(...conds)).orderBy(asc(followUps.dueOn), asc(followUps.id)).limit(limit);
  return rows.map((r) => toFollowUpView(r.f, r.clientName, r.owner ?? r.ownerEmail, now));
}
