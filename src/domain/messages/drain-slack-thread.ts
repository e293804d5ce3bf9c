// Posting a client's messages that are not yet in Slack (slack_channel set, no slack_ts: marked when saved) into its
// thread, oldest first, by the holder of the thread's claim (claim-slack-thread.ts): the first one starts the thread.
// A live write drains right after saving; the sweep (sweep-slack-mirror.ts) drains what a dead instance or a failed
// post left. Each post is recorded the moment it returns, and only if nobody recorded one before it; the post that
// loses is deleted (chat.delete), so a stalled holder that comes back after a takeover leaves no second copy.
// A message sent by a holder that died before recording it (slack_posting_at set) is looked up in Slack first and
// reused. A post is sent only after marking it in flight, a mark that only the claim's holder can make (a holder
// taken over sends nothing more), so every copy that may land unrecorded left that mark for the one who records the
// message to see; it then keeps the message watched, and the sweep deletes a copy that lands late (stray-posts.ts):
// the post of a holder killed or timed out mid-post that Slack lands after the taker looked for it.
import { and, asc, eq, exists, isNotNull, isNull } from 'drizzle-orm';
import type { Log, MessageMirror } from '../../context';
import type { Db } from '../../db/client';
import { clients, contacts, members, messages, slackThreads } from '../../db/schema';
import { claimSlackThread, newClaimant, releaseSlackThread, renewSlackThread, settleSlackThread, type ThreadKey } from './claim-slack-thread';
import { clientPageUrl } from './message-views';

export type MirrorRun = { db: Db; now(): Date; log: Log; publicUrl: string; mirror: MessageMirror };
/** 'busy': another poster holds the claim; 'blocked': a post failed and the later messages wait (order kept). */
export type DrainOutcome = 'done' | 'busy' | 'blocked' | 'lost';

/** Failed posts of one message before it is given up (saved, just not in Slack); retried in between, later and later
 *  (30 s doubling to 15 min: about 45 minutes in all, so a Slack outage does not lose messages). */
export const MAX_MIRROR_ATTEMPTS = 8;
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 15 * 60_000);
const BATCH = 50;
// Slack's clock and ours differ a little: a lost post is looked for from a minute before it was sent.
export const LOOKBACK_MS = 60_000;

/** The claim this poster holds: the thread row's id and the claimant it was taken as. */
type Held = { id: number; claimant: string };
type Pending = { id: number; body: string; authorName: string; fromClient: boolean; clientName: string; postingAt: Date | null; attempts: number };

// Within one process, one client's drains go one at a time (the claim would make the second wait anyway).
const queues = new WeakMap<MessageMirror, Map<string, Promise<unknown>>>();
function serialized<T>(mirror: MessageMirror, key: string, work: () => Promise<T>): Promise<T> {
  const byKey = queues.get(mirror) ?? new Map<string, Promise<unknown>>();
  queues.set(mirror, byKey);
  const run = (byKey.get(key) ?? Promise.resolve()).then(work, work);
  const tail = run.catch(() => undefined);
  byKey.set(key, tail);
  void tail.then(() => { if (byKey.get(key) === tail) byKey.delete(key); });
  return run;
}

/** Claims the client's thread and posts everything waiting; checks again after letting go, so a message saved while
 *  the holder finished (its writer saw the claim held and left it) is not left behind. */
export function drainSlackThread(run: MirrorRun, key: ThreadKey): Promise<DrainOutcome> {
  return serialized(run.mirror, `${key.workspaceId}:${key.clientId}:${key.channel}`, async () => {
    const claimant = newClaimant();
    for (let round = 0; round < 5; round++) {
      const claim = await claimSlackThread(run.db, key, claimant, run.now());
      if (claim.state === 'waiting') return 'busy';
      let outcome: DrainOutcome;
      try {
        outcome = await postPending(run, key, { id: claim.claimId, claimant }, claim.threadTs);
      } finally {
        await releaseSlackThread(run.db, claim.claimId, claimant);
      }
      if (outcome !== 'done' || !(await pendingMessages(run.db, key, 1)).length) return outcome;
    }
    return 'done';
  });
}

