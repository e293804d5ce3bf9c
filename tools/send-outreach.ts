import { z } from 'zod';
import { outreachEnvelope } from '../src/domain/outreach/outreach-envelope';
import { sendOutreach } from '../src/domain/outreach/send-outreach';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const SendOutreachToolInput = z.object({
  draftId: z.number().int().positive().describe('The id of the outreach draft (from draftOutreach) to send.'),
});
// `to` and `subject` are filled in for the confirmation text from the pinned envelope.
type Input = z.infer<typeof SendOutreachToolInput> & { to?: string | null; subject?: string };

export const sendOutreachTool: ToolDescriptor<Input> = {
  name: 'sendOutreach',
  description: "Sends a stored outreach draft by email to the client's primary contact, once. Needs confirmation.",
  input: SendOutreachToolInput,
  risk: 'sendsOutside',
  fingerprint: ({ ctx, input }) => outreachEnvelope(ctx, input.draftId),
  summarize: (input) => (input.subject
    ? `Send the email "${input.subject}" (draft #${input.draftId}) to ${input.to ?? "the client's primary contact"}`
    : `Send outreach draft #${input.draftId} to the client's primary contact`),
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await sendOutreach({ ctx, input });
    return {
      ok: true,
      text: r.alreadySent ? `That email was already sent to ${r.to}; nothing was sent again.` : `Sent "${r.draft.subject}" to ${r.to}.`,
      // Whom it went to, and whether it had gone already, for a page's own notice.
      data: { kind: 'record', entity: 'outreach', id: r.draft.id, label: r.draft.subject, to: r.to, alreadySent: r.alreadySent },
    };
  }),
};
