import { z } from 'zod';
import { updateGroup } from '../src/domain/settings/update-group';
import { changesText } from './changes-text';
import { clearable } from './field-schemas';
import { groupLabel, groupRef, settingFields } from './group-fields';
import { guard, humanFields } from './result-helpers';
import type { ToolDescriptor } from './types';

export const UpdateGroupInput = z.object({
  group: groupRef,
  name: z.string().min(1).optional().describe('A new name for the group.'),
  ...clearable(settingFields),
});
type Input = z.infer<typeof UpdateGroupInput>;

export const updateGroupTool: ToolDescriptor<Input> = {
  name: 'updateGroup',
  description: "Renames a client group or changes its currency, payment terms or reminder tone (null clears one: its clients then follow the workspace).",
  input: UpdateGroupInput,
  risk: 'write',
  summarize: ({ group, ...changes }) => `Update the group ${group}${changesText(changes)}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await updateGroup({ ctx, input });
    const text = r.changed.length ? `Updated the group ${groupLabel(r.group)}: ${humanFields(r.changed)}.` : `Nothing changed on the group ${r.group.name}.`;
    return {
      ok: true, text, data: { kind: 'group', group: r.group },
      ...(r.activityId ? { undo: { activityId: r.activityId, label: `Undo the change to the group ${r.group.name}` } } : {}),
    };
  }),
};
