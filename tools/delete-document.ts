import { z } from 'zod';
import { deleteDocument } from '../src/domain/documents/delete-document';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

// One reference only: an approval deletes exactly the document it names.
export const DeleteDocumentToolInput = z.object({
  client: clientRef,
  document: z.union([z.string(), z.number()]).describe('The document: its title, file name, or number.'),
});
type Input = z.infer<typeof DeleteDocumentToolInput>;

export const deleteDocumentTool: ToolDescriptor<Input> = {
  name: 'deleteDocument',
  description: "Deletes one of a client's documents (from the team's list and the portal). It can be undone for a day.",
  input: DeleteDocumentToolInput,
  risk: 'destroys',
  summarize: (input) => `Delete the document "${input.document}" of ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await deleteDocument({ ctx, input });
    return {
      ok: true,
      text: `Deleted "${r.document.title}" from ${r.client.name}${r.document.shared ? ' and its portal' : ''}.`,
      data: { kind: 'record', entity: 'document', id: r.document.id, label: r.document.title },
      undo: { activityId: r.activityId, label: `Restore "${r.document.title}"` },
    };
  }),
};
