// The Add contact modal.
import type { ModalView } from '@slack/types';
import { CONTACT_ROLE_LABELS, CONTACT_ROLES } from '../../../domain/clients/value-labels';
import { clip } from '../mrkdwn';
import { textInput } from './form-inputs';

export const CONTACT_FORM = 'contact_form';

export function contactModal(client: { id: number; name: string; number: string }, meta: { channelId?: string; threadTs?: string }): ModalView {
  return {
    type: 'modal',
    callback_id: CONTACT_FORM,
    private_metadata: JSON.stringify({ clientId: client.id, ...meta }),
    title: { type: 'plain_text', text: 'Add contact' },
    submit: { type: 'plain_text', text: 'Add' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'context', elements: [{ type: 'plain_text', text: clip(`${client.name} · #${client.number}`, 150) }] },
      textInput({ field: 'name', label: 'Name' }),
      textInput({ field: 'email', label: 'Email' }),
      textInput({ field: 'phone', label: 'Phone' }),
      textInput({ field: 'jobTitle', label: 'Job title' }),
      {
        type: 'input', block_id: 'role', optional: true, label: { type: 'plain_text', text: 'Role' },
        element: {
          type: 'static_select', action_id: 'value',
          options: CONTACT_ROLES.map((value) => ({ text: { type: 'plain_text', text: CONTACT_ROLE_LABELS[value] }, value })),
        },
      },
      {
        type: 'input', block_id: 'flags', optional: true, label: { type: 'plain_text', text: 'Make this contact' },
        element: {
          type: 'checkboxes', action_id: 'value',
          options: [{ text: { type: 'plain_text', text: 'Primary contact' }, value: 'primary' }, { text: { type: 'plain_text', text: 'Billing contact' }, value: 'billingDefault' }],
        },
      },
    ],
  };
}
