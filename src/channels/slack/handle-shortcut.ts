// The message shortcut "Create client from message": reads the message and opens the new-client modal
// with what it found, for the person to check and confirm. The modal opens before anything slow.
// "Attach message to client" (handle-attach-message.ts) keeps a message on an existing client instead.
import type { App } from '@slack/bolt';
import { newClientModal } from './blocks/client-form-modal';
import { registerAttachMessage } from './handle-attach-message';
import { readMessageProposal } from './read-message-proposal';
import { onMessageShortcut } from './on-shortcut';
import type { SlackRuntime } from './slack-runtime';

export const CREATE_FROM_MESSAGE = 'create_client_from_message';

export function registerShortcut(bolt: App, rt: SlackRuntime): void {
  // The other message shortcut: a message about a client we already have becomes a note on it.
  registerAttachMessage(bolt, rt);
  onMessageShortcut(bolt, rt, CREATE_FROM_MESSAGE, async ({ s, client, threadTs }) => {
    const proposal = readMessageProposal(s.message.text ?? '');
    await client.views.open({ trigger_id: s.trigger_id, view: newClientModal(proposal, { channelId: s.channel.id, threadTs }) });
  });
}
