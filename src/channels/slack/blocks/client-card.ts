// The client card: who the client is, what it owes, what is missing for invoicing, and what to do next.
import type { Button, KnownBlock } from '@slack/types';
import type { ClientView } from '../../../domain/clients/views';
import { ACTIONS, actions, button, context, money, section, STATUS_LABEL, text } from './elements';

export function clientCard(client: ClientView): KnownBlock[] {
  const id = String(client.id);
  const primary = client.primaryContact;
  const primaryText = primary ? [primary.name, primary.email].filter(Boolean).map((v) => text(v)).join(' · ') || '—' : '—';
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      block_id: `client_${id}`,
      text: { type: 'mrkdwn', text: `*${text(client.name)}*  #${text(client.number)}${client.archived ? '  _(archived)_' : ''}` },
      fields: [
        { type: 'mrkdwn', text: `*Status*\n${text(STATUS_LABEL[client.status] ?? client.status)}` },
        { type: 'mrkdwn', text: `*Owner*\n${text(client.ownerName)}` },
        { type: 'mrkdwn', text: `*Primary contact*\n${primaryText}` },
        { type: 'mrkdwn', text: `*Balance*\n${text(money(client.balance, client.currency))}` },
      ],
    },
  ];
  if (client.missingForInvoicing.length) {
    const list = client.missingForInvoicing.map((m) => text(m.label)).join(', ');
    blocks.push(section(`:warning: *Missing for invoicing:* ${list}`, button('Add details', ACTIONS.addDetails, id, 'primary')));
  }
  const buttons: Button[] = [button('Add contact', ACTIONS.addContact, id)];
  if (client.portalEnabled && !client.archived && client.contacts.some((c) => c.email && c.portalEnabled)) {
    buttons.push(button('Invite to portal', ACTIONS.invitePortal, id));
  }
  buttons.push(client.archived ? button('Unarchive', ACTIONS.unarchive, id) : button('Archive', ACTIONS.archive, id));
  if (client.status === 'inactive' || client.status === 'past') buttons.push(button('Draft outreach', ACTIONS.draftOutreach, id));
  blocks.push(actions(`client_actions_${id}`, buttons));
  return blocks;
}

/** The card without buttons, for places where only the facts matter (a confirmation, an export). */
export function clientLine(client: Pick<ClientView, 'name' | 'number' | 'status'>): KnownBlock {
  return context(`*${text(client.name)}* #${text(client.number)} · ${text(STATUS_LABEL[client.status] ?? client.status)}`);
}
