// Work a restart cut off after its ack: Slack never sends a delivery again once acknowledged, so the person would
// see "Working…" for ever. releaseOrphanedClaims and recordUnclaimedCommands mark them interrupted; these find each
// one still answerable (a slash command's response_url lasts 30 minutes; a mention's, DM's or click's thread is
// posted to with the bot token) with what its sender changed meanwhile; interruption-reports.ts takes and settles each.
import { and, asc, eq, gte, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, members, slackEvents } from '../../db/schema';

export const RESPONSE_URL_VALID_MS = 30 * 60 * 1000;

/**
 * Where a report goes: `responseUrl` while it is valid (a slash command's, privately), else `thread` (the bot token;
 * the placeholder replaced if one was posted; a command's: the person's DM).
 */
export type InterruptedCommand = {
  key: string;
  teamId: string | null;
  /** A slash command (quoted as typed), not a message, click or form. */
  command: boolean;
  responseUrl: string | null;
  thread: { channel: string; threadTs: string | null; placeholderTs: string | null } | null;
  text: string;
  /** Summaries of the history rows its sender wrote in Slack between its claim and the restart; null if unknown. */
  changes: string[] | null;
};

/**
 * Reports still to send, none taken (a taken one is being sent, or waits for the next start to give it back).
 * `threads`: whether the caller can post in threads (Slack's bot is configured); if not, only those with a valid
 * answer URL, the others waiting for a start that can.
 */
export async function interruptedCommands(db: Db, now: Date, opts: { threads?: boolean } = {}): Promise<InterruptedCommand[]> {
  // An answer URL past its 30 minutes answers nothing: drop it (it is a credential while it lasts).
  await db
    .update(slackEvents)
    .set({ responseUrl: null })
    .where(and(isNotNull(slackEvents.responseUrl), lt(slackEvents.createdAt, new Date(now.getTime() - RESPONSE_URL_VALID_MS))));
  const claims = await db
    .select()
    .from(slackEvents)
    .where(
      and(
        eq(slackEvents.status, 'failed'),
        isNotNull(slackEvents.interruptedAt),
        isNull(slackEvents.reportedAt),
        isNull(slackEvents.reportingAt),
        opts.threads ? undefined : isNotNull(slackEvents.responseUrl),
      ),
    );
  const found: InterruptedCommand[] = [];
  for (const c of claims) {
    const thread = c.channel ? { channel: c.channel, threadTs: c.threadTs, placeholderTs: c.placeholderTs } : null;
    const text = c.commandText ?? '';
    // A slash command's text is the command as typed ("/client …"); the others' say what it was ("your message …").
    const command = text.startsWith('/');
    found.push({ key: c.eventId, teamId: c.teamId, command, responseUrl: c.responseUrl, thread, text, changes: await changesBy(db, c) });
  }
  return found;
}

type ClaimRow = typeof slackEvents.$inferSelect;

// Writes are transactions with their history row, so the log says whether the command's write happened. The
// sender's other Slack writes of that window show too: the person is told to check, never that one is theirs.
async function changesBy(db: Db, c: ClaimRow): Promise<string[] | null> {
  if (!c.teamId || !c.slackUserId || !c.interruptedAt) return null;
  const sender = await db
    .select({ id: members.id, workspaceId: members.workspaceId })
    .from(members)
    .where(and(eq(members.slackTeamId, c.teamId), eq(members.slackUserId, c.slackUserId)));
  // Not a member yet (or several workspaces' member): nothing written by the command can be told apart.
  if (sender.length !== 1) return sender.length ? null : [];
  const rows = await db
    .select({ summary: activities.summary })
    .from(activities)
    .where(
      and(
        eq(activities.workspaceId, sender[0].workspaceId),
        eq(activities.actorMemberId, sender[0].id),
        eq(activities.channel, 'slack'),
        gte(activities.createdAt, c.createdAt),
        lte(activities.createdAt, c.interruptedAt),
      ),
    )
    .orderBy(asc(activities.id))
    .limit(10);
  return rows.map((r) => r.summary);
}
