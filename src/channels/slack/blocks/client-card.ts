// The client card: who the client is, what it owes, its contacts and their portal access, its open quotes and
// follow-ups, what is missing for invoicing, and what to do next.
import type { Button, KnownBlock } from '@slack/types';
import { labelAt } from '../../../domain/clients/client-forms';
import type { ClientView, ContactView } from '../../../domain/clients/views';
import { amountsOf } from '../../../domain/ledger/money-totals';
import { ACTIONS, actions, button, context, section, STATUS_LABEL, text } from './elements';
import { invoiceList } from './invoice-list';
import { openQuotesSection } from './quotes-section';
import { SETTINGS_ACTIONS } from './settings-modals';

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
        { type: 'mrkdwn', text: `*${labelAt('status')}*\n${text(STATUS_LABEL[client.status] ?? client.status)}` },
        { type: 'mrkdwn', text: `*${labelAt('owner')}*\n${text(client.ownerName)}` },
        { type: 'mrkdwn', text: `*${labelAt('contactName')}*\n${primaryText}` },
        { type: 'mrkdwn', text: `*Outstanding*\n${figures(client, 'outstanding', 'Nothing outstanding')}` },
        { type: 'mrkdwn', text: `*Revenue*\n${figures(client, 'revenue', 'No invoices yet')}${client.invoiceCount ? ` · ${plural(client.invoiceCount, 'invoice')}` : ''}` },
      ],
    },
  ];
  if (client.contacts.length) blocks.push(contactsSection(client.contacts));
  const quotes = openQuotesSection(client);
  if (quotes) blocks.push(quotes);
  const followUps = followUpsSection(client);
  if (followUps) blocks.push(followUps);
  if (client.missingForInvoicing.length) {
    const list = client.missingForInvoicing.map((m) => text(m.label)).join(', ');
    blocks.push(section(`:warning: *Missing for invoicing:* ${list}`, button('Add details', ACTIONS.addDetails, id, 'primary')));
  }
  blocks.push(...invoiceList(client));
  const buttons: Button[] = [button('Add contact', ACTIONS.addContact, id)];
  if (client.portalEnabled && !client.archived && client.contacts.some((c) => c.email && c.portalEnabled)) {
    buttons.push(button('Invite to portal', ACTIONS.invitePortal, id));
  }
  buttons.push(client.archived ? button('Unarchive', ACTIONS.unarchive, id) : button('Archive', ACTIONS.archive, id));
  if (client.status === 'inactive' || client.status === 'past') buttons.push(button('Draft outreach', ACTIONS.draftOutreach, id));
  buttons.push(button(client.groupName ? `Group: ${client.groupName}` : 'Group…', SETTINGS_ACTIONS.pickGroup, id),
    button('Why these settings?', SETTINGS_ACTIONS.explain, id));
  blocks.push(actions(`client_actions_${id}`, buttons));
  return blocks;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** One line per currency the client was invoiced in (amounts are never added across currencies). */
function figures(client: ClientView, key: 'revenue' | 'outstanding', none: string): string {
  const lines = amountsOf(client.totals, key);
  return lines.length ? lines.map((l) => text(l)).join('\n') : `_${none}_`;
}

/** The card without buttons, for places where only the facts matter (a confirmation, an export). */
export function clientLine(client: Pick<ClientView, 'name' | 'number' | 'status'>): KnownBlock {
  return context(`*${text(client.name)}* #${text(client.number)} · ${text(STATUS_LABEL[client.status] ?? client.status)}`);
}

const MAX_FOLLOW_UPS = 5;

/** The open follow-ups, soonest first, overdue said (cards stored before follow-ups existed have none). */
function followUpsSection(client: Pick<ClientView, 'followUps'>): KnownBlock | null {
  const open = client.followUps ?? [];
  if (!open.length) return null;
  const lines = open.slice(0, MAX_FOLLOW_UPS).map((f) =>
    `• ${f.overdue ? `_was due ${f.dueOn}_` : text(f.dueOn)} · ${text(f.text)}${f.owner ? ` · ${text(f.owner)}` : ''}`);
  if (open.length > MAX_FOLLOW_UPS) lines.push(`…and ${open.length - MAX_FOLLOW_UPS} more`);
  return section(`*Follow-ups*\n${lines.join('\n')}`);
}

// A message holds at most 50 blocks and a section 3,000 characters: the first contacts, then a count.
const MAX_CONTACTS = 10;

/** One line per contact: name, email, role, and portal status with the last sign-in (in the reader's time zone). */
function contactsSection(contacts: ContactView[]): KnownBlock {
  const lines = contacts.slice(0, MAX_CONTACTS).map((c) => {
    const who = [c.name, c.email].filter(Boolean).map((v) => text(v)).join(' · ') || '—';
    const tags = [c.isPrimary ? 'primary' : '', c.isBillingDefault ? 'billing' : ''].filter(Boolean).join(', ');
    return `• ${who}${tags ? ` _(${tags})_` : ''}\n   ${portalStatus(c)}`;
  });
  if (contacts.length > MAX_CONTACTS) lines.push(`…and ${contacts.length - MAX_CONTACTS} more`);
  return section(`*Contacts*\n${lines.join('\n')}`);
}

export function portalStatus(c: Pick<ContactView, 'portalEnabled' | 'portalLastSignInAt' | 'email'>): string {
  if (!c.portalEnabled) return 'Portal: off';
  if (!c.email) return 'Portal: on, no email to sign in with';
  if (!c.portalLastSignInAt) return 'Portal: on, never signed in';
  const at = new Date(c.portalLastSignInAt);
  const seconds = Math.floor(at.getTime() / 1000);
  if (!Number.isFinite(seconds)) return 'Portal: on';
  return `Portal: on, last sign-in <!date^${seconds}^{date_short_pretty} at {time}|${at.toISOString().slice(0, 16).replace('T', ' ')} UTC>`;
}
