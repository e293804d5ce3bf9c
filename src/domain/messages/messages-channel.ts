// Which Slack channel a workspace's client message threads are mirrored in: the workspace's own setting (set by
// its owners and admins, updateWorkspaceSettings), else the default the mirror port gives (the deployment's
// SLACK_MESSAGES_CHANNEL, for its own workspace only), else none: that workspace is not mirrored. A setting of
// "off" (MESSAGES_OFF) mirrors nowhere, default or not; no setting (null) takes the default.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { workspaces } from '../../db/schema';

/** Stored for "off": never a Slack channel id (those start with C or G). */
export const MESSAGES_OFF = 'off';

/** The channel a workspace's setting means, given the default it would otherwise take. */
export const effectiveMessagesChannel = (setting: string | null | undefined, fallback: string | null): string | null =>
  setting === MESSAGES_OFF ? null : (setting ?? fallback);

export async function readMessagesChannel(db: DbOrTx, workspaceId: number, fallback: string | null): Promise<string | null> {
  const [w] = await db.select({ channel: workspaces.slackMessagesChannel }).from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return effectiveMessagesChannel(w?.channel, fallback);
}
