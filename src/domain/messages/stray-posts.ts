// Copies of a mirrored client message that landed in Slack after the message was recorded (drain-slack-thread.ts):
// the post of a holder that was killed or timed out mid-post, which Slack lands after the instance that took the
// thread over had looked for it and posted its own copy. Nobody knows such a copy's ts, and its poster may never
// come back to delete it, so the one who records a message another post of which may still land keeps it watched
// (slack_ts and slack_posting_at both set); each sweep looks for the message's posts by the id in their metadata and
// deletes every one but the recorded one, until the watch is over. Only the claim's holder posts, so a copy can be
// under way only from before the record: a copy Slack lands later than STRAY_WATCH_MS after it is not looked for.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Log, MessageMirror } from '../../context';
import type { Db } from '../../db/client';
import { messages } from '../../db/schema';
import { STALE_THREAD_CLAIM_MS } from './claim-slack-thread';
import { LOOKBACK_MS } from './drain-slack-thread';

export const STRAY_WATCH_MS = STALE_THREAD_CLAIM_MS;
const PER_SWEEP = 100;

export type StrayDeps = { db: Db; now(): Date; log: Log; mirrorOf(workspaceId: number): MessageMirror | undefined };

/** Deletes the unrecorded copies of watched messages; ends each watch once it has lasted STRAY_WATCH_MS. */
export async function clearStrayPosts(deps: StrayDeps): Promise<number> {
  const watched = await deps.db.select({ id: messages.id, workspaceId: messages.workspaceId, channel: messages.slackChannel, ts: messages.slackTs,
    threadTs: messages.slackThreadTs, since: messages.slackPostingAt, createdAt: messages.createdAt }).from(messages)
    .where(and(isNotNull(messages.slackTs), isNotNull(messages.slackPostingAt), isNotNull(messages.slackChannel)))
    .orderBy(asc(messages.id)).limit(PER_SWEEP);
  let removed = 0;
  for (const m of watched) {
    if (!m.channel || !m.since) continue;
    const mirror = deps.mirrorOf(m.workspaceId);
    try {
      if (mirror?.findPosts && mirror.remove) {
        const q = { channel: m.channel, messageId: m.id, since: new Date(m.createdAt.getTime() - LOOKBACK_MS) };
        // A stray thread start is at the channel's top level, a stray reply in the message's thread.
        const found = [...await mirror.findPosts({ ...q, threadTs: null }), ...(m.threadTs ? await mirror.findPosts({ ...q, threadTs: m.threadTs }) : [])];
        for (const ts of new Set(found)) {
          if (ts === m.ts) continue;
          await mirror.remove({ channel: m.channel, ts });
          removed += 1;
          deps.log.warn({ messageId: m.id }, 'a copy of a client message that landed in Slack after it was recorded was deleted');
        }
      }
      // Over (also for a workspace that has no Slack any more): the last look was just made.
      if (deps.now().getTime() - m.since.getTime() >= STRAY_WATCH_MS) {
        await deps.db.update(messages).set({ slackPostingAt: null }).where(and(eq(messages.id, m.id), eq(messages.slackPostingAt, m.since)));
      }
    } catch (err) {
      deps.log.warn({ err, messageId: m.id }, 'could not look for stray Slack copies of a client message (the next sweep tries again)');
    }
  }
  return removed;
}
