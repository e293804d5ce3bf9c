// Archive hides a client from active lists and keeps everything; unarchive restores it. Shared by both verbs.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { clients } from '../../db/schema';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { parseInput } from '../normalize/parse-input';
import { buildClientView } from './get-client-view';
import { resolveClient } from './resolve-client';
import { ClientRefInput } from './schemas';
import type { ClientView } from './views';

export type ArchiveResult = { client: ClientView; changed: boolean; activityId: number | null };

export async function setArchived(ctx: Ctx, input: unknown, archive: boolean): Promise<ArchiveResult> {
  requireClientAccess(ctx.actor);
  const { client: ref } = parseInput(ClientRefInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, ref);
    if (!!client.archivedAt === archive) return { client: await buildClientView(tx, ctx, client), changed: false, activityId: null };
    const now = ctx.now();
    const archivedAt = archive ? now : null;
    const [row] = await tx.update(clients).set({ archivedAt, updatedAt: now })
      .where(and(eq(clients.id, client.id), eq(clients.workspaceId, ctx.actor.workspaceId))).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: archive ? 'client.archived' : 'client.unarchived', entityType: 'client', entityId: row.id, clientId: row.id,
      summary: `${archive ? 'Archived' : 'Unarchived'} ${row.name}`,
      before: { archivedAt: client.archivedAt ? client.archivedAt.toISOString() : null },
      after: { archivedAt: archivedAt ? archivedAt.toISOString() : null },
    });
    return { client: await buildClientView(tx, ctx, { ...row, lastActivityAt: now }), changed: true, activityId };
  });
}
