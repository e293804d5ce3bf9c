// The workspace's name and defaults, for anyone in it (changing them is updateWorkspaceSettings, owners and admins).
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { workspaces } from '../../db/schema';
import { NotFound } from '../../errors';
import type { WorkspaceSettings } from './update-workspace';

export async function readWorkspaceSettings(ctx: Ctx): Promise<WorkspaceSettings> {
  const [w] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, ctx.actor.workspaceId)).limit(1);
  if (!w) throw new NotFound('workspace');
  return { name: w.name, currency: w.defaultCurrency, country: w.country, paymentTerms: w.paymentTerms, reminderTone: w.reminderTone, messagesChannel: w.slackMessagesChannel };
}
