// Work a restart cut off after its ack: Slack never sends a delivery again once acknowledged, so the person would
// see "Working…" for ever. releaseOrphanedClaims and recordUnclaimedCommands mark them interrupted; these find each
// one still answerable (a slash command's response_url lasts 30 minutes; a mention's, DM's or click's thread is
// posted to with the bot token) with what its sender changed meanwhile, and take each report once.
import { and, asc, eq, gte, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, members, slackEvents } from '../../db/schema';

export const RESPONSE_URL_VALID_MS = 30 * 60 * 1000;

/** Where a report goes: `thread` (the bot token; the placeholder replaced if one was posted), else `responseUrl`. */
export type InterruptedCommand = {
  key: string;
  teamId: string | null;
  responseUrl: string | null;
  thread: { channel: string; threadTs: string | null; placeholderTs: string | null } | null;
  text: string;
  /** Summaries of the history rows its sender wrote in Slack between its claim and the restart; null if unknown. */
  changes: string[] | null;
};

/** `threads`: whether the caller can post in threads (Slack's bot is configured); if not, those wait for one that can. */
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
        opts.threads ? or(isNotNull(slackEvents.responseUrl), isNotNull(slackEvents.channel)) : isNotNull(slackEvents.responseUrl),
      ),
    );
  const found: InterruptedCommand[] = [];
  for (const c of claims) {
    const thread = opts.threads && c.channel ? { channel: c.channel, threadTs: c.threadTs, placeholderTs: c.placeholderTs } : null;
    found.push({ key: c.eventId, teamId: c.teamId, responseUrl: c.responseUrl, thread, text: c.commandText ?? '', changes: await changesBy(db, c) });
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

/**
 * Takes one report before it is sent: of two callers (two instances starting on a shared database) only one gets it,
 * and it is on record as reported before the person can see it. The answer URL is handed back to send it through.
 */
export async function takeInterruptionReport(db: Db, key: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(slackEvents)
    .set({ reportedAt: now, responseUrl: null })
    .where(
      and(
        eq(slackEvents.eventId, key),
        eq(slackEvents.status, 'failed'),
        isNotNull(slackEvents.interruptedAt),
        isNull(slackEvents.reportedAt),
      ),
    )
    .returning({ key: slackEvents.eventId });
  return rows.length > 0;
}

/** A report that did not go out (Slack unreachable) is given back, to be tried at the next start. */
export async function releaseInterruptionReport(db: Db, c: InterruptedCommand): Promise<void> {
  await db.update(slackEvents).set({ reportedAt: null, responseUrl: c.responseUrl }).where(eq(slackEvents.eventId, c.key));
}
