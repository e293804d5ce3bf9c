import { z } from 'zod';
import { createClient } from '../src/domain/clients/create-client';
import { clientFields } from './field-schemas';
import { completeFlag, stillNeeded, withPolicy } from './full-form';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const CreateClientInput = z.object({
  // No minimum here: an empty name is the domain's to refuse ('is required'), with every other missing field of the
  // full form at once (the web's New client form shows them all).
  name: z.string(), ...clientFields,
  complete: completeFlag,
});
type Input = z.infer<typeof CreateClientInput>;

export const createClientTool: ToolDescriptor<Input> = {
  name: 'createClient',
  description: 'Adds a client (a lead unless a status is given). email/phone/contactName also create its primary contact. '
    + 'If a client with the same name or website exists, nothing is added and the existing one is returned. '
    + 'complete: true asks for everything an invoice needs, reported at once when missing.',
  input: CreateClientInput,
  risk: 'write',
  summarize: (input) => `Add the client ${input.name}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const { complete, ...fields } = input;
    // The full form is the domain's 'full' policy (as on the web's New client and Slack's Full form).
    const r = await createClient({ ctx, input: withPolicy(fields, complete) }).catch((err: unknown) => { throw stillNeeded(err, complete); });
    // created: false for a duplicate, for a form's own answer ("… already exists; nothing was created").
    if (!r.created) {
      const out = clientChange(`${clientLabel(r.client)} already exists; nothing was added.`, r.client, null, '');
      return { ...out, data: { kind: 'client', client: r.client, created: false } };
    }
    const text = `Added ${clientLabel(r.client)} as ${r.client.status === 'active' ? 'an active client' : `a ${r.client.status}`}.`;
    const out = clientChange(text, r.client, r.activityId, `Undo adding ${r.client.name}`);
    return { ...out, data: { kind: 'client', client: r.client, created: true } };
  }),
};
