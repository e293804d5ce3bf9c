// The message shortcut "Create client from message": reads the message and opens the new-client modal
// with what it found, for the person to check and confirm. The modal opens before anything slow.
// "Attach message to client" (handle-attach-message.ts) keeps a message on an existing client instead.
import type { App, MessageShortcut } from '@slack/bolt';
import { newClientModal } from './blocks/client-form-modal';
import { registerAttachMessage } from './handle-attach-message';
import { readMessageProposal } from './read-message-proposal';
import { resolveSlackActor } from './resolve-actor';
import type { SlackRuntime } from './slack-runtime';

export const CREATE_FROM_MESSAGE = 'create_client_from_message';

export function registerShortcut(bolt: App, rt: SlackRuntime): void {
  // The other message shortcut: a message about a client we already have becomes a note on it.
  registerAttachMessage(bolt, rt);
  bolt.shortcut({ callback_id: CREATE_FROM_MESSAGE, type: 'message_action' }, async ({ ack, shortcut, client }) => {
    await ack();
    const s = shortcut as MessageShortcut;
    const who = await resolveSlackActor(rt, client, { teamId: s.team?.id ?? s.user.team_id, userId: s.user.id, userTeamId: s.user.team_id });
    if (!who.ok) {
      await client.chat.postEphemeral({ channel: s.channel.id, user: s.user.id, text: who.message });
      return;
    }
    const proposal = readMessageProposal(s.message.text ?? '');
    const threadTs = (s.message as { thread_ts?: string }).thread_ts ?? s.message.ts;
    await client.views.open({ trigger_id: s.trigger_id, view: newClientModal(proposal, { channelId: s.channel.id, threadTs }) });
  });
}
