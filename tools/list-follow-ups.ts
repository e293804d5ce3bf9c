import { z } from 'zod';
import { LIST_FOLLOW_UPS_MAX, listFollowUps } from '../src/domain/follow-ups/list-follow-ups';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ListFollowUpsToolInput = z.object({
  scope: z.enum(['mine', 'workspace']).optional().describe('workspace: everyone\'s; default: the ones the person is to do.'),
  until: z.string().optional().describe('Only those due by this day, YYYY-MM-DD ("this week": its last day); left out: all open ones.'),
  limit: z.number().int().min(1).max(LIST_FOLLOW_UPS_MAX).optional().describe('At most this many (default 50).'),
});
type Input = z.infer<typeof ListFollowUpsToolInput>;

export const listFollowUpsTool: ToolDescriptor<Input> = {
  name: 'listFollowUps',
  description: 'Lists the open follow-ups, soonest first (overdue ones said): the person\'s own or everyone\'s, all or those due by a day. '
    + 'Changes nothing.',
  input: ListFollowUpsToolInput,
  risk: 'read',
  summarize: (input) => `List ${input.scope === 'workspace' ? "everyone's" : 'my'} follow-ups${input.until ? ` due by ${input.until}` : ''}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await listFollowUps({ ctx, input });
    const whose = r.scope === 'mine' ? 'Your' : "Everyone's";
    const by = r.until ? ` due by ${r.until}` : '';
    if (!r.items.length) return { ok: true, text: `${whose === 'Your' ? 'You have' : 'There are'} no open follow-ups${by}.`, data: { kind: 'followUps', ...r } };
    const lines = r.items.map((f) => `${f.dueOn}${f.overdue ? ' (overdue)' : ''} · ${f.clientName}: ${f.text}${r.scope === 'workspace' && f.owner ? ` (${f.owner})` : ''}`);
    return {
      ok: true,
      text: `${whose} open follow-ups${by}:\n${lines.join('\n')}${r.more ? `\n…and more; ${r.items.length} shown.` : ''}`,
      data: { kind: 'followUps', ...r },
    };
  }),
};
