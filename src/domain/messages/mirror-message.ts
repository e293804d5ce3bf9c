// After a message is saved, it is posted into the client's Slack thread when the workspace has a messages channel
// (its setting, else ctx.mirror's default): the first message of a client in that channel starts the thread, later
// ones go into it (a new channel starts a new thread). One client's posts run one at a time, so
// two first messages cannot start two threads. A failed post is logged; the message itself stays saved.
import { eq } from 'drizzle-orm';
import type { Ctx, MessageMirror } from '../../context';
import { messages } from '../../db/schema';
import { clientPageUrl, findSlackThread } from './message-views';
import { readMessagesChannel } from './messages-channel';

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

/** Posts the message into Slack and stores where it landed; true when it was posted. */
export async function mirrorMessage(ctx: Ctx, m: MirrorInput): Promise<boolean> {
  const mirror = ctx.mirror;
  if (!mirror) return false;
  const ws = ctx.actor.workspaceId;
  return serialized(mirror, `${ws}:${m.clientId}`, async () => {
    try {
      const channel = await readMessagesChannel(ctx.db, ws, mirror.defaultChannel);
      if (!channel) return false;
      const threadTs = await findSlackThread(ctx.db, ws, m.clientId, channel);
      const { ts } = await mirror.post({
        channel, threadTs, clientName: m.clientName, clientUrl: clientPageUrl(ctx.config.publicUrl, m.clientId),
        authorName: m.authorName, fromClient: m.fromClient, body: m.body,
      });
      await ctx.db.update(messages).set({ slackChannel: channel, slackTs: ts, slackThreadTs: threadTs ?? ts }).where(eq(messages.id, m.id));
      return true;
    } catch (err) {
      ctx.log.warn({ err, messageId: m.id }, 'client message not mirrored to Slack');
      return false;
    }
  });
}
