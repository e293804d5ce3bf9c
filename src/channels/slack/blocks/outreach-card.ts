// An outreach draft as a card: who it goes to, the subject and the text, and Send (which asks for a
// confirmation bound to a server-side approval before anything is emailed).
import type { KnownBlock } from '@slack/types';
import type { OutreachDraftView } from '../../../domain/outreach/draft-outreach';
import { ACTIONS, actions, button, context, section, text } from './elements';

const recipient = (to: OutreachDraftView['to']) => (to.name && to.email ? `${to.name} <${to.email}>` : (to.email ?? to.name ?? 'the primary contact'));

export function outreachDraftCard(draft: OutreachDraftView): KnownBlock[] {
  const blocks: KnownBlock[] = [
    section(`:email: *Draft to ${text(recipient(draft.to))}* at ${text(draft.clientName)}\n*Subject:* ${text(draft.subject)}`),
    // Leave room under the 3,000-character section cap for the quote marks.
    section(text(draft.body.length > 2800 ? `${draft.body.slice(0, 2799)}…` : draft.body).split('\n').map((l) => `>${l}`).join('\n')),
  ];
  if (draft.status === 'sent') return [...blocks, context('Sent.')];
  blocks.push(context('Nothing is sent until you confirm. Edit the draft in the web app or ask me to change it.'));
  blocks.push(actions(`outreach_${draft.id}`, [button('Send', ACTIONS.sendOutreach, String(draft.id), 'primary')]));
  return blocks;
}

/** The exact action for the confirmation card. */
export const sendSummary = (d: { subject: string; clientName: string; to: OutreachDraftView['to'] }) =>
  `Send the email "${d.subject}" to ${recipient(d.to)} at ${d.clientName}`;
