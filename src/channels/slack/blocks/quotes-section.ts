// The client card's open quotes (drafts, and sent ones still valid): number, title, amount, where each stands.
import type { KnownBlock } from '@slack/types';
import type { ClientView } from '../../../domain/clients/views';
import { formatMoney } from '../../../domain/ledger/money-totals';
import { isOpen } from '../../../domain/quotes/quote-views';
import { section, text } from './elements';

const MAX_QUOTES = 5;

export function openQuotesSection(client: Pick<ClientView, 'quotes'>): KnownBlock | null {
  // Cards stored before quotes existed (conversation history) have none.
  const open = (client.quotes ?? []).filter(isOpen);
  if (!open.length) return null;
  const lines = open.slice(0, MAX_QUOTES).map((q) => {
    const where = q.state === 'sent' ? 'sent, waiting for the client' : 'draft';
    return `• *${text(q.number)}* ${text(q.title)} · ${text(formatMoney(q.amount, q.currency))} · ${where}${q.validUntil ? `, valid until ${text(q.validUntil)}` : ''}`;
  });
  if (open.length > MAX_QUOTES) lines.push(`…and ${open.length - MAX_QUOTES} more`);
  return section(`*Open quotes*\n${lines.join('\n')}`);
}
