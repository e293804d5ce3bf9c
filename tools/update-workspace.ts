import { z } from 'zod';
import { updateWorkspaceSettings } from '../src/domain/settings/update-workspace';
import { changesText } from './changes-text';
import { settingFields } from './group-fields';
import { guard, humanFields } from './result-helpers';
import type { ToolDescriptor } from './types';
import { ADMIN_ROLES } from '../src/domain/access';

export const UpdateWorkspaceInput = z.object({ name: z.string().min(1).optional().describe("The workspace's name."), ...settingFields });
type Input = z.infer<typeof UpdateWorkspaceInput>;

const WORDS: Record<string, string> = { defaultCurrency: 'currency' };

export const updateWorkspaceTool: ToolDescriptor<Input> = {
  name: 'updateWorkspace',
  description: "Changes the workspace's name or its defaults (currency, payment terms, reminder tone) that clients without their own or a group's value follow.",
  input: UpdateWorkspaceInput,
  risk: 'write',
  roles: ADMIN_ROLES,
  summarize: (changes) => `Change the workspace settings${changesText(changes)}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await updateWorkspaceSettings({ ctx, input });
    const w = r.workspace;
    const now = `${w.currency}, ${w.paymentTerms} days, ${w.reminderTone} reminders`;
    const text = r.changed.length
      ? `Updated the workspace ${w.name}: ${humanFields(r.changed.map((k) => WORDS[k] ?? k))}. Defaults are now ${now}.`
      : `Nothing changed; the workspace defaults are ${now}.`;
    return {
      ok: true, text, data: { kind: 'workspace', workspace: w },
      ...(r.activityId ? { undo: { activityId: r.activityId, label: 'Undo the change to the workspace settings' } } : {}),
    };
  }),
};
