// The frame every modal shares (callback id, metadata, title, submit, Cancel) and its plain-text context lines.
import type { KnownBlock, ModalView } from '@slack/types';
import { clip } from '../mrkdwn';

export const modal = (callbackId: string, title: string, submit: string, meta: object, blocks: KnownBlock[]): ModalView => ({
  type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(meta),
  title: { type: 'plain_text', text: title }, submit: { type: 'plain_text', text: submit }, close: { type: 'plain_text', text: 'Cancel' }, blocks,
});

/** A grey line of plain text above the inputs. */
export const plainContext = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'plain_text', text }] });

/** Which client the modal is about: "Acme GmbH · #C-0001". */
export const clientContext = (client: { name: string; number: string }): KnownBlock => plainContext(clip(`${client.name} · #${client.number}`, 150));
