import { z } from 'zod';
import { addNote } from '../src/domain/clients/add-note';
import { clientRef } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

// An empty note is the domain's to refuse ('is required'), as the Notes card shows it.
export const AddNoteInput = z.object({ client: clientRef, text: z.string() });
type Input = z.infer<typeof AddNoteInput>;

export const addNoteTool: ToolDescriptor<Input> = {
  name: 'addNote',
  description: "Appends a dated note to a client's notes; earlier notes are kept.",
  input: AddNoteInput,
  risk: 'write',
  summarize: (input) => `Add a note to ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await addNote({ ctx, input });
    return clientChange(`Added a note to ${clientLabel(r.client)}.`, r.client, r.activityId, `Remove the note on ${r.client.name}`);
  }),
};
