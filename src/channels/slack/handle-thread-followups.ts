// Follow-ups in a channel thread where Clientele already answered need no new mention: a message in such a
// thread (message.channels / message.groups) is answered like a mention. Other threads, top-level messages and
// messages that mention the bot (answered as app_mention) are left alone, as are the mirrored client threads.
import type { App } from '@slack/bolt';
import { hasConversation } from '../../agent/thread-memory';
import { answer, deliveryKeyOf, type IncomingMessage } from './handle-messages';
import { teamMessagesChannel } from './handle-thread-replies';
import { threadConversation } from './run-turn';
import type { SlackRuntime } from './slack-runtime';

export function registerThreadFollowUps(bolt: App, rt: SlackRuntime): void {
  bolt.event('message', async ({ event, body, client, context }) => {
    const msg = event as unknown as IncomingMessage;
    if (msg.channel_type !== 'channel' && msg.channel_type !== 'group') return;
    if (!msg.thread_ts || msg.thread_ts === msg.ts || !msg.user || msg.bot_id) return;
    if (msg.subtype && msg.subtype !== 'file_share') return;
    const teamId = (body as { team_id?: string }).team_id;
    if (!teamId) return;
    // The team's messages channel holds client threads (handle-thread-replies.ts), not conversations with Clientele.
    const { channel, botUserId } = await teamMessagesChannel(rt, teamId);
    if (msg.channel === channel || msg.user === botUserId || (msg.text ?? '').includes(`<@${botUserId}`)) return;
    // The thread's conversation exists once Clientele has answered in it (for anyone there).
    if (!(await hasConversation(rt.deps.db, 'slack', threadConversation(teamId, msg.channel, msg.thread_ts)))) return;
    await answer(rt, client, { team_id: teamId }, msg, { key: deliveryKeyOf(context) });
  });
}
