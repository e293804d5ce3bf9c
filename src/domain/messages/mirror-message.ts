// After a message is saved, it is posted into the client's Slack thread when the workspace has a messages channel
// (its setting, else ctx.mirror's default). Each client has one thread per channel (a new channel starts a new
// one), even with several app instances on one database: the message is first queued (slack_channel set, no
// slack_ts), then the thread is claimed (claim-slack-thread.ts). The claim's winner starts the thread with the
// oldest queued message, records the thread and posts the rest of the queue into it; the others wait briefly and
// post theirs into the thread, or leave it queued for the winner. Each queued message is taken by one poster only.
// A failed post is logged and that message leaves the queue (it stays saved, just not in Slack).
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Ctx, MessageMirror } from '../../context';
import { contacts, members, messages } from '../../db/schema';
import { claimSlackThread, newClaimant, releaseSlackThread, settleSlackThread, type ThreadClaim, type ThreadKey } from './claim-slack-thread';
import { clientPageUrl } from './message-views';
import { readMessagesChannel } from './messages-channel';

// How long a message waits for another poster to start its client's thread before leaving itself queued (≈1.5 s).
const WAITS_MS = [10, 20, 40, 80, 160, 250, 250, 250, 250, 250];
const DRAIN_LIMIT = 50;

// Within one process, one client's posts still go one at a time (keeps them in order, and the waits short).
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

export type MirrorInput = { id: number; clientId: number; clientName: string; authorName: string; fromClient: boolean; body: string };
type Queued = Omit<MirrorInput, 'clientId' | 'clientName'>;

/** Posts the message into Slack (or leaves it queued for the poster starting the thread); true once it is posted. */
export async function mirrorMessage(ctx: Ctx, m: MirrorInput): Promise<boolean> {
  const mirror = ctx.mirror;
  if (!mirror) return false;
  const ws = ctx.actor.workspaceId;
  return serialized(mirror, `${ws}:${m.clientId}`, async () => {
    try {
      const channel = await readMessagesChannel(ctx.db, ws, mirror.defaultChannel);
      if (!channel) return false;
      await ctx.db.update(messages).set({ slackChannel: channel }).where(and(eq(messages.id, m.id), isNull(messages.slackTs)));
      const key = { workspaceId: ws, clientId: m.clientId, channel };
      const claimant = newClaimant();
      const claim = await awaitThread(ctx, key, claimant);
      if (claim.state === 'waiting') return false;
      const threadTs = claim.state === 'won' ? await startThread(ctx, mirror, key, claimant, claim.claimId, m) : claim.threadTs;
      if (threadTs) await postQueued(ctx, mirror, key, threadTs, m);
      const [row] = await ctx.db.select({ ts: messages.slackTs }).from(messages).where(eq(messages.id, m.id));
      return !!row?.ts;
    } catch (err) {
      ctx.log.warn({ err, messageId: m.id }, 'client message not mirrored to Slack');
      await unqueue(ctx, m.id).catch(() => undefined);
      return false;
    }
  });
}

async function awaitThread(ctx: Ctx, key: ThreadKey, claimant: string): Promise<ThreadClaim> {
  for (let i = 0; ; i++) {
    const claim = await claimSlackThread(ctx.db, key, claimant, ctx.now());
    if (claim.state !== 'waiting' || i >= WAITS_MS.length) return claim;
    await new Promise((ok) => setTimeout(ok, WAITS_MS[i]));
  }
}

const postOf = (ctx: Ctx, key: ThreadKey, clientName: string, threadTs: string | null, q: Queued) => ({
  channel: key.channel, threadTs, clientName, clientUrl: clientPageUrl(ctx.config.publicUrl, key.clientId),
  authorName: q.authorName, fromClient: q.fromClient, body: q.body,
});

/** The claim's winner starts the thread with the oldest queued message (its own, or one left by a poster that
 *  died or stopped waiting). Nobody else posts while the claim has no ts. Returns the thread's ts, or null. */
async function startThread(ctx: Ctx, mirror: MessageMirror, key: ThreadKey, claimant: string, claimId: number, m: MirrorInput): Promise<string | null> {
  const [start = m] = await queuedMessages(ctx, key, m, 1);
  let ts: string;
  try {
    ({ ts } = await mirror.post(postOf(ctx, key, m.clientName, null, start)));
  } catch (err) {
    await releaseSlackThread(ctx.db, claimId, claimant);
    await unqueue(ctx, start.id);
    throw err;
  }
  await ctx.db.update(messages).set({ slackChannel: key.channel, slackTs: ts, slackThreadTs: ts }).where(eq(messages.id, start.id));
  if (await settleSlackThread(ctx.db, claimId, claimant, ts)) return ts;
  // Slower than STALE_THREAD_CLAIM_MS: another poster took the claim over and starts the client's thread.
  ctx.log.warn({ messageId: start.id }, 'Slack thread claim taken over while posting; this message started a thread of its own');
  return null;
}

/** The client's messages waiting for this channel's thread, oldest first, with their authors' names. */
async function queuedMessages(ctx: Ctx, key: ThreadKey, own: MirrorInput, limit: number): Promise<Queued[]> {
  const rows = await ctx.db.select({ id: messages.id, body: messages.body, contactId: messages.authorContactId,
    member: members.name, memberEmail: members.email, contact: contacts.name, contactEmail: contacts.email }).from(messages)
    .leftJoin(members, eq(members.id, messages.authorMemberId))
    .leftJoin(contacts, eq(contacts.id, messages.authorContactId))
    .where(and(eq(messages.workspaceId, key.workspaceId), eq(messages.clientId, key.clientId), eq(messages.slackChannel, key.channel),
      isNull(messages.slackTs), isNull(messages.slackThreadTs)))
    .orderBy(asc(messages.id)).limit(limit);
  return rows.map((q) => {
    if (q.id === own.id) return own;
    const fromClient = q.contactId !== null;
    const authorName = (fromClient ? q.contact ?? q.contactEmail : q.member ?? q.memberEmail) ?? (fromClient ? 'Client contact' : 'Team');
    return { id: q.id, body: q.body, authorName, fromClient };
  });
}

/** Posts the client's queued messages into the thread, oldest first; each is taken (slack_thread_ts set) by one poster. */
async function postQueued(ctx: Ctx, mirror: MessageMirror, key: ThreadKey, threadTs: string, own: MirrorInput): Promise<void> {
  for (const q of await queuedMessages(ctx, key, own, DRAIN_LIMIT)) {
    const [taken] = await ctx.db.update(messages).set({ slackThreadTs: threadTs })
      .where(and(eq(messages.id, q.id), eq(messages.slackChannel, key.channel), isNull(messages.slackTs), isNull(messages.slackThreadTs)))
      .returning({ id: messages.id });
    if (!taken) continue;
    try {
      const { ts } = await mirror.post(postOf(ctx, key, own.clientName, threadTs, q));
      await ctx.db.update(messages).set({ slackTs: ts }).where(eq(messages.id, q.id));
    } catch (err) {
      ctx.log.warn({ err, messageId: q.id }, 'client message not mirrored to Slack');
      await unqueue(ctx, q.id);
    }
  }
}

/** A message whose post failed leaves the queue: saved, not in Slack, and not posted later out of order. */
async function unqueue(ctx: Ctx, id: number): Promise<void> {
  await ctx.db.update(messages).set({ slackChannel: null, slackThreadTs: null }).where(and(eq(messages.id, id), isNull(messages.slackTs)));
}
