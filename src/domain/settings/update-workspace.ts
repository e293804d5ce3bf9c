// The workspace's defaults (name, currency, country, payment terms, reminder tone) and its Slack messages channel
// (where client message threads are mirrored; "off": nowhere; null: the deployment's default); owners and admins only.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { workspaces } from '../../db/schema';
import { InvalidInput, NotFound } from '../../errors';
import { ADMIN_ROLES, requireRole } from '../access';
import { recordActivity } from '../activity/record-activity';
import { MESSAGES_OFF } from '../messages/messages-channel';
import { optCountry, optCurrency, optPaymentTerms, optReminderTone, optText } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';

export const UpdateWorkspaceInput = z.object({
  name: optText(120),
  currency: optCurrency,
  country: optCountry,
  paymentTerms: optPaymentTerms,
  reminderTone: optReminderTone,
  // A Slack channel id (C… public, G… private; names cannot be looked up without an extra scope), "off" to mirror
  // nowhere (even where the deployment has a default channel), or null for the default.
  messagesChannel: z.string().trim().toUpperCase().regex(/^(?:[CG][A-Z0-9]{6,30}|OFF)$/, 'a Slack channel id, like C0123ABCD, or "off"')
    .transform((v) => (v === 'OFF' ? MESSAGES_OFF : v)).nullish(),
});

export type WorkspaceSettings = {
  name: string; currency: string; country: string | null; paymentTerms: number; reminderTone: string; messagesChannel: string | null;
};

/** How each changed column reads in the history ("currency GBP, payment terms 14"). */
const SUMMARY_LABEL: Record<string, string> = { name: 'name', defaultCurrency: 'currency', country: 'country', paymentTerms: 'payment terms', reminderTone: 'reminder tone', slackMessagesChannel: 'Slack messages channel' };

export async function updateWorkspaceSettings({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{
  workspace: WorkspaceSettings; changed: string[]; activityId: number | null;
}> {
  requireRole(ctx.actor, ADMIN_ROLES, 'change workspace settings');
  const d = parseInput(UpdateWorkspaceInput, input);
  // Defaults cannot be emptied: every client falls back to them.
  for (const k of ['name', 'currency', 'paymentTerms', 'reminderTone'] as const) {
    if (d[k] === null) throw new InvalidInput([{ field: k, message: 'cannot be empty: it is the workspace default' }]);
  }
  return ctx.db.transaction(async (tx) => {
    const [w] = await tx.select().from(workspaces).where(eq(workspaces.id, ctx.actor.workspaceId)).limit(1);
    if (!w) throw new NotFound('workspace');
    const next = {
      name: d.name ?? w.name, defaultCurrency: d.currency ?? w.defaultCurrency,
      country: d.country !== undefined ? d.country : w.country,
      paymentTerms: d.paymentTerms ?? w.paymentTerms, reminderTone: d.reminderTone ?? w.reminderTone,
      slackMessagesChannel: d.messagesChannel !== undefined ? d.messagesChannel : w.slackMessagesChannel,
    };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(next)) {
      const old = w[k as keyof typeof w];
      if (old !== v) { before[k] = old; after[k] = v; }
    }
    const changed = Object.keys(after);
    const view = (r: typeof next) => ({
      name: r.name, currency: r.defaultCurrency, country: r.country, paymentTerms: r.paymentTerms, reminderTone: r.reminderTone, messagesChannel: r.slackMessagesChannel,
    });
    if (!changed.length) return { workspace: view(next), changed, activityId: null };
    await tx.update(workspaces).set(next).where(eq(workspaces.id, w.id));
    const activityId = await recordActivity(tx, ctx, {
      verb: 'workspace.updated', entityType: 'workspace', entityId: w.id, summary: `Changed workspace settings: ${changed.map((k) => `${SUMMARY_LABEL[k] ?? k} ${String(after[k] ?? 'none')}`).join(', ')}`, before, after,
    });
    return { workspace: view(next), changed, activityId };
  });
}
