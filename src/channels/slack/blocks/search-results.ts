// Search results: one compact line per client with its status, its money per currency and a Show button.
import type { KnownBlock } from '@slack/types';
import { type MatchCount, sayMatchCount } from '../../../domain/clients/match-count';
import type { ClientSummary } from '../../../domain/clients/views';
import { sayAmounts } from '../../../domain/ledger/money-totals';
import { ACTIONS, button, context, section, STATUS_LABEL, text } from './elements';

// A message holds at most 50 blocks; leave room for the answer text and the footer.
const MAX_ROWS = 20;

/** `count`: how many match (a number, or a search's count that stopped: { total: 2000, over: true }). */
export function searchResults(clients: ClientSummary[], count: number | MatchCount): KnownBlock[] {
  const { total, over } = typeof count === 'number' ? { total: count, over: false } : count;
  if (!clients.length) return [context('No clients match.')];
  const rows = clients.slice(0, MAX_ROWS).map((c) => {
    const where = [c.city, c.country].filter(Boolean).map((v) => text(v)).join(', ');
    // The list's figures: revenue and what is owed, each in its invoice currency.
    const revenue = sayAmounts(c.totals, 'revenue');
    const owed = sayAmounts(c.totals, 'outstanding');
    const money = [revenue ? `${revenue} revenue` : '', owed ? `${owed} outstanding` : ''].filter(Boolean).map((v) => text(v)).join(', ');
    const details = [`#${text(c.number)}`, text(STATUS_LABEL[c.status] ?? c.status), where, c.archived ? 'archived' : '', money].filter(Boolean).join(' · ');
    return section(`*${text(c.name)}*\n${details}`, button('Show', ACTIONS.show, String(c.id)));
  });
  const shown = Math.min(clients.length, MAX_ROWS);
  if (over || total > shown) rows.push(context(`Showing ${shown} of ${sayMatchCount({ total, over })}. Narrow the search to see the rest.`));
  return rows;
}
