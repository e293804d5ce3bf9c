import { z } from 'zod';
import { sendOutreach } from '../src/domain/outreach/send-outreach';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const SendOutreachToolInput = z.object({
  draftId: z.number().int().positive().describe('The id of the outreach draft (from draftOutreach) to send.'),
});
type Input = z.infer<typeof SendOutreachToolInput>;

export const sendOutreachTool: ToolDescriptor<Input> = {
  name: 'sendOutreach',
  description: "Sends a stored outreach draft by email to the client's primary contact, once. Needs confirmation.",
  input: SendOutreachToolInput,
  destructive: true,
  summarize: (input) => `Send outreach draft #${input.draftId} to the client's primary contact`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await sendOutreach({ ctx, input });
    return {
      ok: true,
      text: r.alreadySent ? `That email was already sent to ${r.to}; nothing was sent again.` : `Sent "${r.draft.subject}" to ${r.to}.`,
      data: { kind: 'record', entity: 'outreach', id: r.draft.id, label: r.draft.subject },
    };
  }),
};
