import { z } from 'zod';
import { updateClient } from '../src/domain/clients/update-client';
import { clearable, clientFields, clientRef, date } from './field-schemas';
import { clientChange, clientLabel, guard, humanFields } from './result-helpers';
import type { ToolDescriptor } from './types';

export const UpdateClientInput = z.object({
  client: clientRef,
  name: z.string().min(1).optional(),
  ...clearable({
    ...clientFields,
    paymentTerms: z.number().int().min(0).optional().describe('Days until an invoice is due.'),
    reminderTone: z.string().optional().describe('friendly, neutral or firm.'),
    startDate: date.optional(),
    endDate: date.optional(),
    group: z.string().optional().describe('The client group, e.g. "Agencies".'),
  }),
});
type Input = z.infer<typeof UpdateClientInput>;

export const updateClientTool: ToolDescriptor<Input> = {
  name: 'updateClient',
  description: "Changes a client's fields: status, contact details, address, currency, value, owner, group, terms, dates.",
  input: UpdateClientInput,
  destructive: false,
  summarize: (input) => `Update the client ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await updateClient({ ctx, input });
    const what = r.changed.length ? humanFields(r.changed) : 'nothing (already so)';
    return clientChange(`Updated ${clientLabel(r.client)}: ${what}.`, r.client, r.activityId,
      `Undo the change to ${r.client.name}`);
  }),
};
