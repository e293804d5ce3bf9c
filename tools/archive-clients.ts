import { z } from 'zod';
import { ArchiveClientsInput, archiveClients, describeClientsToArchive, sayNames } from '../src/domain/clients/archive-clients';
import { toolFilters } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ArchiveClientsToolInput = z.object(toolFilters(ArchiveClientsInput));
type Input = z.infer<typeof ArchiveClientsToolInput> & { count?: number; names?: string; ids?: string };

const plural = (n: number) => `${n.toLocaleString('en')} client${n === 1 ? '' : 's'}`;
const filtersSaid = (input: Record<string, unknown>) =>
  Object.entries(input).filter(([k, v]) => v !== undefined && !['count', 'names', 'ids'].includes(k)).map(([k, v]) => `${k} ${String(v)}`).join(', ');

export const archiveClientsTool: ToolDescriptor<Input> = {
  name: 'archiveClients',
  description: 'Archives every active client matching filters (those of findClients, without archived and sort), at most 500 at once: '
    + '"archive all inactive clients". At least one filter. Needs confirmation, which names them; one undo brings them all back.',
  input: ArchiveClientsToolInput,
  risk: 'destroys',
  // The confirmation names the clients the filters matched; another set by the click (a client added or changed) runs nothing.
  fingerprint: ({ ctx, input }) => describeClientsToArchive(ctx, input),
  changedText: 'Which clients match changed after it was confirmed; nothing was archived. Ask again.',
  summarize: (input) => `Archive ${input.count !== undefined ? plural(input.count) : 'every active client'} matching ${filtersSaid(input)}${input.names ? `: ${input.names}` : ''}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await archiveClients({ ctx, input });
    return {
      ok: true,
      text: `Archived ${plural(r.count)}: ${sayNames(r.names, r.count)}.`,
      undo: { activityId: r.activityId, label: `Unarchive the ${plural(r.count)}` },
    };
  }),
};
