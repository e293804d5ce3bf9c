import { z } from 'zod';
import { archiveClient } from '../src/domain/clients/archive-client';
import { clientRef } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ArchiveClientInput = z.object({ client: clientRef });
type Input = z.infer<typeof ArchiveClientInput>;

export const archiveClientTool: ToolDescriptor<Input> = {
  name: 'archiveClient',
  description: 'Archives a client: hidden from active lists, everything kept.',
  input: ArchiveClientInput,
  risk: 'write',
  summarize: (input) => `Archive the client ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await archiveClient({ ctx, input });
    if (!r.changed) return clientChange(`${clientLabel(r.client)} is already archived; nothing changed.`, r.client, null, '');
    return clientChange(`Archived ${clientLabel(r.client)}.`, r.client, r.activityId, `Unarchive ${r.client.name}`);
  }),
};
