// The confirmation card for a destructive action: names the exact record, and binds Confirm / Cancel to
// the server-side approval id (the button carries nothing else; the approval row holds the action).
import type { KnownBlock } from '@slack/types';
import { escapeMrkdwn } from '../mrkdwn';
import { ACTIONS, actions, button, context, section } from './elements';

export type ApprovalCardData = { id: string; summary: string; expiresAt: string };

export function confirmationCard(approval: ApprovalCardData): KnownBlock[] {
  const expires = Math.floor(new Date(approval.expiresAt).getTime() / 1000);
  const when = Number.isFinite(expires) ? `<!date^${expires}^{time}|${escapeMrkdwn(approval.expiresAt)}>` : escapeMrkdwn(approval.expiresAt);
  return [
    section(`:warning: *Please confirm:* ${escapeMrkdwn(approval.summary)}`),
    context(`Only the person who asked, an owner or an admin can confirm. Expires at ${when}.`),
    actions(`approval_${approval.id}`, [
      button('Confirm', ACTIONS.confirm, approval.id, 'danger'),
      button('Cancel', ACTIONS.cancel, approval.id),
    ]),
  ];
}

/** What replaces the card once it is decided, so nobody clicks it again. */
export function decidedCard(summary: string, outcome: string): KnownBlock[] {
  return [section(`${escapeMrkdwn(outcome)}: ${escapeMrkdwn(summary)}`)];
}
