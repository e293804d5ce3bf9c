// The team's side of "read": a contact's message counts as read for the whole team once any member has seen it
// (the client page, showClient in chat) or answered the thread (web, chat or the mirrored Slack thread).
import { and, eq, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { messages } from '../../db/schema';

/** Marks the client's unread contact messages read by the team: only `ids` (the ones shown), or all before `beforeId`. */
export async function markReadByTeam(db: DbOrTx, workspaceId: number, clientId: number, at: Date, which: { ids?: number[]; beforeId?: number }): Promise<void> {
  if (which.ids && !which.ids.length) return;
  await db.update(messages).set({ readByTeamAt: at }).where(and(
    eq(messages.workspaceId, workspaceId), eq(messages.clientId, clientId), isNotNull(messages.authorContactId), isNull(messages.readByTeamAt),
    which.beforeId !== undefined ? lt(messages.id, which.beforeId) : undefined, which.ids ? inArray(messages.id, which.ids) : undefined,
  ));
}
