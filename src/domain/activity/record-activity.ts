// Every change writes one activity row, inside the caller's transaction, with who/which channel and before/after.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { activities, clients } from '../../db/schema';

export type ActivityInput = {
  verb: string;
  entityType: 'client' | 'contact' | 'note' | 'project' | 'invoice' | 'payment' | 'member' | 'group' | 'workspace' | 'portal' | 'outreach' | 'import'
    | 'document' | 'quote' | 'message' | 'followUp';
  entityId?: number | null;
  clientId?: number | null;
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  undoOf?: number;
};

// History lines that are not the team's or the client's own work with the client, so they leave last_activity_at
// (dormant clients, "sort by last activity") alone. A link sent on request is one: anyone who knows a contact's
// address can ask for it from /portal.
const NOT_CLIENT_ACTIVITY = new Set(['client.deleted', 'portal.link_sent']);

// Takes only the actor and the clock, so a verb that runs before any ctx exists (first owner, local owner) records too.
export async function recordActivity(tx: DbOrTx, ctx: Pick<Ctx, 'actor' | 'now'>, a: ActivityInput): Promise<number> {
  const { actor } = ctx;
  const now = ctx.now();
  const [row] = await tx.insert(activities).values({
    workspaceId: actor.workspaceId,
    actorMemberId: actor.kind === 'member' ? actor.memberId : null,
    actorContactId: actor.kind === 'contact' ? actor.contactId : null,
    actorName: actor.name,
    channel: actor.channel,
    verb: a.verb,
    entityType: a.entityType,
    entityId: a.entityId ?? null,
    clientId: a.clientId ?? null,
    summary: a.summary,
    before: a.before ?? null,
    after: a.after ?? null,
    undoOf: a.undoOf ?? null,
    createdAt: now,
  }).returning({ id: activities.id });
  if (a.clientId && !NOT_CLIENT_ACTIVITY.has(a.verb)) {
    await tx.update(clients).set({ lastActivityAt: now }).where(eq(clients.id, a.clientId));
  }
  return row.id;
}
