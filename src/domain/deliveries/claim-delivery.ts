// Slack retries a delivery it thinks failed (X-Slack-Retry-Num). Each delivery (an event, an OAuth state, a
// button's one-time work) is claimed once in the database (slack_events), so a retry of work that ran or is
// running is skipped, even after a restart, while a retry of work that failed is claimed again and processed once.
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { slackEvents } from '../../db/schema';

// A claim stuck in "processing" this long belongs to a process that died mid-work: let a retry take it.
const STALE_CLAIM_MS = 10 * 60 * 1000;

const ClaimedCommand = z
  .object({
    responseUrl: z.url().nullable(),
    text: z.string(),
    slackUserId: z.string().nullable(),
    channel: z.string().min(1).nullish(),
    threadTs: z.string().min(1).nullish(),
  })
  .refine((c) => c.responseUrl || c.channel, 'an answer URL or a channel');
/**
 * How to reach the person if a restart cuts the work off, kept with its claim: a slash command's answer URL, or a
 * mention's, DM's or click's channel and thread (posted to with the bot token); `text` is what they asked, as quoted.
 */
export type ClaimedCommand = z.infer<typeof ClaimedCommand>;
/** A command noted before its ack, until claimed (src/files/ack-journal.ts): `at` is when it was acknowledged. */
export const AckedCommand = z.object({ key: z.string().min(1), teamId: z.string().nullable(), at: z.iso.datetime(), command: ClaimedCommand });
export type AckedCommand = z.infer<typeof AckedCommand>;
export type Claim = { key: string; teamId: string | null; workspaceId: number | null; owner?: string; command?: ClaimedCommand | null };

export async function claimDelivery(db: Db, claim: Claim, now: Date): Promise<boolean> {
  const held = {
    status: 'processing' as const, owner: claim.owner ?? null, responseUrl: claim.command?.responseUrl ?? null,
    commandText: claim.command?.text ?? null, slackUserId: claim.command?.slackUserId ?? null, interruptedAt: null,
    reportingAt: null, reporter: null, reportedAt: null,
    channel: claim.command?.channel ?? null, threadTs: claim.command?.threadTs ?? null, placeholderTs: null,
  };
  const inserted = await db.insert(slackEvents)
    .values({ eventId: claim.key, teamId: claim.teamId, workspaceId: claim.workspaceId, ...held, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ key: slackEvents.eventId });
  if (inserted.length) return true;
  const reclaimed = await db.update(slackEvents)
    .set({ ...held, updatedAt: now })
    .where(and(eq(slackEvents.eventId, claim.key), or(
      // A delivery reported cut off is still picked up by Slack's retry of it (the report only said to ask again);
      // one retried before its report is not reported (takeInterruptionReport finds it running).
      eq(slackEvents.status, 'failed'),
      and(eq(slackEvents.status, 'processing'), lt(slackEvents.updatedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
    )))
    .returning({ key: slackEvents.eventId });
  return reclaimed.length > 0;
}

/**
 * The "Working…" placeholder a claimed delivery posted, and its thread (a follow-up in a channel thread is known to be
 * answered only now): a restart that cuts the work off replaces it with the report.
 */
export async function notePlaceholder(db: Db, key: string, at: { channel: string; threadTs: string | null; ts: string }): Promise<void> {
  await db.update(slackEvents)
    .set({ channel: at.channel, threadTs: at.threadTs, placeholderTs: at.ts })
    .where(and(eq(slackEvents.eventId, key), eq(slackEvents.status, 'processing')));
}

// The answer URL is a credential for 30 minutes: it is dropped once the work is over.
export async function finishDelivery(db: Db, key: string, status: 'done' | 'failed', now: Date): Promise<void> {
  await db.update(slackEvents).set({ status, updatedAt: now, responseUrl: null }).where(eq(slackEvents.eventId, key));
}

/**
 * At start: claims still "processing" from before `claimedBefore` belong to a process that died mid-work, and so
 * do newer ones whose recorded owner `isGone` says is dead (never another live instance's). They become "failed",
 * so Slack's retry of that delivery is processed instead of being skipped as a duplicate, and "interrupted", so
 * a slash command acknowledged but never answered is reported (report-interrupted.ts).
 */
export async function releaseOrphanedClaims(
  db: Db, claimedBefore: Date, opts: { now?: Date; isGone?: (owner: string) => boolean } = {},
): Promise<number> {
  const isGone = opts.isGone ?? (() => false);
  const processing = await db.select({ key: slackEvents.eventId, owner: slackEvents.owner, updatedAt: slackEvents.updatedAt })
    .from(slackEvents).where(eq(slackEvents.status, 'processing'));
  let released = 0;
  for (const c of processing) {
    if (!((c.updatedAt && c.updatedAt < claimedBefore) || (c.owner !== null && isGone(c.owner)))) continue;
    // Only as read: a live instance may have taken the claim over (a retry) since.
    const rows = await db.update(slackEvents).set({ status: 'failed', interruptedAt: opts.now ?? claimedBefore, updatedAt: claimedBefore })
      .where(and(eq(slackEvents.eventId, c.key), eq(slackEvents.status, 'processing'),
        c.updatedAt ? eq(slackEvents.updatedAt, c.updatedAt) : isNull(slackEvents.updatedAt)))
      .returning({ key: slackEvents.eventId });
    released += rows.length;
  }
  return released;
}

/**
 * At start: commands, mentions, DMs and clicks a dead process acknowledged but never claimed (its ack journal) are recorded as interrupted, so
 * they are reported like those cut off after their claim. A key already on record (claimed, done, retried) is left.
 */
export async function recordUnclaimedCommands(db: Db, owner: string, noted: unknown[], now: Date): Promise<number> {
  const byKey = new Map<string, AckedCommand>();
  for (const n of noted) {
    const c = AckedCommand.safeParse(n);
    if (c.success) byKey.set(c.data.key, c.data);
  }
  if (!byKey.size) return 0;
  const rows = await db.insert(slackEvents)
    .values([...byKey.values()].map((c) => ({
      eventId: c.key, teamId: c.teamId, workspaceId: null, status: 'failed' as const, owner, responseUrl: c.command.responseUrl,
      commandText: c.command.text, slackUserId: c.command.slackUserId, interruptedAt: now, reportedAt: null,
      channel: c.command.channel ?? null, threadTs: c.command.threadTs ?? null, createdAt: new Date(c.at), updatedAt: now,
    })))
    .onConflictDoNothing()
    .returning({ key: slackEvents.eventId });
  return rows.length;
}
