// Who starts a client's Slack thread in a messages channel. Several app instances on one database (or two
// deliveries in one) can post a client's first message at once; only the one whose insert of the thread row wins
// posts the thread's first message, the others post into the thread once its ts is recorded. The row is the
// claim: (workspace, client, channel) is unique, so the insert is the atomic "is there a thread yet?".
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { slackThreads } from '../../db/schema';
import { findSlackThread } from './message-views';

// A claim still without a thread this long belongs to an instance that died mid-post: the next message takes it
// over instead of waiting for ever. Longer than a live post can take (rate-limited-fetch.ts waits out at most two
// Retry-After of up to a minute each), so a slow but live instance is not overtaken into a second thread.
export const STALE_THREAD_CLAIM_MS = 3 * 60_000;

export type ThreadKey = { workspaceId: number; clientId: number; channel: string };
export type ThreadClaim =
  | { state: 'ready'; threadTs: string }
  /** This claimant starts the thread: post, then settleSlackThread (or releaseSlackThread when the post failed). */
  | { state: 'won'; claimId: number }
  /** Another claimant is starting it right now. */
  | { state: 'waiting' };

export const newClaimant = () => randomBytes(9).toString('base64url');

/** One attempt at the client's thread: the thread, the right to start it, or "someone else is starting it". */
export async function claimSlackThread(db: DbOrTx, key: ThreadKey, claimant: string, now: Date): Promise<ThreadClaim> {
  const where = and(eq(slackThreads.workspaceId, key.workspaceId), eq(slackThreads.clientId, key.clientId), eq(slackThreads.channel, key.channel));
  const [row] = await db.select().from(slackThreads).where(where).limit(1);
  if (row?.threadTs) return { state: 'ready', threadTs: row.threadTs };
  if (!row) {
    // A thread started before claims existed is recorded only on its messages: it becomes the claimed thread.
    const earlier = await findSlackThread(db, key.workspaceId, key.clientId, key.channel);
    const [won] = await db.insert(slackThreads).values({ ...key, threadTs: earlier, claimedBy: claimant, claimedAt: now })
      .onConflictDoNothing().returning({ id: slackThreads.id });
    if (earlier) return { state: 'ready', threadTs: earlier };
    return won ? { state: 'won', claimId: won.id } : { state: 'waiting' };
  }
  if (now.getTime() - row.claimedAt.getTime() < STALE_THREAD_CLAIM_MS) return { state: 'waiting' };
  // Taken over only if nobody else took it or settled it since it was read.
  const [taken] = await db.update(slackThreads).set({ claimedBy: claimant, claimedAt: now })
    .where(and(eq(slackThreads.id, row.id), isNull(slackThreads.threadTs), eq(slackThreads.claimedBy, row.claimedBy), eq(slackThreads.claimedAt, row.claimedAt)))
    .returning({ id: slackThreads.id });
  return taken ? { state: 'won', claimId: taken.id } : { state: 'waiting' };
}

/** Records the started thread; false when the claim was taken over meanwhile (that post is then a thread of its own). */
export async function settleSlackThread(db: DbOrTx, claimId: number, claimant: string, threadTs: string): Promise<boolean> {
  const rows = await db.update(slackThreads).set({ threadTs })
    .where(and(eq(slackThreads.id, claimId), eq(slackThreads.claimedBy, claimant), isNull(slackThreads.threadTs)))
    .returning({ id: slackThreads.id });
  return rows.length > 0;
}

/** Gives the claim up after a failed post, so the next message (here or on another instance) starts the thread. */
export async function releaseSlackThread(db: DbOrTx, claimId: number, claimant: string): Promise<void> {
  await db.delete(slackThreads).where(and(eq(slackThreads.id, claimId), eq(slackThreads.claimedBy, claimant), isNull(slackThreads.threadTs)));
}
