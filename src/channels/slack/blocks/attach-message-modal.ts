// "Attach message to client": which existing client, and the note to keep (the message's text, editable).
// The note is saved with a link back to the message.
import type { ModalView } from '@slack/types';
import { clip } from '../mrkdwn';

export const MESSAGE_ATTACH = 'message_attach';
/** Slack's limit for a text input's value. */
const NOTE_MAX = 3000;

export type AttachMeta = { channelId: string; messageTs: string; threadTs: string };

export function attachMessageModal(initial: { client?: string; note: string }, meta: AttachMeta): ModalView {
  return {
    type: 'modal',
    callback_id: MESSAGE_ATTACH,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: 'Attach to a client' },
    submit: { type: 'plain_text', text: 'Attach' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'context', elements: [{ type: 'plain_text', text: 'Saved as a note on the client, with a link to the message.' }] },
      {
        type: 'input', block_id: 'client', label: { type: 'plain_text', text: 'Client' },
        element: { type: 'plain_text_input', action_id: 'value', placeholder: { type: 'plain_text', text: 'Name, number or email' }, ...(initial.client ? { initial_value: clip(initial.client, 150) } : {}) },
      },
      {
        type: 'input', block_id: 'note', label: { type: 'plain_text', text: 'Note' },
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: NOTE_MAX, ...(initial.note ? { initial_value: initial.note.slice(0, NOTE_MAX) } : {}) },
      },
    ],
  };
}
