import { z } from 'zod';
import { draftOutreach } from '../src/domain/outreach/draft-outreach';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const DraftOutreachToolInput = z.object({
  client: clientRef,
  goal: z.string().optional().describe('What the email should achieve, e.g. "offer a maintenance package".'),
});
type Input = z.infer<typeof DraftOutreachToolInput>;

export const draftOutreachTool: ToolDescriptor<Input> = {
  name: 'draftOutreach',
  description: "Drafts (does not send) a re-engagement email for an Inactive or Past client, addressed to its primary contact and grounded in the client's projects, invoices, last contact date and industry (never the team's notes). The draft is stored; sending is a separate confirmed step.",
  input: DraftOutreachToolInput,
  risk: 'write',
  summarize: (input) => `Draft an outreach email to ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await draftOutreach({ ctx, input });
    const to = r.draft.to.name ? `${r.draft.to.name} <${r.draft.to.email}>` : r.draft.to.email;
    return {
      ok: true,
      text: `Drafted an email to ${to} at ${r.draft.clientName}: "${r.draft.subject}". Edit it or send it when ready.`,
      data: { kind: 'outreachDraft', draft: r.draft, facts: r.facts },
    };
  }),
};
