// Mentions in channels and direct messages go to the agent; the answer is posted in the thread, and the
// thread is the conversation. A CSV shared there becomes a dry-run import instead. Messages from bots (this
// one included) are never answered.
import type { App, webApi } from '@slack/bolt';
import { attachSharedFile, readAttachRequest } from './attach-shared-file';
import { fileSource, postInThread } from './deliver-message';
import { importSharedFile } from './import-shared-file';
import { isCsvFile, type SharedFile } from './read-shared-file';
import { plainMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { runTurn, threadConversation } from './run-turn';
import type { SlackRuntime } from './slack-runtime';
import { notePlaceholder } from './dedupe-deliveries';
import { type PlacedAt, type SetStatus, showWorking } from './working-state';

export type IncomingMessage = {
  user?: string; text?: string; ts: string; thread_ts?: string; channel: string; channel_type?: string;
  bot_id?: string; subtype?: string; user_team?: string; files?: SharedFile[];
};

const NOT_CSV = 'I can import clients from a CSV file (save the sheet as CSV, UTF-8), or attach a file to a client: share it with a message such as "attach this to Acme".';

export function registerMessages(bolt: App, rt: SlackRuntime): void {
  bolt.event('app_mention', async ({ event, body, client, context }) => {
    await answer(rt, client, body as { team_id?: string }, event as unknown as IncomingMessage, { key: deliveryKeyOf(context) });
  });
  bolt.event('message', async ({ event, body, client, context }) => {
    const msg = event as unknown as IncomingMessage;
    if (msg.channel_type !== 'im') return;
    await answer(rt, client, body as { team_id?: string }, msg, { key: deliveryKeyOf(context) });
  });
}

/** The delivery's key, which the receivers put in the context (fetch-receiver.ts, socket-mode.ts). */
export const deliveryKeyOf = (context: Record<string, unknown>) => (typeof context.deliveryKey === 'string' ? context.deliveryKey : undefined);

/**
 * Answers one person's message in its thread; `setStatus` (Assistant threads) shows the working state there. `key`:
 * the delivery, whose claim keeps the placeholder, so a restart that cuts the turn off replaces it with a report.
 */
export async function answer(rt: SlackRuntime, client: webApi.WebClient, body: { team_id?: string }, msg: IncomingMessage,
  opts: { setStatus?: SetStatus; key?: string } = {}): Promise<void> {
  // file_share is a person sharing a file; every other subtype (edits, joins, bot messages) is not for us.
  if (msg.bot_id || (msg.subtype && msg.subtype !== 'file_share') || !msg.user) return;
  const { botUserId } = await rt.identity(body.team_id);
  if (msg.user === botUserId) return;
  const threadTs = msg.thread_ts ?? msg.ts;
  const place = { channel: msg.channel, threadTs };
  const who = await resolveSlackActor(rt, client, { teamId: body.team_id, userId: msg.user, userTeamId: msg.user_team ?? null });
  if (!who.ok) {
    await postInThread(client, place, plainMessage(who.message));
    return;
  }
  // The mention of the bot itself is addressing, not content.
  const text = (msg.text ?? '').replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), '').trim();
  // "attach this to Acme" with files: documents of that client, whatever their type (CSV included).
  const attach = msg.files?.length ? readAttachRequest(text) : null;
  if (attach) {
    for (const file of msg.files!) await attachSharedFile(rt, client, place, who.actor, file, attach);
    return;
  }
  const csvs = (msg.files ?? []).filter(isCsvFile);
  if (csvs.length) {
    const thread = { conversationId: threadConversation(body.team_id!, msg.channel, threadTs), said: text };
    for (const file of csvs) await importSharedFile(rt, client, place, who.actor, file, thread);
    return;
  }
  if (!text && msg.files?.length) return postInThread(client, place, plainMessage(NOT_CSV));
  if (!text) return;
  const { setStatus, key } = opts;
  const placed = key ? (at: PlacedAt) => notePlaceholder(rt.deps.db, key, at) : undefined;
  const working = await showWorking(client, place, { setStatus, placed, log: rt.deps.log, from: fileSource(rt, who.actor) });
  const reply = await runTurn(rt, who.actor, threadConversation(body.team_id!, msg.channel, threadTs), text);
  await working.deliver(reply);
}
