// "Why is Acme billed in EUR?": each effective setting of a client with where it comes from (the client
// itself, its group, or the workspace default), as data and as a sentence. Without a client ("what's our default
// currency?"), the workspace's defaults.
import { z } from 'zod';
import type { Ctx } from '../../context';
import { requireClientAccess } from '../access';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { readWorkspaceSettings } from './read-workspace';
import { resolveClientSettings, SOURCE_CLIENT, SOURCE_WORKSPACE, type Resolved } from './resolve-settings';

export const SETTINGS = ['currency', 'paymentTerms', 'reminderTone'] as const;
export type SettingName = (typeof SETTINGS)[number];

export const ExplainSettingsInput = z.object({
  client: Ref.optional(),
  setting: z.enum(SETTINGS, { error: `must be one of ${SETTINGS.join(', ')}` }).optional(),
});

export type SettingExplanation = { setting: SettingName; value: string | number; from: 'client' | 'group' | 'workspace'; source: string; text: string };

/** "from the group Agencies", "set on Acme itself", "the workspace default". */
function origin(source: string, clientName: string): { from: SettingExplanation['from']; words: string } {
  if (source === SOURCE_CLIENT) return { from: 'client', words: `set on ${clientName} itself` };
  if (source === SOURCE_WORKSPACE) return { from: 'workspace', words: 'the workspace default' };
  return { from: 'group', words: source.replace(/^set on /, 'from ') };
}

function sentence(setting: SettingName, r: Resolved<string | number>, clientName: string, words: string): string {
  if (setting === 'currency') return `${clientName} is billed in ${r.value}, ${words}.`;
  if (setting === 'paymentTerms') return `${clientName}'s payment terms are ${r.value} days, ${words}.`;
  return `${clientName}'s payment reminders are ${r.value}, ${words}.`;
}

const DEFAULT_SENTENCE: Record<SettingName, (value: string | number) => string> = {
  currency: (v) => `Clients are billed in ${v} by default`,
  paymentTerms: (v) => `payment terms are ${v} days by default`,
  reminderTone: (v) => `payment reminders are ${v} by default`,
};

export async function explainSettings({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{
  client: { id: number; name: string; number: string } | null; settings: SettingExplanation[]; text: string;
}> {
  requireClientAccess(ctx.actor);
  const d = parseInput(ExplainSettingsInput, input);
  if (d.client === undefined) return explainDefaults(ctx, d.setting);
  const row = await resolveClient(ctx.db, ctx, d.client);
  const resolved = await resolveClientSettings(ctx.db, ctx, row);
  const settings = SETTINGS.filter((s) => !d.setting || s === d.setting).map((setting): SettingExplanation => {
    const r = resolved[setting];
    const { from, words } = origin(r.source, row.name);
    return { setting, value: r.value, from, source: r.source, text: sentence(setting, r, row.name, words) };
  });
  return { client: { id: row.id, name: row.name, number: row.number }, settings, text: settings.map((s) => s.text).join(' ') };
}

/** The workspace's own defaults, which a client without its own setting or group's gets. */
async function explainDefaults(ctx: Ctx, only: SettingName | undefined) {
  const w = await readWorkspaceSettings(ctx);
  const settings = SETTINGS.filter((s) => !only || s === only).map((setting): SettingExplanation => {
    const text = DEFAULT_SENTENCE[setting](w[setting]);
    return { setting, value: w[setting], from: 'workspace', source: SOURCE_WORKSPACE, text: `${text[0].toUpperCase()}${text.slice(1)}.` };
  });
  const text = settings.map((s) => s.text).join(' ');
  return { client: null, settings, text: `${text} A client's own setting, or its group's, comes first.` };
}
