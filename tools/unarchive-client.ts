import { z } from 'zod';
import { unarchiveClient } from '../src/domain/clients/unarchive-client';
import { clientRef } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import { unarchiveReachesPortal } from '../src/domain/portal/portal-reach';
import { grantsIf } from './risk';
import type { ToolDescriptor } from './types';

export const UnarchiveClientInput = z.object({ client: clientRef });
type Input = z.infer<typeof UnarchiveClientInput>;

export const unarchiveClientTool: ToolDescriptor<Input> = {
  name: 'unarchiveClient',
  description: 'Brings an archived client back to the active lists.',
  input: UnarchiveClientInput,
  risk: 'grantsAccess',
  riskOf: ({ ctx, input }) => grantsIf(unarchiveReachesPortal(ctx, input)),
  summarize: (input) => `Unarchive the client ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await unarchiveClient({ ctx, input });
    if (!r.changed) return clientChange(`${clientLabel(r.client)} is already active; nothing changed.`, r.client, null, '');
    return clientChange(`Unarchived ${clientLabel(r.client)}.`, r.client, r.activityId, `Archive ${r.client.name} again`);
  }),
};
