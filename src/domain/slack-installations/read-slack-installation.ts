// The installation that authorises a Slack request: which workspace a team is, and its bot token (opened from
// its sealed form). Read by the Slack channel before any listener runs, so it takes no actor.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { slackInstallations } from '../../db/schema';
import type { TokenSealer } from './token-sealer';

export type SlackInstallation = { workspaceId: number; teamId: string; teamName: string | null; botUserId: string | null; botToken: string };

export async function readSlackInstallation(db: DbOrTx, tokens: TokenSealer, teamId: string): Promise<SlackInstallation | null> {
  const [row] = await db.select().from(slackInstallations).where(eq(slackInstallations.teamId, teamId)).limit(1);
  if (!row) return null;
  return { workspaceId: row.workspaceId, teamId: row.teamId, teamName: row.teamName, botUserId: row.botUserId, botToken: await tokens.open(row.botTokenEncrypted) };
}
