import { z } from 'zod';
import { type Attention, listAttention } from '../src/domain/clients/list-attention';
import { formatMoney } from '../src/domain/ledger/money-totals';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ATTENTION_LISTS = ['all', 'unpaid', 'overdue', 'quotes', 'quiet', 'details', 'messages', 'followUps'] as const;

export const ListAttentionToolInput = z.object({
  show: z.enum(ATTENTION_LISTS).optional().describe(
    'One list: unpaid (issued invoices not fully paid, earliest due first), overdue (those past their due date), quotes (sent, not yet '
    + 'accepted or declined), quiet (active clients with no change for 90 days), details (active clients missing invoice details), '
    + 'messages (unread portal messages), followUps (follow-ups due by today, not done); default all.'),
  scope: z.enum(['mine', 'workspace']).optional().describe('workspace: every client, whoever owns it ("who owes us money?"); default: the clients the person owns, or all when they own none.'),
  limit: z.number().int().min(1).max(20).optional().describe('At most this many of each list (default 5).'),
});
type Input = z.infer<typeof ListAttentionToolInput>;
type Show = (typeof ATTENTION_LISTS)[number];

export const listAttentionTool: ToolDescriptor<Input> = {
  name: 'listAttention',
  description: 'What needs attention: unpaid and overdue invoices (who owes money), quotes awaiting an answer, active clients gone quiet, '
    + 'active clients missing invoice details, unread portal messages and follow-ups due. Changes nothing.',
  input: ListAttentionToolInput,
  risk: 'read',
  summarize: (input) => `List what needs attention${input.show && input.show !== 'all' ? ` (${input.show})` : ''}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await listAttention({ ctx, input: { limit: input.limit, scope: input.scope } });
    const show = input.show ?? 'all';
    const lines = SECTIONS.filter((s) => show === 'all' || s.show.includes(show)).map((s) => s.line(r, show));
    const said = show === 'all' ? lines.filter((l) => !l.startsWith('No ')) : lines;
    const text = said.length ? said.join('\n') : 'Nothing needs attention: no follow-ups due, unpaid invoices, open quotes, quiet clients, missing details or unread messages.';
    // Whose they are is said when they are only the person's own.
    const whose = r.scope === 'mine' ? "\nThese are for the clients you own; ask for the whole workspace's to see everyone's." : '';
    return { ok: true, text: `${text}${whose}`, data: { kind: 'attention', ...r } };
  }),
};

const more = (list: { more: boolean }) => (list.more ? '; and more' : '');
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'never');

const SECTIONS: Array<{ show: Show[]; line: (r: Attention, show: Show) => string }> = [
  {
    show: ['followUps'],
    line: (r) => (r.followUps.items.length
      ? `Follow-ups due: ${r.followUps.items.map((f) => `${f.clientName}: ${f.text} (${f.overdue ? `was due ${f.dueOn}` : 'today'}${f.owner ? `, ${f.owner}` : ''})`).join('; ')}${more(r.followUps)}.`
      : 'No follow-ups due.'),
  },
  {
    show: ['unpaid', 'overdue'],
    line: (r, show) => {
      const items = r.unpaidInvoices.items.filter((i) => show !== 'overdue' || i.overdue);
      const title = show === 'overdue' ? 'Overdue invoices' : 'Unpaid invoices';
      if (!items.length) return `No ${title.toLowerCase()}.`;
      const each = items.map((i) => `${i.number} ${i.clientName}, ${formatMoney(i.outstanding, i.currency)} outstanding${i.dueOn ? `, due ${i.dueOn}` : ''}${i.overdue ? ' (overdue)' : ''}`);
      return `${title}: ${each.join('; ')}${items.length === r.unpaidInvoices.items.length ? more(r.unpaidInvoices) : ''}.`;
    },
  },
  {
    show: ['quotes'],
    line: (r) => (r.openQuotes.items.length
      ? `Quotes awaiting an answer: ${r.openQuotes.items.map((q) => `${q.number} ${q.clientName} "${q.title}", ${formatMoney(q.amount, q.currency)}${q.validUntil ? `, valid until ${q.validUntil}` : ''}`).join('; ')}${more(r.openQuotes)}.`
      : 'No quotes awaiting an answer.'),
  },
  {
    show: ['quiet'],
    line: (r) => (r.dormant.items.length
      ? `Active clients gone quiet (no change in 90 days): ${r.dormant.items.map((c) => `${c.name} (last change ${day(c.lastActivityAt)})`).join(', ')}${more(r.dormant)}.`
      : 'No active clients gone quiet.'),
  },
  {
    show: ['details'],
    line: (r) => (r.missingDetails.items.length
      ? `Missing invoice details: ${r.missingDetails.items.map((c) => `${c.name} (${c.missing.join(', ')})`).join('; ')}${more(r.missingDetails)}.`
      : 'No active clients missing invoice details.'),
  },
  {
    show: ['messages'],
    line: (r) => (r.unreadMessages.items.length
      ? `Unread portal messages: ${r.unreadMessages.items.map((m) => `${m.clientName} (${m.unread})`).join(', ')}${more(r.unreadMessages)}.`
      : 'No unread portal messages.'),
  },
];
