// Posting a client's messages that are not yet in Slack (slack_channel set, no slack_ts: marked when saved) into its
// thread, oldest first, by the holder of the thread's claim (claim-slack-thread.ts): the first one starts the thread.
// A live write drains right after saving; the sweep (sweep-slack-mirror.ts) drains what a dead instance or a failed
// post left. Each post is recorded the moment it returns, and only if nobody recorded one before it; the post that
// loses is deleted (chat.delete), so a stalled holder that comes back after a takeover leaves no second copy.
// A message sent by a holder that died before recording it (slack_posting_at set) is looked up in Slack first and
// reused. What can still duplicate: a lost post Slack cannot find for us (findPosted failing, no history scope) that
// also cannot be deleted once it lands, i.e. a holder dead mid-post whose post arrives after the taker looked.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Log, MessageMirror } from '../../context';
import type { Db } from '../../db/client';
import { clients, contacts, members, messages } from '../../db/schema';
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
const LOOKBACK_MS = 60_000;

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
        outcome = await postPending(run, key, claimant, claim.claimId, claim.threadTs);
      } finally {
        await releaseSlackThread(run.db, claim.claimId, claimant);
      }
      if (outcome !== 'done' || !(await pendingMessages(run.db, key, 1)).length) return outcome;
    }
    return 'done';
  });
}

async function postPending(run: MirrorRun, key: ThreadKey, claimant: string, claimId: number, threadTs: string | null): Promise<DrainOutcome> {
  for (let batches = 0; batches < 20; batches++) {
    const batch = await pendingMessages(run.db, key, BATCH);
    if (!batch.length) return 'done';
    for (const q of batch) {
      // A message whose last post failed waits its turn again (and the ones after it with it: order is kept).
      if (q.attempts > 0 && q.postingAt && run.now().getTime() - q.postingAt.getTime() < retryDelayMs(q.attempts)) return 'blocked';
      if (!(await renewSlackThread(run.db, claimId, claimant, run.now()))) return 'lost';
      const posted = await postOne(run, key, claimId, threadTs, q);
      if (posted === 'failed') {
        if (!(await countFailure(run, q))) return 'blocked';
        continue;
      }
      threadTs = posted;
    }
  }
  return 'done';
}

/** Posts one message (or finds its earlier post); returns the thread's ts after it, or 'failed'. */
async function postOne(run: MirrorRun, key: ThreadKey, claimId: number, threadTs: string | null, q: Pending): Promise<string | 'failed'> {
  if (q.postingAt && run.mirror.findPosted) {
    const since = new Date(q.postingAt.getTime() - LOOKBACK_MS);
    const found = await run.mirror.findPosted({ channel: key.channel, threadTs, messageId: q.id, since }).catch((err) => {
      run.log.warn({ err, messageId: q.id }, 'could not look for an earlier Slack post of a client message; posting it again');
      return null;
    });
    if (found) {
      run.log.info({ messageId: q.id }, 'client message was already in Slack (its poster stopped before recording it): reused');
      return (await record(run, claimId, threadTs, q.id, found)).threadTs ?? found;
    }
  }
  await run.db.update(messages).set({ slackPostingAt: run.now() }).where(and(eq(messages.id, q.id), isNull(messages.slackTs)));
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
  const r = await record(run, claimId, threadTs, q.id, ts);
  if (r.recorded) return r.threadTs ?? ts;
  // Someone recorded this message, or another thread start, first: ours is the second copy.
  try {
    if (!run.mirror.remove) throw new Error('this mirror cannot delete posts');
    await run.mirror.remove({ channel: key.channel, ts });
    await run.db.update(messages).set({ slackPostingAt: null }).where(and(eq(messages.id, q.id), isNull(messages.slackTs)));
    run.log.warn({ messageId: q.id }, 'a second Slack post of a client message was deleted (another poster recorded first)');
  } catch (err) {
    // It stays in Slack: as this message's own post (a stray thread its replies still map from), never posted a third time.
    run.log.warn({ err, messageId: q.id }, 'a second Slack post of a client message could not be deleted');
    await run.db.update(messages).set({ slackTs: ts, slackThreadTs: ts, slackPostingAt: null }).where(and(eq(messages.id, q.id), isNull(messages.slackTs)));
  }
  return r.threadTs ?? threadTs ?? 'failed';
}

class Duplicate extends Error {
  constructor(readonly threadTs: string | null) { super('duplicate Slack post'); }
}

/** Records a post at once, in one transaction with the thread's start it may be. Not recorded when the message (or
 *  the thread, for a start) was recorded by someone else first; threadTs is then the thread to post into. */
async function record(run: MirrorRun, claimId: number, threadTs: string | null, id: number, ts: string): Promise<{ recorded: boolean; threadTs: string | null }> {
  try {
    return await run.db.transaction(async (tx) => {
      const thread = threadTs ?? await settleSlackThread(tx, claimId, ts);
      if (thread !== ts && threadTs === null) throw new Duplicate(thread);
      const [row] = await tx.update(messages).set({ slackTs: ts, slackThreadTs: thread, slackPostingAt: null })
        .where(and(eq(messages.id, id), isNull(messages.slackTs))).returning({ id: messages.id });
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
