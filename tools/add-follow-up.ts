import { z } from 'zod';
import { addFollowUp } from '../src/domain/follow-ups/add-follow-up';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const AddFollowUpToolInput = z.object({
  client: clientRef,
  text: z.string().describe('What to do, in a few words ("call about the renewal").'),
  due: z.string().describe('The day it is due, YYYY-MM-DD.'),
  owner: z.union([z.string(), z.number()]).optional().describe('The teammate who is to do it (a name or email); default: the person asking.'),
});
type Input = z.infer<typeof AddFollowUpToolInput>;

export const addFollowUpTool: ToolDescriptor<Input> = {
  name: 'addFollowUp',
  description: 'Plans something to do for a client by a day (a call, a reminder to chase): open until done; "what needs my attention?" and '
    + 'the App Home show it once due. It can be undone.',
  input: AddFollowUpToolInput,
  risk: 'write',
  summarize: (input) => `Plan for ${input.client} by ${input.due}: ${input.text}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await addFollowUp({ ctx, input });
    const f = r.followUp;
    return {
      ok: true,
      text: `Planned for ${f.clientName}, due ${f.dueOn}${f.owner ? ` (${f.owner})` : ''}: ${f.text}.`,
      data: { kind: 'followUp', followUp: f },
      undo: { activityId: r.activityId, label: `Remove the follow-up for ${f.clientName}` },
    };
  }),
};
