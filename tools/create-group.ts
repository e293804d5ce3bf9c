import { z } from 'zod';
import { createGroup } from '../src/domain/settings/create-group';
import { groupLabel, settingFields } from './group-fields';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const CreateGroupInput = z.object({ name: z.string().min(1), ...settingFields });
type Input = z.infer<typeof CreateGroupInput>;

export const createGroupTool: ToolDescriptor<Input> = {
  name: 'createGroup',
  description: 'Creates a client group with optional currency, payment terms and reminder tone, which its clients take when they set none themselves.',
  input: CreateGroupInput,
  risk: 'write',
  summarize: (input) => `Create the group ${input.name}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await createGroup({ ctx, input });
    return {
      ok: true, text: `Created the group ${groupLabel(r.group)}.`, data: { kind: 'group', group: r.group },
      undo: { activityId: r.activityId, label: `Undo creating the group ${r.group.name}` },
    };
  }),
};
