// The Add contact modal.
import type { KnownBlock, ModalView } from '@slack/types';
import { CONTACT_ROLE_LABELS, labelOf } from '../../../domain/clients/value-labels';
import { CONTACT_FIELDS, CONTACT_FLAGS, type ContactFieldDef } from '../../../domain/contacts/contact-fields';
import { textInput } from './form-inputs';
import { clientContext, modal } from './modal-view';

export const CONTACT_FORM = 'contact_form';

export function contactModal(client: { id: number; name: string; number: string }, meta: { channelId?: string; threadTs?: string }): ModalView {
  return modal(CONTACT_FORM, 'Add contact', 'Add', { clientId: client.id, ...meta }, [
    clientContext(client),
    ...(CONTACT_FIELDS as readonly ContactFieldDef[]).filter((f) => f.kind !== 'flag').map(contactInput),
    flagsInput(),
  ]);
}

/** One input per contact field (contact-fields.ts): the role as a select of its labels, the rest as text. */
function contactInput(f: ContactFieldDef): KnownBlock {
  if (f.kind !== 'select') return textInput({ field: f.key, label: f.label });
  return {
    type: 'input', block_id: f.key, optional: true, label: { type: 'plain_text', text: f.label },
    element: {
      type: 'static_select', action_id: 'value',
      options: (f.options ?? []).map((value) => ({ text: { type: 'plain_text', text: labelOf(CONTACT_ROLE_LABELS, value) }, value })),
    },
  };
}

/** The flags as one group of boxes, ticked where a new contact has them (portal access). */
function flagsInput(): KnownBlock {
  const options = CONTACT_FLAGS.map((f) => ({ text: { type: 'plain_text' as const, text: f.label }, value: f.key }));
  const initial = options.filter((o) => CONTACT_FLAGS.find((f) => f.key === o.value)?.initial);
  return {
    type: 'input', block_id: 'flags', optional: true, label: { type: 'plain_text', text: 'Make this contact' },
    element: { type: 'checkboxes', action_id: 'value', options, ...(initial.length ? { initial_options: initial } : {}) },
  };
}
