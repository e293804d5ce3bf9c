// The report of work a restart cut off is delivered at least once, and never again once Slack took it: it is taken
// (reporting_at, reporter) before it is sent and settled (reported_at) only after Slack answered, or when it can
// never be delivered. A kill between the two leaves it taken; the next start gives back a dead reporter's, to send again.
import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { slackEvents } from '../../db/schema';

/** Nobody wants to hear today that yesterday's request was cut off: older work is settled without a report. */
export const REPORT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const pending = () =>
  and(
    eq(slackEvents.status, 'failed'),
    isNotNull(slackEvents.interruptedAt),
    isNull(slackEvents.reportedAt),
    isNull(slackEvents.reportingAt),
  );

/**
 * Takes one report before it is sent: of two callers (two instances starting on a shared database) only one gets it.
 * A Slack retry of the delivery picked up meanwhile is no longer "failed", so it is not reported.
 */
export async function takeInterruptionReport(db: Db, key: string, reporter: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(slackEvents)
    .set({ reportingAt: now, reporter })
    .where(and(eq(slackEvents.eventId, key), pending()))
    .returning({ key: slackEvents.eventId });
  return rows.length > 0;
}

/** Slack took the report (or it can never be delivered): it is not sent again, and the answer URL, a credential, goes. */
export async function settleInterruptionReport(db: Db, key: string, reporter: string, now: Date): Promise<void> {
  await db
    .update(slackEvents)
    .set({ reportedAt: now, responseUrl: null })
    .where(and(eq(slackEvents.eventId, key), eq(slackEvents.reporter, reporter), isNull(slackEvents.reportedAt)));
}

/** Slack refused the answer URL (used up, expired): the report goes to the person's thread or DM instead, even after a kill. */
export async function forgetAnswerUrl(db: Db, key: string): Promise<void> {
  await db.update(slackEvents).set({ responseUrl: null }).where(eq(slackEvents.eventId, key));
}

/** A report Slack could not take now (unreachable, a 5xx, rate limited) is given back, to be sent at the next start. */
export async function releaseInterruptionReport(db: Db, key: string, reporter: string): Promise<void> {
  await db
    .update(slackEvents)
    .set({ reportingAt: null, reporter: null })
    .where(and(eq(slackEvents.eventId, key), eq(slackEvents.reporter, reporter), isNull(slackEvents.reportedAt)));
}

/**
 * At start: reports taken and never settled, by a process that died sending them (`isGone`, as for claims) or before
 * `takenBefore` (with the database file's lock held: all of them), are given back to be sent again.
 */
export async function releaseOrphanedReports(
  db: Db,
  takenBefore: Date,
  isGone: (reporter: string) => boolean = () => false,
): Promise<number> {
  const taken = await db
    .select({ key: slackEvents.eventId, reporter: slackEvents.reporter, at: slackEvents.reportingAt })
    .from(slackEvents)
    .where(and(isNotNull(slackEvents.reportingAt), isNull(slackEvents.reportedAt)));
  let released = 0;
  for (const t of taken) {
    if (!(t.at! < takenBefore || (t.reporter !== null && isGone(t.reporter)))) continue;
    // Only as read: a live instance may have taken it again since.
    const rows = await db
      .update(slackEvents)
      .set({ reportingAt: null, reporter: null })
      .where(and(eq(slackEvents.eventId, t.key), eq(slackEvents.reportingAt, t.at!), isNull(slackEvents.reportedAt)))
      .returning({ key: slackEvents.eventId });
    released += rows.length;
  }
  return released;
}

/** Reports of work acknowledged longer than REPORT_MAX_AGE_MS ago are settled unsent; their keys are returned, to log. */
export async function dropStaleReports(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .update(slackEvents)
    .set({ reportedAt: now, responseUrl: null })
    .where(and(pending(), lt(slackEvents.createdAt, new Date(now.getTime() - REPORT_MAX_AGE_MS))))
    .returning({ key: slackEvents.eventId });
  return rows.map((r) => r.key);
}
