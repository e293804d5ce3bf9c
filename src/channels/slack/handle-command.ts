// /client: help answers at once (ephemeral); "/client new" and "/client edit <client>" open their form at once;
// "/client messages here" sets the workspace's messages channel (handle-messages-channel.ts);
// anything else is acked empty, shows "Working…" (ephemeral) while it goes to the agent as "/client <text>", and the
// answer replaces that placeholder through the command's response_url (while its budget lasts).
import type { App } from '@slack/bolt';
import { makeCtx } from '../../deps';
import { helpCard } from './blocks/help-card';
import { answerVia, fileSource, uploadFiles } from './deliver-message';
import { openCommandModal } from './open-command-modal';
import { newClientChoice } from './blocks/settings-modals';
import { messagesChannelCommand } from './handle-messages-channel';
import { NEW_CHOICE } from './handle-settings';
import { plainMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { commandConversation, runTurn } from './run-turn';
import type { SlackRuntime } from './slack-runtime';
import { showCommandWorking } from './working-state';

export const UPLOAD_FAILED = 'I could not upload the file into this channel. Invite @Clientele to the channel, or ask me in a direct message.';

export function registerCommand(bolt: App, rt: SlackRuntime): void {
  bolt.command('/client', async ({ command, ack, respond, client }) => {
    const text = (command.text ?? '').trim();
    if (!text || /^help\??$/i.test(text)) {
      await ack({ response_type: 'ephemeral', text: 'How to use /client', blocks: helpCard() });
      return;
    }
    if (NEW_CHOICE.test(text)) {
      await ack({ response_type: 'ephemeral', text: 'New client: full form or quick add?', blocks: newClientChoice() });
      return;
    }
    await ack();
    const answer = answerVia(rt, client, respond, { responseUrl: command.response_url, place: { channel: command.channel_id }, userId: command.user_id });
    const who = await resolveSlackActor(rt, client, { teamId: command.team_id, userId: command.user_id });
    if (!who.ok) return answer(plainMessage(who.message));
    const ctx = makeCtx(rt.deps, who.actor);
    const set = await messagesChannelCommand(rt, ctx, client, command);
    if (set) return answer(set);
    if (await openCommandModal(ctx, client, command)) return;
    const replaceWorking = await showCommandWorking(rt, respond, command.response_url, answer);
    const msg = await runTurn(rt, who.actor, commandConversation(command.team_id, command.channel_id, command.user_id), `/client ${text}`);
    await replaceWorking(msg);
    try {
      await uploadFiles(client, { channel: command.channel_id }, msg.files, fileSource(rt, who.actor));
    } catch (err) {
      // Typically not_in_channel: the bot can only upload where it is a member.
      rt.deps.log.warn({ err, channel: command.channel_id }, 'slack upload after /client failed');
      await answer(plainMessage(UPLOAD_FAILED));
    }
  });
}
