import { z } from 'zod';
import { findClients } from '../src/domain/clients/find-clients';
import { sayClientCount } from '../src/domain/clients/match-count';
import { sayMissing } from '../src/domain/clients/missing-details';
import { sayAmounts } from '../src/domain/ledger/money-totals';
import { findFilters } from './field-schemas';
import { clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const FindClientsToolInput = z.object(findFilters);
type Input = z.infer<typeof FindClientsToolInput>;

const SHOWN = 10;

export const findClientsTool: ToolDescriptor<Input> = {
  name: 'findClients',
  description: 'Lists clients matching filters (text, status, archived, country, industry, owner, group, created dates, a detail they lack), sorted, a page at a time (limit, offset).',
  input: FindClientsToolInput,
  risk: 'read',
  summarize: () => 'Find clients',
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await findClients({ ctx, input });
    // Sorted by revenue, each name carries its figures, so the order reads as the list shows it.
    const label = (c: (typeof r.clients)[number]) => (input.sort === 'revenue' ? `${clientLabel(c)} (${sayAmounts(c.totals, 'revenue') ?? 'no revenue'})` : clientLabel(c));
    const shown = r.clients.slice(0, SHOWN);
    const names = shown.map(label).join(', ');
    // A search over MATCH_COUNT_CAP matches says "Over 2,000 clients: ... and more." (it stopped counting); a page
    // asked smaller ("top 5") counts the rest after the names it shows.
    const more = r.over ? ' and more' : r.total > shown.length + (input.offset ?? 0) ? ` and ${(r.total - shown.length - (input.offset ?? 0)).toLocaleString('en')} more` : '';
    const lacking = input.missing ? sayMissing(String(input.missing)) : '';
    const count = `${sayClientCount(r)}${lacking ? ` ${lacking}` : ''}`;
    const text = r.total === 0 ? `No clients ${lacking || 'match'}.` : `${count[0].toUpperCase()}${count.slice(1)}: ${names}${more}.`;
    return { ok: true, text, data: { kind: 'clients', clients: r.clients, total: r.total, over: r.over, filters: { ...input } } };
  }),
};
