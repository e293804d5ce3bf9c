// Small Block Kit builders shared by the cards. Every string from data passes through escapeMrkdwn.
import type { Button, KnownBlock } from '@slack/types';
import { STATUS_LABELS } from '../../../domain/clients/value-labels';
import { clip, escapeMrkdwn } from '../mrkdwn';

export const ACTIONS = {
  show: 'client_show',
  addDetails: 'client_add_details',
  addContact: 'client_add_contact',
  invitePortal: 'client_invite_portal',
  archive: 'client_archive',
  unarchive: 'client_unarchive',
  draftOutreach: 'client_draft_outreach',
  confirm: 'approval_confirm',
  cancel: 'approval_cancel',
  undo: 'change_undo',
  sendOutreach: 'outreach_send',
} as const;
export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];

export const button = (text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button => ({
  type: 'button', text: { type: 'plain_text', text: clip(text, 75), emoji: true }, action_id: actionId, value, ...(style ? { style } : {}),
});

export const section = (markdown: string, accessory?: Button): KnownBlock => ({
  type: 'section', text: { type: 'mrkdwn', text: clip(markdown, 3000) }, ...(accessory ? { accessory } : {}),
});

export const context = (markdown: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(markdown, 3000) }] });

export const actions = (blockId: string, elements: Button[]): KnownBlock => ({ type: 'actions', block_id: blockId, elements: elements.slice(0, 25) });

/** Escaped plain text for mrkdwn fields; an empty value reads as a dash. */
export const text = (value: string | number | null | undefined): string => (value === null || value === undefined || value === '' ? '—' : escapeMrkdwn(String(value)));

export const STATUS_LABEL: Record<string, string> = STATUS_LABELS;

export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
