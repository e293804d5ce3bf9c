// The mirror sweep: posts the client messages still waiting for Slack (slack_channel set, no slack_ts) that their
// writer did not get in, because its instance died after saving, a post failed, or another poster was slow. Run at
// start-up and on an interval by every instance: each client's messages go through its thread's claim
// (drain-slack-thread.ts), so two instances sweeping at once never post one message twice, and in order. Then it
// deletes the copies of recorded messages that landed late from a poster that never learned of them (stray-posts.ts).
import { and, eq, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import type { Log, MessageMirror } from '../../context';
import type { Db } from '../../db/client';
import { messages } from '../../db/schema';
import { drainSlackThread } from './drain-slack-thread';
import { readMessagesChannel } from './messages-channel';
import { clearStrayPosts } from './stray-posts';

export type SweepDeps = { db: Db; now(): Date; log: Log; publicUrl: string; mirrorOf(workspaceId: number): MessageMirror | undefined };
export type SweepResult = { clients: number; busy: number; givenUp: number; strays: number };

/** A message this fresh is its writer's to post (it is still trying or waiting for the claim). */
export const SWEEP_GRACE_MS = 10_000;
/** Older than this, a message is not posted any more: a thread resurfacing day-old messages would mislead. */
export const SWEEP_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const CLIENTS_PER_SWEEP = 200;

const waiting = and(isNull(messages.slackTs), isNotNull(messages.slackChannel));

export async function sweepSlackMirror(deps: SweepDeps, graceMs = SWEEP_GRACE_MS): Promise<SweepResult> {
  const now = deps.now().getTime();
  const stale = await deps.db.update(messages).set({ slackChannel: null, slackPostingAt: null })
    .where(and(waiting, lt(messages.createdAt, new Date(now - SWEEP_MAX_AGE_MS)))).returning({ id: messages.id });
  if (stale.length) deps.log.warn({ messageIds: stale.map((m) => m.id) }, 'client messages waiting over a day for Slack: given up');
  const groups = await deps.db.selectDistinct({ workspaceId: messages.workspaceId, clientId: messages.clientId, channel: messages.slackChannel })
    .from(messages).where(and(waiting, lte(messages.createdAt, new Date(now - graceMs)))).limit(CLIENTS_PER_SWEEP);
  const result: SweepResult = { clients: 0, busy: 0, givenUp: stale.length, strays: 0 };
  for (const g of groups) {
    const mirror = deps.mirrorOf(g.workspaceId);
    if (!mirror || !g.channel) continue;
    const key = { workspaceId: g.workspaceId, clientId: g.clientId, channel: g.channel };
    // Mirroring switched off or moved since: what waited for the old channel is not posted there any more.
    if (await readMessagesChannel(deps.db, g.workspaceId, mirror.defaultChannel) !== g.channel) {
      const left = await deps.db.update(messages).set({ slackChannel: null, slackPostingAt: null })
        .where(and(waiting, eq(messages.workspaceId, g.workspaceId), eq(messages.clientId, g.clientId), eq(messages.slackChannel, g.channel)))
        .returning({ id: messages.id });
      result.givenUp += left.length;
      continue;
    }
    try {
      const outcome = await drainSlackThread({ db: deps.db, now: deps.now, log: deps.log, publicUrl: deps.publicUrl, mirror }, key);
      if (outcome === 'busy') result.busy += 1;
      else result.clients += 1;
    } catch (err) {
      deps.log.warn({ err, ...key }, 'mirror sweep could not post a client\'s waiting messages');
    }
  }
  result.strays = await clearStrayPosts(deps);
  return result;
}

