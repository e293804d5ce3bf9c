// The installation that authorises a Slack request: which workspace a team is, and its bot token (opened from
// its sealed form). Read by the Slack channel before any listener runs, so it takes no actor.
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { slackInstallations } from '../../db/schema';
import type { TokenSealer } from './token-sealer';

export type SlackInstallation = { workspaceId: number; teamId: string; teamName: string | null; botUserId: string | null; botToken: string };

export async function readSlackInstallation(db: DbOrTx, tokens: TokenSealer, teamId: string): Promise<SlackInstallation | null> {
  const [row] = await db.select().from(slackInstallations).where(eq(slackInstallations.teamId, teamId)).limit(1);
  if (!row) return null;
  return { workspaceId: row.workspaceId, teamId: row.teamId, teamName: row.teamName, botUserId: row.botUserId, botToken: await tokens.open(row.botTokenEncrypted) };
}

/** The installation of a workspace's own Slack team (the one that posts its mirrored client threads), if any. */
export async function readWorkspaceInstallation(db: DbOrTx, tokens: TokenSealer, workspaceId: number): Promise<SlackInstallation | null> {
  const [row] = await db.select({ teamId: slackInstallations.teamId }).from(slackInstallations)
    .where(eq(slackInstallations.workspaceId, workspaceId)).orderBy(desc(slackInstallations.updatedAt)).limit(1);
  return row ? readSlackInstallation(db, tokens, row.teamId) : null;
}
