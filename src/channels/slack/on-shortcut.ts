// Every message shortcut the same way: ack at once, the person as a member (or, privately, why not), then the
// handler, which opens its modal first (a trigger_id lives 3 s).
import type { App, MessageShortcut, webApi } from '@slack/bolt';
import type { MemberActor } from '../../context';
import { resolveSlackActor } from './resolve-actor';
import type { SlackRuntime } from './slack-runtime';

export type Shortcut = { s: MessageShortcut; client: webApi.WebClient; actor: MemberActor; threadTs: string };

export function onMessageShortcut(bolt: App, rt: SlackRuntime, callbackId: string, handle: (shortcut: Shortcut) => Promise<void>): void {
  bolt.shortcut({ callback_id: callbackId, type: 'message_action' }, async ({ ack, shortcut, client }) => {
    await ack();
    const s = shortcut as MessageShortcut;
    const who = await resolveSlackActor(rt, client, { teamId: s.team?.id ?? s.user.team_id, userId: s.user.id, userTeamId: s.user.team_id });
    if (!who.ok) {
      await client.chat.postEphemeral({ channel: s.channel.id, user: s.user.id, text: who.message });
      return;
    }
    await handle({ s, client, actor: who.actor, threadTs: (s.message as { thread_ts?: string }).thread_ts ?? s.message.ts });
  });
}
