// "Attach message to client": which existing client, and the note to keep (the message's text, editable).
// The note is saved with a link back to the message.
import type { ModalView } from '@slack/types';
import { clip } from '../mrkdwn';
import { textInput } from './form-inputs';
import { modal, plainContext } from './modal-view';

export const MESSAGE_ATTACH = 'message_attach';
/** Slack's limit for a text input's value (and so its default max_length). */
const NOTE_MAX = 3000;

export type AttachMeta = { channelId: string; messageTs: string; threadTs: string };

export function attachMessageModal(initial: { client?: string; note: string }, meta: AttachMeta): ModalView {
  return modal(MESSAGE_ATTACH, 'Attach to a client', 'Attach', meta, [
    plainContext('Saved as a note on the client, with a link to the message.'),
    textInput({ field: 'client', label: 'Client', optional: false, maxLength: NOTE_MAX, placeholder: 'Name, number or email' }, initial.client ? clip(initial.client, 150) : undefined),
    textInput({ field: 'note', label: 'Note', optional: false, multiline: true, maxLength: NOTE_MAX }, initial.note.slice(0, NOTE_MAX)),
  ]);
}
