import { z } from 'zod';
import { createClient } from '../src/domain/clients/create-client';
import { clientFields } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const CreateClientInput = z.object({ name: z.string().min(1), ...clientFields });
type Input = z.infer<typeof CreateClientInput>;

export const createClientTool: ToolDescriptor<Input> = {
  name: 'createClient',
  description: 'Adds a client (a lead unless a status is given). email/phone/contactName also create its primary contact. '
    + 'If a client with the same name or website exists, nothing is added and the existing one is returned.',
  input: CreateClientInput,
  risk: 'write',
  summarize: (input) => `Add the client ${input.name}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await createClient({ ctx, input });
    if (!r.created) {
      const out = clientChange(`${clientLabel(r.client)} already exists; nothing was added.`, r.client, null, '');
      return out;
    }
    const text = `Added ${clientLabel(r.client)} as ${r.client.status === 'active' ? 'an active client' : `a ${r.client.status}`}.`;
    return clientChange(text, r.client, r.activityId, `Undo adding ${r.client.name}`);
  }),
};
