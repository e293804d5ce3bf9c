import { z } from 'zod';
import { completeFollowUp } from '../src/domain/follow-ups/complete-follow-up';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const CompleteFollowUpToolInput = z.object({
  client: clientRef.optional(),
  followUp: z.union([z.string(), z.number()]).optional().describe('Its number, or words from it; without it, the client\'s one open follow-up.'),
});
type Input = z.infer<typeof CompleteFollowUpToolInput>;

export const completeFollowUpTool: ToolDescriptor<Input> = {
  name: 'completeFollowUp',
  description: "Marks a follow-up done: the client's open one, or the one named by its number or words. It can be undone.",
  input: CompleteFollowUpToolInput,
  risk: 'write',
  summarize: (input) => `Mark done the follow-up ${[input.client, input.followUp].filter((v) => v !== undefined).join(': ')}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await completeFollowUp({ ctx, input });
    return {
      ok: true,
      text: `Done for ${r.followUp.clientName}: ${r.followUp.text}.`,
      data: { kind: 'followUp', followUp: r.followUp },
      undo: { activityId: r.activityId, label: 'Open it again' },
    };
  }),
};
