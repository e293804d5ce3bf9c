// Slack retries a delivery it thinks failed (X-Slack-Retry-Num). Each delivery (an event, an OAuth state, a
// button's one-time work) is claimed once in the database (slack_events), so a retry of work that ran or is
// running is skipped, even after a restart, while a retry of work that failed is claimed again and processed once.
import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { slackEvents } from '../../db/schema';

// A claim stuck in "processing" this long belongs to a process that died mid-work: let a retry take it.
const STALE_CLAIM_MS = 10 * 60 * 1000;

export type Claim = { key: string; teamId: string | null; workspaceId: number | null };

export async function claimDelivery(db: Db, claim: Claim, now: Date): Promise<boolean> {
  const inserted = await db.insert(slackEvents)
    .values({ eventId: claim.key, teamId: claim.teamId, workspaceId: claim.workspaceId, status: 'processing', createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ key: slackEvents.eventId });
  if (inserted.length) return true;
  const reclaimed = await db.update(slackEvents)
    .set({ status: 'processing', updatedAt: now })
    .where(and(eq(slackEvents.eventId, claim.key), or(
      eq(slackEvents.status, 'failed'),
      and(eq(slackEvents.status, 'processing'), lt(slackEvents.updatedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
    )))
    .returning({ key: slackEvents.eventId });
  return reclaimed.length > 0;
}

export async function finishDelivery(db: Db, key: string, status: 'done' | 'failed', now: Date): Promise<void> {
  await db.update(slackEvents).set({ status, updatedAt: now }).where(eq(slackEvents.eventId, key));
}

/**
 * At start: claims still "processing" from before `claimedBefore` belong to a process that died mid-work. They
 * become "failed", so Slack's retry of that delivery is processed instead of being skipped as a duplicate.
 */
export async function releaseOrphanedClaims(db: Db, claimedBefore: Date): Promise<number> {
  const rows = await db.update(slackEvents).set({ status: 'failed', updatedAt: claimedBefore })
    .where(and(eq(slackEvents.status, 'processing'), lt(slackEvents.updatedAt, claimedBefore)))
    .returning({ key: slackEvents.eventId });
  return rows.length;
}
