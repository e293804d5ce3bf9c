// After a message is saved (already marked "not yet in Slack" in its own transaction when the workspace has a
// messages channel: queueForSlack), its writer posts it into the client's Slack thread right away: it drains the
// client's waiting messages when it can claim the thread (drain-slack-thread.ts), else waits briefly for the
// claim's holder to post it. Whatever is still waiting after that (the holder is slow, a post failed, this
// instance dies) stays marked in the database, and the sweep (sweep-slack-mirror.ts) posts it later, in order.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { messages } from '../../db/schema';
import { drainSlackThread, type MirrorRun } from './drain-slack-thread';
import { readMessagesChannel } from './messages-channel';

// How long a message waits for another poster to put it into Slack before leaving it to the sweep (≈1.5 s).
const WAITS_MS = [10, 20, 40, 80, 160, 250, 250, 250, 250, 250];

export type MirrorInput = { id: number; clientId: number };

/** The Slack channel a message about to be saved goes to (its slack_channel), or null when it is not mirrored. */
export async function queueForSlack(tx: DbOrTx, ctx: Ctx): Promise<string | null> {
  return ctx.mirror ? readMessagesChannel(tx, ctx.actor.workspaceId, ctx.mirror.defaultChannel) : null;
}

export const mirrorRunOf = (ctx: Pick<Ctx, 'db' | 'now' | 'log' | 'config'>, mirror: NonNullable<Ctx['mirror']>): MirrorRun => ({
  db: ctx.db, now: () => ctx.now(), log: ctx.log, publicUrl: ctx.config.publicUrl, mirror,
});

/** Posts the saved message (and any before it) into Slack; true once it is there, false when it is left waiting. */
export async function mirrorMessage(ctx: Ctx, m: MirrorInput): Promise<boolean> {
  const mirror = ctx.mirror;
  if (!mirror) return false;
  const posted = async () => {
    const [row] = await ctx.db.select({ channel: messages.slackChannel, ts: messages.slackTs }).from(messages).where(eq(messages.id, m.id));
    return row ?? null;
  };
  try {
    const row = await posted();
    if (!row?.channel) return false;
    const key = { workspaceId: ctx.actor.workspaceId, clientId: m.clientId, channel: row.channel };
    for (let i = 0; ; i++) {
      const outcome = await drainSlackThread(mirrorRunOf(ctx, mirror), key);
      const now = await posted();
      if (now?.ts) return true;
      if (outcome !== 'busy' || i >= WAITS_MS.length) return false;
      await new Promise((ok) => setTimeout(ok, WAITS_MS[i]));
    }
  } catch (err) {
    ctx.log.warn({ err, messageId: m.id }, 'client message not mirrored to Slack yet (the sweep retries it)');
    return false;
  }
}
