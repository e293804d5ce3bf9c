// A visible "working" state while the model runs. In an Assistant thread Slack shows a status under the thread
// (Bolt's setStatus, assistant.threads.setStatus) until the app replies; elsewhere a placeholder message is
// posted at once and the answer replaces it in place (chat.update), files following in the thread. For /client the
// placeholder is the command's own ephemeral response, replaced through its response_url.
import type { RespondFn, webApi } from '@slack/bolt';
import type { Log } from '../../context';
import { context } from './blocks/elements';
import { type Answer, type FileSource, type Place, postInThread, respondWith, uploadFiles } from './deliver-message';
import type { SlackMessage } from './render-turn';
import type { SlackRuntime } from './slack-runtime';

export const WORKING = 'Working…';
export const ASSISTANT_STATUS = 'is working on it…';

export type SetStatus = (status: string) => Promise<unknown>;
/** Where the placeholder went: kept with the delivery's claim (handle-messages.ts). */
export type PlacedAt = { channel: string; threadTs: string | null; ts: string };
export type Working = { deliver(msg: SlackMessage): Promise<void> };

const placeholder = (): SlackMessage => ({ text: WORKING, blocks: [context(`:hourglass_flowing_sand: ${WORKING}`)], files: [] });

/**
 * /client: posts the placeholder through the command's response_url and returns how to answer so that the answer
 * replaces it. Only when the URL has a use left for the answer too; otherwise (or if the post fails) the answer is
 * sent as before, with no placeholder that nothing could replace.
 */
export async function showCommandWorking(rt: SlackRuntime, respond: RespondFn, responseUrl: string | undefined, answer: Answer): Promise<Answer> {
  if (rt.responses.left(responseUrl) < 2) return answer;
  try {
    rt.responses.take(responseUrl);
    await respondWith(respond, placeholder());
  } catch (err) {
    rt.deps.log.warn({ err }, 'slack /client placeholder failed; answering without it');
    return answer;
  }
  return (msg, opts = {}) => answer(msg, { ...opts, replace: true });
}

export async function showWorking(client: webApi.WebClient, place: Place,
  opts: { setStatus?: SetStatus; placed?: (at: PlacedAt) => Promise<void>; log: Log; from: FileSource }): Promise<Working> {
  if (opts.setStatus) {
    try {
      await opts.setStatus(ASSISTANT_STATUS);
      // Slack clears the status when the app posts in the thread.
      return {
        async deliver(msg) {
          await postInThread(client, place, msg);
          await uploadFiles(client, place, msg.files, opts.from);
        },
      };
    } catch (err) {
      opts.log.warn({ err, channel: place.channel }, 'slack setStatus failed; showing a placeholder instead');
    }
  }
  const { text, blocks } = placeholder();
  const posted = await client.chat.postMessage({
    channel: place.channel, thread_ts: place.threadTs, text, blocks, unfurl_links: false, unfurl_media: false,
  });
  const channel = posted.channel ?? place.channel;
  // Not on record, the placeholder would stay after a restart (a thread post reports it instead): the answer goes on.
  await opts.placed?.({ channel, threadTs: place.threadTs ?? null, ts: String(posted.ts) })
    .catch((err) => opts.log.warn({ err, channel }, 'slack: could not note the placeholder'));
  return {
    async deliver(msg) {
      try {
        await client.chat.update({ channel, ts: String(posted.ts), text: msg.text, blocks: msg.blocks });
      } catch (err) {
        // The placeholder may have been deleted meanwhile: the answer still arrives, as a new message.
        opts.log.warn({ err, channel }, 'slack placeholder update failed; posting the answer instead');
        await postInThread(client, place, msg);
      }
      await uploadFiles(client, place, msg.files, opts.from);
    },
  };
}
