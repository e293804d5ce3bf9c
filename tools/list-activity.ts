import { z } from 'zod';
import { listActivity } from '../src/domain/activity/list-activity';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ListActivityToolInput = z.object({
  client: clientRef.optional().describe("Only this client's changes; without it, the whole workspace's."),
  since: z.iso.date().optional().describe('Only changes made on or after this day (YYYY-MM-DD), e.g. a week ago for "last week".'),
  limit: z.number().int().min(1).max(50).optional().describe('At most this many changes, newest first (default 10).'),
});
type Input = z.infer<typeof ListActivityToolInput>;

export const listActivityTool: ToolDescriptor<Input> = {
  name: 'listActivity',
  description: 'The history of changes, newest first: what was changed, by whom, when and from where (web, Slack, terminal), and '
    + 'which were undone; of one client or of the whole workspace. Changes nothing.',
  input: ListActivityToolInput,
  risk: 'read',
  summarize: (input) => `Show the history of ${input.client ?? 'the workspace'}${input.since ? ` since ${input.since}` : ''}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const ref = input.client === undefined ? '' : String(input.client).trim();
    const limit = input.limit ?? 10;
    const { activities, client } = await listActivity({ ctx, input: { client: ref || undefined, since: input.since, limit } });
    const whose = client ? client.name : 'the workspace';
    const when = input.since ? ` since ${input.since}` : '';
    if (!activities.length) return { ok: true, text: `No changes to ${whose}${when}.`, data: { kind: 'activity', activities } };
    const lines = activities.map((a) => `• ${a.createdAt.slice(0, 16).replace('T', ' ')} UTC, ${a.actorName ?? 'the system'} (${a.channel}): ${a.summary}${a.undoneAt ? ' (undone)' : ''}`);
    const more = activities.length === limit ? `\nThe latest ${limit} are shown; ask for more to see older ones.` : '';
    return { ok: true, text: `Changes to ${whose}${when}, newest first:\n${lines.join('\n')}${more}`, data: { kind: 'activity', activities } };
  }),
};
