import { z } from 'zod';
import { explainSettings, SETTINGS } from '../src/domain/settings/explain-settings';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ExplainSettingsInput = z.object({
  client: clientRef.optional().describe("The client whose settings to explain; without it, the workspace's defaults."),
  setting: z.enum(SETTINGS).optional().describe('Only this setting; without it, all three.'),
});
type Input = z.infer<typeof ExplainSettingsInput>;

export const explainSettingsTool: ToolDescriptor<Input> = {
  name: 'explainSettings',
  description: "A client's effective currency, payment terms and reminder tone, each with where it comes from: the client itself, its group, or the workspace default. Without a client, the workspace's defaults (\"what's our default currency?\").",
  input: ExplainSettingsInput,
  risk: 'read',
  summarize: (input) => (input.client ? `Explain the settings of ${input.client}` : "Explain the workspace's default settings"),
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await explainSettings({ ctx, input });
    return { ok: true, text: r.text, data: { kind: 'settings', client: r.client, settings: r.settings } };
  }),
};
