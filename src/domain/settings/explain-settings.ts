// "Why is Acme billed in EUR?": each effective setting of a client with where it comes from (the client
// itself, its group, or the workspace default), as data and as a sentence.
import { z } from 'zod';
import type { Ctx } from '../../context';
import { requireClientAccess } from '../access';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { resolveClientSettings, SOURCE_CLIENT, SOURCE_WORKSPACE, type Resolved } from './resolve-settings';

export const SETTINGS = ['currency', 'paymentTerms', 'reminderTone'] as const;
export type SettingName = (typeof SETTINGS)[number];

export const ExplainSettingsInput = z.object({
  client: Ref,
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

export async function explainSettings({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{
  client: { id: number; name: string; number: string }; settings: SettingExplanation[]; text: string;
}> {
  requireClientAccess(ctx.actor);
  const d = parseInput(ExplainSettingsInput, input);
  const row = await resolveClient(ctx.db, ctx, d.client);
  const resolved = await resolveClientSettings(ctx.db, ctx, row);
  const settings = SETTINGS.filter((s) => !d.setting || s === d.setting).map((setting): SettingExplanation => {
    const r = resolved[setting];
    const { from, words } = origin(r.source, row.name);
    return { setting, value: r.value, from, source: r.source, text: sentence(setting, r, row.name, words) };
  });
  return { client: { id: row.id, name: row.name, number: row.number }, settings, text: settings.map((s) => s.text).join(' ') };
}
