import { z } from 'zod';
import { shareDocument } from '../src/domain/documents/share-document';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ShareDocumentToolInput = z.object({
  client: clientRef,
  document: z.union([z.string(), z.number()]).describe("The document: its title, file name, or number."),
  shared: z.boolean().describe('true shows it in the client portal; false keeps it for the team only.'),
});
type Input = z.infer<typeof ShareDocumentToolInput>;

export const shareDocumentTool: ToolDescriptor<Input> = {
  name: 'shareDocument',
  description: "Shows a client's document in its portal (shared: true) or hides it from the portal again (shared: false).",
  input: ShareDocumentToolInput,
  risk: 'sendsOutside',
  riskOf: ({ input }) => (input.shared ? 'sendsOutside' : 'write'),
  summarize: (input) => (input.shared ? `Share "${input.document}" in the ${input.client} portal` : `Hide "${input.document}" from the ${input.client} portal`),
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await shareDocument({ ctx, input });
    const state = r.document.shared ? `shared in the ${r.client.name} portal` : `team only (not in the ${r.client.name} portal)`;
    return {
      ok: true,
      text: r.changed ? `"${r.document.title}" is now ${state}.` : `"${r.document.title}" was already ${state}; nothing changed.`,
      data: { kind: 'document', document: r.document, client: r.client },
      ...(r.activityId ? { undo: { activityId: r.activityId, label: r.document.shared ? 'Hide it again' : 'Share it again' } } : {}),
    };
  }),
};