async function postPending(run: MirrorRun, key: ThreadKey, held: Held, threadTs: string | null): Promise<DrainOutcome> {
  for (let batches = 0; batches < 20; batches++) {
    const batch = await pendingMessages(run.db, key, BATCH);
    if (!batch.length) return 'done';
    for (const q of batch) {
      // A message whose last post failed waits its turn again (and the ones after it with it: order is kept).
      if (q.attempts > 0 && q.postingAt && run.now().getTime() - q.postingAt.getTime() < retryDelayMs(q.attempts)) return 'blocked';
      if (!(await renewSlackThread(run.db, held.id, held.claimant, run.now()))) return 'lost';
      const posted = await postOne(run, key, held, threadTs, q);
      if (posted === 'lost') return 'lost';
      if (posted === 'failed') {
        if (!(await countFailure(run, q))) return 'blocked';
        continue;
      }
      threadTs = posted;
    }
  }
  return 'done';
}

/** Posts one message (or finds its earlier post); returns the thread's ts after it, 'failed', or 'lost' (the claim
 *  was taken over before this poster sent anything: the taker posts it). */
async function postOne(run: MirrorRun, key: ThreadKey, held: Held, threadTs: string | null, q: Pending): Promise<string | 'failed' | 'lost'> {
  if (q.postingAt && run.mirror.findPosts) {
    const since = new Date(q.postingAt.getTime() - LOOKBACK_MS);
    const found = await run.mirror.findPosts({ channel: key.channel, threadTs, messageId: q.id, since }).catch((err) => {
      run.log.warn({ err, messageId: q.id }, 'could not look for an earlier Slack post of a client message; posting it again');
      return [];
    });
    if (found.length) {
      run.log.info({ messageId: q.id }, 'client message was already in Slack (its poster stopped before recording it): reused');
      return (await record(run, held, threadTs, q, found[0])).threadTs ?? found[0];
    }
  }
  // In flight from now on, marked only while the claim is still ours: a taker reads the mark, a holder taken over
  // before it posted sends nothing.
  const marked = await run.db.update(messages).set({ slackPostingAt: run.now() })
    .where(and(eq(messages.id, q.id), isNull(messages.slackTs), exists(run.db.select({ id: slackThreads.id }).from(slackThreads)
      .where(and(eq(slackThreads.id, held.id), eq(slackThreads.claimedBy, held.claimant))))))
    .returning({ id: messages.id });
  if (!marked.length) return 'lost';
  let ts: string;
  try {
    ({ ts } = await run.mirror.post({
      channel: key.channel, threadTs, messageId: q.id, clientName: q.clientName, clientUrl: clientPageUrl(run.publicUrl, key.clientId),
      authorName: q.authorName, fromClient: q.fromClient, body: q.body,
    }));
  } catch (err) {
    run.log.warn({ err, messageId: q.id, attempt: q.attempts + 1 }, 'client message not mirrored to Slack');
    return 'failed';
  }
  const r = await record(run, held, threadTs, q, ts);
  if (r.recorded) return r.threadTs ?? ts;
  // Someone recorded this message, or another thread start, first. What they recorded may be this very post (a taker
  // found it in Slack while our answer was slow): that is the message's one copy. Otherwise ours is the second copy.
  const [now] = await run.db.select({ ts: messages.slackTs }).from(messages).where(eq(messages.id, q.id));
  if (now?.ts === ts) return r.threadTs ?? ts;
  try {
    if (!run.mirror.remove) throw new Error('this mirror cannot delete posts');
    await run.mirror.remove({ channel: key.channel, ts });
    run.log.warn({ messageId: q.id }, 'a second Slack post of a client message was deleted (another poster recorded first)');
  } catch (err) {
    // Not recorded yet: it stays in Slack as this message's own post (a stray thread its replies still map from), never
    // posted a third time. Recorded: watched, so the sweep deletes this copy later (stray-posts.ts).
    run.log.warn({ err, messageId: q.id }, 'a second Slack post of a client message could not be deleted yet');
    await run.db.update(messages).set({ slackTs: ts, slackThreadTs: ts }).where(and(eq(messages.id, q.id), isNull(messages.slackTs)));
    await run.db.update(messages).set({ slackPostingAt: run.now() }).where(and(eq(messages.id, q.id), isNotNull(messages.slackTs)));
  }
  return r.threadTs ?? threadTs ?? 'failed';
}

