// Which Slack channel a workspace's client message threads are mirrored in: the workspace's own setting (set by
// its owners and admins, updateWorkspaceSettings), else the default the mirror port gives (the deployment's
// SLACK_MESSAGES_CHANNEL, for its own workspace only), else none: that workspace is not mirrored.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { workspaces } from '../../db/schema';

export async function readMessagesChannel(db: DbOrTx, workspaceId: number, fallback: string | null): Promise<string | null> {
  const [w] = await db.select({ channel: workspaces.slackMessagesChannel }).from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return w?.channel ?? fallback;
}
