// Sending answers: in the thread with chat.postMessage, or through a response_url with respond();
// link unfurling is always off. Files go up with Slack's external upload flow (files.uploadV2 =
// files.getUploadURLExternal, upload, files.completeUploadExternal), read back from the export store as the
// download route reads them (the asker's workspace checked): a private folder on Node, R2 on Workers.
import { readFile } from 'node:fs/promises';
import type { RespondFn, webApi } from '@slack/bolt';
import type { ExportFiles } from '../../context';
import type { SlackFile, SlackMessage } from './render-turn';
import type { SlackRuntime } from './slack-runtime';

export type Place = { channel: string; threadTs?: string };

/** Posts the message's text and blocks; its files go up separately (uploadFiles), where the caller wants them. */
export async function postInThread(client: webApi.WebClient, place: Place, msg: SlackMessage): Promise<void> {
  await client.chat.postMessage({
    channel: place.channel, thread_ts: place.threadTs, text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false,
  });
}

export async function respondWith(respond: RespondFn, msg: SlackMessage, opts: { replace?: boolean; ephemeral?: boolean } = {}): Promise<void> {
  await respond({
    text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false,
    response_type: opts.ephemeral === false ? 'in_channel' : 'ephemeral',
    replace_original: opts.replace ?? false,
  } as Parameters<RespondFn>[0]);
}

export type AnswerOptions = { replace?: boolean; ephemeral?: boolean };
export type Answer = (msg: SlackMessage, opts?: AnswerOptions) => Promise<void>;

/**
 * Answers through the response_url while its budget lasts (5 uses in 30 minutes), then with chat.postMessage:
 * private answers to the person's DM with the app, public ones in the place they belong to.
 */
export function answerVia(rt: SlackRuntime, client: webApi.WebClient, respond: RespondFn,
  target: { responseUrl: string | undefined; place: Place; userId: string }): Answer {
  return async (msg, opts = {}) => {
    if (rt.responses.take(target.responseUrl)) return respondWith(respond, msg, opts);
    const privately = opts.ephemeral !== false;
    await postInThread(client, privately ? { channel: target.userId } : target.place, msg);
  };
}

/** Where an answer's files are read from: the export store, for the workspace of the person who asked. */
export type FileSource = { files?: ExportFiles; workspaceId: number };
export const fileSource = (rt: SlackRuntime, actor: { workspaceId: number }): FileSource => ({ files: rt.deps.files, workspaceId: actor.workspaceId });

async function bytesOf(file: SlackFile, from: FileSource): Promise<Uint8Array> {
  const found = from.files ? await from.files.read(file.exportId, from.workspaceId) : null;
  if (!found) throw new Error(`export ${file.exportId} (${file.filename}) is not in this workspace's store`);
  // R2 hands back a stream; on Node the file is on this machine's disk.
  return found.body ? new Uint8Array(await new Response(found.body()).arrayBuffer()) : readFile(found.path);
}

export async function uploadFiles(client: webApi.WebClient, place: Place, files: SlackFile[], from: FileSource): Promise<void> {
  for (const file of files) {
    const bytes = Buffer.from(await bytesOf(file, from));
    await client.files.uploadV2({
      channel_id: place.channel, ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
      file: bytes, filename: file.filename, title: file.filename,
    } as Parameters<webApi.WebClient['files']['uploadV2']>[0]);
  }
}
