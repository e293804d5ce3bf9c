import { z } from 'zod';
import { updateFollowUp } from '../src/domain/follow-ups/update-follow-up';
import { CompleteFollowUpToolInput } from './complete-follow-up';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const UpdateFollowUpToolInput = CompleteFollowUpToolInput.extend({
  due: z.string().optional().describe('The new day it is due, YYYY-MM-DD ("push it to Friday").'),
  text: z.string().optional().describe('New words for what to do.'),
  owner: z.union([z.string(), z.number()]).optional().describe('The teammate who is to do it now (a name or email).'),
});
type Input = z.infer<typeof UpdateFollowUpToolInput>;

export const updateFollowUpTool: ToolDescriptor<Input> = {
  name: 'updateFollowUp',
  description: "Changes an open follow-up: moves it to another day, rewords it, or gives it to a teammate; the client's open one, "
    + 'or the one named by its number or words. It can be undone.',
  input: UpdateFollowUpToolInput,
  risk: 'write',
  summarize: (input) => `Change the follow-up ${[input.client, input.followUp].filter((v) => v !== undefined).join(': ')}`
    + [input.due && ` to ${input.due}`, input.text && ` to "${input.text}"`, input.owner && ` for ${input.owner}`].filter(Boolean).join(','),
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await updateFollowUp({ ctx, input });
    const f = r.followUp;
    return {
      ok: true,
      text: `The follow-up for ${f.clientName} is due ${f.dueOn}${f.owner ? ` (${f.owner})` : ''}: ${f.text}.`,
      data: { kind: 'followUp', followUp: f },
      undo: { activityId: r.activityId, label: 'Change it back' },
    };
  }),
};
