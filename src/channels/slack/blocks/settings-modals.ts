// Slack views for creating clients and for groups: the choice behind "/client new", the full New client form
// (everything for invoicing), a group's form (create or edit), and the client's group picker.
import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { FULL_FORM_FIELDS, fieldAt, labelAt } from '../../../domain/clients/client-forms';
import { REMINDER_TONES } from '../../../domain/clients/value-labels';
import type { ClientView } from '../../../domain/clients/views';
import type { GroupView } from '../../../domain/settings/create-group';
import { clip } from '../mrkdwn';
import { actions, button, section } from './elements';
import { modelInput, textInput } from './form-inputs';
import { clientContext, modal, plainContext } from './modal-view';

export const SETTINGS_ACTIONS = {
  newFull: 'newclient_full', newQuick: 'newclient_quick', pickGroup: 'group_pick', explain: 'group_explain',
} as const;
export const CLIENT_CREATE_FULL = 'client_create_full';
export const GROUP_FORM = 'group_form';
export const CLIENT_GROUP = 'client_group';
export const NO_GROUP = '__none__';
type Meta = { channelId?: string; threadTs?: string };

/** The ephemeral answer to "/client new": the full form or quick add. */
export function newClientChoice(): KnownBlock[] {
  return [
    section('*New client.* The full form asks for everything an invoice needs (contact person, email, billing address); quick add needs only a name.'),
    actions('new_client_choice', [button('Full form', SETTINGS_ACTIONS.newFull, 'full', 'primary'), button('Quick add', SETTINGS_ACTIONS.newQuick, 'quick')]),
  ];
}

/** Slack checks required inputs itself; the domain's 'full' policy checks them again and every value's form. */
export function fullClientModal(meta: Meta): ModalView {
  return modal(CLIENT_CREATE_FULL, 'New client', 'Create', meta, FULL_FORM_FIELDS.map((f) => modelInput(f, null, { optional: f.fullForm !== 'required' })));
}

const option = (text: string, value: string): PlainTextOption => ({ text: { type: 'plain_text', text: clip(text, 75) }, value });

function select(blockId: string, label: string, options: PlainTextOption[], initial?: string, optional = true): InputBlock {
  const chosen = options.find((o) => o.value === initial);
  return {
    type: 'input', block_id: blockId, optional, label: { type: 'plain_text', text: label },
    element: { type: 'static_select', action_id: 'value', options, ...(chosen ? { initial_option: chosen } : {}) },
  };
}

export function groupModal(group: GroupView | null, meta: Meta): ModalView {
  const tones = REMINDER_TONES.map((t) => option(t, t));
  return modal(GROUP_FORM, group ? 'Edit group' : 'New group', 'Save', { ...meta, groupId: group?.id }, [
    plainContext('Clients in the group take these settings when they set none themselves; leave one empty for the workspace default.'),
    textInput({ field: 'name', label: 'Name', optional: false, maxLength: 120 }, group?.name),
    modelInput(fieldAt('currency')!, group?.currency),
    modelInput(fieldAt('paymentTerms')!, group?.paymentTerms),
    select('reminderTone', labelAt('reminderTone'), tones, group?.reminderTone ?? undefined),
  ]);
}

export function clientGroupModal(client: ClientView, groups: GroupView[], meta: Meta): ModalView {
  const options = [option('No group', NO_GROUP), ...groups.slice(0, 99).map((g) => option(g.name, g.name))];
  return modal(CLIENT_GROUP, 'Client group', 'Save', { ...meta, clientId: client.id }, [
    clientContext(client),
    select('group', 'Group', options, client.groupName ?? NO_GROUP, false),
  ]);
}
