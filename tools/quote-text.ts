// How answers name a client's open quotes (showClient): drafts and sent ones still valid, newest first.
import type { ClientView } from '../src/domain/clients/views';
import { formatMoney } from '../src/domain/ledger/money-totals';
import { isOpen } from '../src/domain/quotes/quote-views';

/** ' Open quotes: Q-0002 "Logo" (€900.00, sent, valid until 2026-12-22).' or '' when there are none. */
export function openQuotesText(c: Pick<ClientView, 'quotes'>): string {
  const open = (c.quotes ?? []).filter(isOpen);
  if (!open.length) return '';
  const items = open.slice(0, 5).map((q) => `${q.number} "${q.title}" (${formatMoney(q.amount, q.currency)}, ${q.state === 'sent' ? 'sent' : 'draft'}${q.validUntil ? `, valid until ${q.validUntil}` : ''})`);
  const more = open.length > 5 ? `, and ${open.length - 5} more` : '';
  return ` Open quote${open.length === 1 ? '' : 's'}: ${items.join(', ')}${more}.`;
}
