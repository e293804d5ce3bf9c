// recordSlackReply: a team member's reply in a client's mirrored Slack thread becomes a team message of that
// client (the portal shows it and the contacts are emailed, batched). Idempotent on (workspace, slack_channel, slack_ts):
// a retried or re-delivered event records nothing twice. A reply in any other thread is not a client message.
import { and, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients, messages } from '../../db/schema';
import { requireClientAccess } from '../access';
import { parseInput } from '../normalize/parse-input';
import { MessageBody } from './message-rules';
import { notifyContacts } from './notify-contacts';
import { saveMessage, viewOf } from './save-message';
import type { MessageView } from './message-views';

const SlackId = z.string().trim().min(1).max(40);
export const RecordSlackReplyInput = z.object({ channel: SlackId, ts: SlackId, threadTs: SlackId, text: MessageBody });

export type RecordedReply =
  | { recorded: true; message: MessageView; client: { id: number; name: string }; emailed: string[] }
  | { recorded: false; reason: 'not_a_client_thread' | 'duplicate' };

export async function recordSlackReply({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<RecordedReply> {
  const actor = requireClientAccess(ctx.actor);
  const data = parseInput(RecordSlackReplyInput, input);
  const ws = actor.workspaceId;
  const [thread] = await ctx.db.select({ id: clients.id, name: clients.name }).from(messages)
    .innerJoin(clients, and(eq(clients.id, messages.clientId), eq(clients.workspaceId, ws)))
    .where(and(eq(messages.workspaceId, ws), eq(messages.slackChannel, data.channel), eq(messages.slackThreadTs, data.threadTs), isNotNull(messages.slackTs)))
    .limit(1);
  if (!thread) return { recorded: false, reason: 'not_a_client_thread' };
  const saved = await ctx.db.transaction((tx) => saveMessage(tx, ctx, {
    client: thread, body: data.text, author: { memberId: actor.kind === 'member' ? actor.memberId : null, contactId: null, name: actor.name },
    slack: { channel: data.channel, ts: data.ts, threadTs: data.threadTs },
  }));
  if (!saved) return { recorded: false, reason: 'duplicate' };
  const emailed = await notifyContacts(ctx, saved.row);
  return { recorded: true, message: viewOf(saved.row, actor.name), client: thread, emailed };
}
