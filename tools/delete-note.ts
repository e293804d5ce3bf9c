import { z } from 'zod';
import { deleteNote, describeNoteToDelete } from '../src/domain/clients/delete-note';
import { clientRef } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const DeleteNoteToolInput = z.object({
  client: clientRef,
  note: z.union([z.string(), z.number()]).describe('"last" for the newest note, its number, or words from it ("the Friday call").'),
});
type Input = z.infer<typeof DeleteNoteToolInput> & { noteText?: string; clientName?: string };

export const deleteNoteTool: ToolDescriptor<Input> = {
  name: 'deleteNote',
  description: "Deletes one of a client's notes (its author, an owner or an admin may). Needs confirmation; it can be undone.",
  input: DeleteNoteToolInput,
  risk: 'destroys',
  // The confirmation quotes the note it found; a different one by the click ("last" after a new note) deletes nothing.
  fingerprint: ({ ctx, input }) => describeNoteToDelete(ctx, { client: input.client, note: input.note }),
  changedText: 'The note changed after it was confirmed (another note now matches, or it was deleted); nothing was deleted. Ask again.',
  summarize: (input) => (input.noteText ? `Delete the note of ${input.clientName}: "${input.noteText}"` : `Delete the note "${input.note}" of ${input.client}`),
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await deleteNote({ ctx, input: { client: input.client, note: input.note } });
    const words = r.note.body.length > 60 ? `${r.note.body.slice(0, 57)}...` : r.note.body;
    return clientChange(`Deleted the note "${words}" from ${clientLabel(r.client)}.`, r.client, r.activityId, 'Restore the note');
  }),
};