class Duplicate extends Error {
  constructor(readonly threadTs: string | null) { super('duplicate Slack post'); }
}

/** Records a post at once, in one transaction with the thread's start it may be. Not recorded when the message (or
 *  the thread, for a start) was recorded by someone else first; threadTs is then the thread to post into.
 *  slack_posting_at stays set (since now) when another copy may still land: the message was in flight before this
 *  poster looked at it (a failed or a dead poster's call), or the claim was taken over while this post was under way. */
async function record(run: MirrorRun, held: Held, threadTs: string | null, q: Pending, ts: string): Promise<{ recorded: boolean; threadTs: string | null }> {
  try {
    return await run.db.transaction(async (tx) => {
      const thread = threadTs ?? await settleSlackThread(tx, held.id, ts);
      if (thread !== ts && threadTs === null) throw new Duplicate(thread);
      const [claim] = await tx.select({ by: slackThreads.claimedBy }).from(slackThreads).where(eq(slackThreads.id, held.id));
      const watch = q.postingAt !== null || claim?.by !== held.claimant;
      const [row] = await tx.update(messages).set({ slackTs: ts, slackThreadTs: thread, slackPostingAt: watch ? run.now() : null })
        .where(and(eq(messages.id, q.id), isNull(messages.slackTs))).returning({ id: messages.id });
      if (!row) throw new Duplicate(thread === ts ? null : thread);
      return { recorded: true, threadTs: thread };
    });
  } catch (err) {
    if (err instanceof Duplicate) return { recorded: false, threadTs: err.threadTs };
    throw err;
  }
}

/** One more failed post: true when the message is given up (and the ones after it may go), false to stop here.
 *  slack_posting_at stays: when the next attempt is due, and a failed call (a timeout) may still have posted it. */
async function countFailure(run: MirrorRun, q: Pending): Promise<boolean> {
  const giveUp = q.attempts + 1 >= MAX_MIRROR_ATTEMPTS;
  await run.db.update(messages).set({ slackAttempts: q.attempts + 1, ...(giveUp ? { slackChannel: null, slackPostingAt: null } : {}) })
    .where(and(eq(messages.id, q.id), isNull(messages.slackTs)));
  if (giveUp) run.log.warn({ messageId: q.id, attempts: q.attempts + 1 }, 'client message given up: saved, but not mirrored to Slack');
  return giveUp;
}

/** The client's messages waiting for this channel's thread, oldest first, with their authors' names. */
export async function pendingMessages(db: Db, key: ThreadKey, limit: number): Promise<Pending[]> {
  const rows = await db.select({ id: messages.id, body: messages.body, contactId: messages.authorContactId, postingAt: messages.slackPostingAt,
    attempts: messages.slackAttempts, clientName: clients.name, member: members.name, memberEmail: members.email, contact: contacts.name,
    contactEmail: contacts.email }).from(messages)
    .innerJoin(clients, eq(clients.id, messages.clientId))
    .leftJoin(members, eq(members.id, messages.authorMemberId))
    .leftJoin(contacts, eq(contacts.id, messages.authorContactId))
    .where(and(eq(messages.workspaceId, key.workspaceId), eq(messages.clientId, key.clientId), eq(messages.slackChannel, key.channel),
      isNull(messages.slackTs)))
    .orderBy(asc(messages.id)).limit(limit);
  return rows.map((q) => {
    const fromClient = q.contactId !== null;
    const authorName = (fromClient ? q.contact ?? q.contactEmail : q.member ?? q.memberEmail) ?? (fromClient ? 'Client contact' : 'Team');
    return { id: q.id, body: q.body, authorName, fromClient, clientName: q.clientName, postingAt: q.postingAt, attempts: q.attempts };
  });
}
