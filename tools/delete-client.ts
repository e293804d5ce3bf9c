import { z } from 'zod';
import { deleteClient } from '../src/domain/clients/delete-client';
import { clientRef } from './field-schemas';
import { clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';
import { ADMIN_ROLES } from '../src/domain/access';

// One reference only: a single approval can never delete more than one client.
export const DeleteClientInput = z.object({ client: clientRef });
type Input = z.infer<typeof DeleteClientInput>;

export const deleteClientTool: ToolDescriptor<Input> = {
  name: 'deleteClient',
  description: 'Deletes one client with its contacts, notes and projects. Refused for a client with issued invoices.',
  input: DeleteClientInput,
  risk: 'destroys',
  roles: ADMIN_ROLES,
  summarize: (input) => `Delete the client ${input.client} with its contacts, notes and projects`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await deleteClient({ ctx, input });
    return {
      ok: true,
      text: `Deleted ${clientLabel(r.deleted)}.`,
      data: { kind: 'record', entity: 'client', id: r.deleted.id, label: r.deleted.name },
      undo: { activityId: r.activityId, label: `Restore ${r.deleted.name}` },
    };
  }),
};
