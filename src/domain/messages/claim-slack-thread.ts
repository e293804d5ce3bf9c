// Who posts a client's messages into its Slack thread in a messages channel. Several app instances on one database
// (or the sweep and a live write in one) can have the same client's messages to post at once; only the holder of
// the thread row's claim posts them, one at a time and in order (and starts the thread when it has none yet), so
// nothing is posted twice or out of order. The row is the lease: (workspace, client, channel) is unique, so the
// first insert is the atomic "is anyone posting?", and a later claim is an update that only one claimant wins.
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { slackThreads } from '../../db/schema';
import { findSlackThread } from './message-views';

// A claim held this long without a sign of life belongs to an instance that died or stalled mid-post: it is taken
// over. Longer than one live post can take (rate-limited-fetch.ts waits out at most two Retry-After of up to a
// minute each); the holder renews it after every post. What a takeover can still duplicate: drain-slack-thread.ts.
export const STALE_THREAD_CLAIM_MS = 3 * 60_000;
/** claimed_by of a thread nobody is posting in. */
const FREE = '';

export type ThreadKey = { workspaceId: number; clientId: number; channel: string };
export type ThreadClaim =
  /** This claimant posts: into threadTs, or it starts the thread (threadTs null). Release it when done. */
  | { state: 'won'; claimId: number; threadTs: string | null }
  /** Another claimant is posting this client's messages right now. */
  | { state: 'waiting' };

export const newClaimant = () => randomBytes(9).toString('base64url');

/** One attempt at the right to post the client's messages. */
export async function claimSlackThread(db: DbOrTx, key: ThreadKey, claimant: string, now: Date): Promise<ThreadClaim> {
  const where = and(eq(slackThreads.workspaceId, key.workspaceId), eq(slackThreads.clientId, key.clientId), eq(slackThreads.channel, key.channel));
  const [row] = await db.select().from(slackThreads).where(where).limit(1);
  if (!row) {
    // A thread started before claims existed is recorded only on its messages: it becomes the claimed thread.
    const earlier = await findSlackThread(db, key.workspaceId, key.clientId, key.channel);
    const [won] = await db.insert(slackThreads).values({ ...key, threadTs: earlier, claimedBy: claimant, claimedAt: now })
      .onConflictDoNothing().returning({ id: slackThreads.id });
    return won ? { state: 'won', claimId: won.id, threadTs: earlier } : { state: 'waiting' };
  }
  if (row.claimedBy !== FREE && now.getTime() - row.claimedAt.getTime() < STALE_THREAD_CLAIM_MS) return { state: 'waiting' };
  // Taken only if nobody else took, renewed or settled it since it was read.
  const [taken] = await db.update(slackThreads).set({ claimedBy: claimant, claimedAt: now })
    .where(and(eq(slackThreads.id, row.id), eq(slackThreads.claimedBy, row.claimedBy), eq(slackThreads.claimedAt, row.claimedAt)))
    .returning({ id: slackThreads.id, threadTs: slackThreads.threadTs });
  return taken ? { state: 'won', claimId: taken.id, threadTs: taken.threadTs } : { state: 'waiting' };
}

/** Keeps the claim alive between posts; false when it was taken over (the holder then stops posting). */
export async function renewSlackThread(db: DbOrTx, claimId: number, claimant: string, now: Date): Promise<boolean> {
  const rows = await db.update(slackThreads).set({ claimedAt: now })
    .where(and(eq(slackThreads.id, claimId), eq(slackThreads.claimedBy, claimant))).returning({ id: slackThreads.id });
  return rows.length > 0;
}

/** Records a thread's start as soon as its post returns, whoever holds the claim now: the first start recorded is
 *  the client's thread (a later one is a duplicate its poster deletes). Returns the thread's ts, ours or the other. */
export async function settleSlackThread(db: DbOrTx, claimId: number, threadTs: string): Promise<string | null> {
  await db.update(slackThreads).set({ threadTs }).where(and(eq(slackThreads.id, claimId), isNull(slackThreads.threadTs)));
  const [row] = await db.select({ threadTs: slackThreads.threadTs }).from(slackThreads).where(eq(slackThreads.id, claimId));
  return row?.threadTs ?? null;
}

/** Gives the claim up (posting done, or stopped after a failure), so the next poster can go on at once. */
export async function releaseSlackThread(db: DbOrTx, claimId: number, claimant: string): Promise<void> {
  await db.update(slackThreads).set({ claimedBy: FREE }).where(and(eq(slackThreads.id, claimId), eq(slackThreads.claimedBy, claimant)));
}

/** At start-up: claims held by processes that are gone (all of them with the database file to itself; on a shared
 *  server, those older than `before`) are let go, so the first sweep posts their clients' messages at once. */
export async function releaseOrphanedThreadClaims(db: DbOrTx, before: Date): Promise<number> {
  const rows = await db.update(slackThreads).set({ claimedBy: FREE })
    .where(and(ne(slackThreads.claimedBy, FREE), lt(slackThreads.claimedAt, before))).returning({ id: slackThreads.id });
  return rows.length;
}
