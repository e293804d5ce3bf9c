// The one insert every way of writing a message shares: the row and its activity row, in the caller's transaction.
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { messages } from '../../db/schema';
import { markReadByTeam } from './mark-read';
import { recordActivity } from '../activity/record-activity';
import { excerpt } from './message-rules';
import { queueForSlack } from './mirror-message';
import type { MessageRow, MessageView } from './message-views';

export type SaveMessage = {
  client: { id: number; name: string };
  body: string;
  author: { memberId: number | null; contactId: number | null; name: string };
  /** A reply recorded from Slack carries where it was written. */
  slack?: { channel: string; ts: string; threadTs: string };
};

export async function saveMessage(tx: DbOrTx, ctx: Ctx, m: SaveMessage): Promise<{ row: MessageRow; activityId: number } | null> {
  const now = ctx.now();
  const fromClient = m.author.contactId !== null;
  // Not written in Slack: marked "not yet in Slack" with the message itself, so a crash before the post loses nothing.
  const queued = m.slack ? null : await queueForSlack(tx, ctx);
  const insert = tx.insert(messages).values({
    workspaceId: ctx.actor.workspaceId, clientId: m.client.id, authorMemberId: m.author.memberId, authorContactId: m.author.contactId,
    body: m.body, slackChannel: m.slack?.channel ?? queued, slackTs: m.slack?.ts ?? null, slackThreadTs: m.slack?.threadTs ?? null,
    // The author has read their own message.
    readByTeamAt: fromClient ? null : now, readByClientAt: fromClient ? now : null, createdAt: now,
  });
  // A Slack event delivered twice (or under two event ids) is one message: (workspace, slack_channel, slack_ts) is unique.
  const [row] = await (m.slack ? insert.onConflictDoNothing({ target: [messages.workspaceId, messages.slackChannel, messages.slackTs] }) : insert).returning();
  if (!row) return null;
  // A team member who answers (on the web, in chat or in the Slack thread) has read what the client wrote before.
  if (!fromClient) await markReadByTeam(tx, ctx.actor.workspaceId, m.client.id, now, { beforeId: row.id });
  const summary = fromClient
    ? `${m.author.name} wrote in the ${m.client.name} portal: "${excerpt(m.body)}"`
    : `${m.author.name} wrote to ${m.client.name}${m.slack ? ' (from Slack)' : ''}: "${excerpt(m.body)}"`;
  const activityId = await recordActivity(tx, ctx, {
    verb: 'message.posted', entityType: 'message', entityId: row.id, clientId: m.client.id, summary,
    after: { from: fromClient ? 'client' : 'team', chars: m.body.length },
  });
  return { row, activityId };
}

export const viewOf = (row: MessageRow, authorName: string): MessageView => ({
  id: row.id, clientId: row.clientId, body: row.body, createdAt: row.createdAt.toISOString(),
  from: row.authorContactId !== null ? 'client' : 'team', authorName,
  unreadByClient: row.authorContactId === null && row.readByClientAt === null,
  unreadByTeam: row.authorContactId !== null && row.readByTeamAt === null,
});
