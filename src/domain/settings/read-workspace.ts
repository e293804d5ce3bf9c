// The workspace's name and defaults, for anyone in it (changing them is updateWorkspaceSettings, owners and admins).
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { workspaces } from '../../db/schema';
import { NotFound } from '../../errors';
import type { WorkspaceSettings } from './update-workspace';

// Every chat turn reads it (the prompt names the workspace): built once (src/db/prepared.ts).
const workspaceQuery = preparedPer((db: DbOrTx) => db.select().from(workspaces).where(eq(workspaces.id, sql.placeholder('id'))).limit(1).prepare());

export async function readWorkspaceSettings(ctx: Ctx): Promise<WorkspaceSettings> {
  const [w] = await workspaceQuery(ctx.db).all({ id: ctx.actor.workspaceId });
  if (!w) throw new NotFound('workspace');
  return { name: w.name, currency: w.defaultCurrency, country: w.country, paymentTerms: w.paymentTerms, reminderTone: w.reminderTone, messagesChannel: w.slackMessagesChannel };
}
