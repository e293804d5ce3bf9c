import { z } from 'zod';
import { removeContact } from '../src/domain/contacts/remove-contact';
import { clientRef, contactRef } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const RemoveContactInput = z.object({ client: clientRef, contact: contactRef });
type Input = z.infer<typeof RemoveContactInput>;

export const removeContactTool: ToolDescriptor<Input> = {
  name: 'removeContact',
  description: "Removes one contact from a client. Refused for a client's only contact.",
  input: RemoveContactInput,
  risk: 'destroys',
  summarize: (input) => `Remove the contact ${input.contact} from ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await removeContact({ ctx, input });
    const who = r.removed.name ?? r.removed.email ?? String(input.contact);
    return clientChange(`Removed ${who} from ${clientLabel(r.client)}.`, r.client, r.activityId, `Restore ${who}`);
  }),
};
