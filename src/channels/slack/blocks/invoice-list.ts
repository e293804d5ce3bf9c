// The client card's open invoices: number, amount, balance, due date and when each was last emailed, with Send…
// (which asks for a confirmation bound to a server-side approval before anything is emailed).
import type { KnownBlock } from '@slack/types';
import type { ClientView } from '../../../domain/clients/views';
import { formatMoney } from '../../../domain/ledger/money-totals';
import { button, context, section, text } from './elements';

export const INVOICE_ACTIONS = { send: 'invoice_send' } as const;
// A message holds at most 50 blocks: the oldest few open invoices, then a count.
const MAX_SHOWN = 5;

type Row = ClientView['invoices'][number];
const open = (i: Row) => i.status === 'issued' && i.amountPaid < i.amount;

export function invoiceList(client: Pick<ClientView, 'invoices' | 'archived'>): KnownBlock[] {
  // Cards built from a partial view (a summary) carry no invoices.
  const rows = (client.invoices ?? []).filter(open).sort((a, b) => (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') || a.id - b.id);
  if (!rows.length || client.archived) return [];
  const line = (i: Row) => {
    const parts = [`*${text(i.number)}*`, `${text(formatMoney(i.amount, i.currency))}`, `balance ${text(formatMoney(i.amount - i.amountPaid, i.currency))}`,
      i.dueOn ? `due ${text(i.dueOn)}` : null, i.sentAt ? `_last sent ${text(`${i.sentAt.slice(0, 16).replace('T', ' ')} UTC`)}_` : '_not sent yet_'];
    return section(parts.filter(Boolean).join(' · '), button(i.sentAt ? 'Send again…' : 'Send…', INVOICE_ACTIONS.send, String(i.id)));
  };
  const blocks: KnownBlock[] = [section('*Open invoices*'), ...rows.slice(0, MAX_SHOWN).map(line)];
  if (rows.length > MAX_SHOWN) blocks.push(context(`…and ${rows.length - MAX_SHOWN} more: say "send invoice INV-…" to send one of those.`));
  return blocks;
}
