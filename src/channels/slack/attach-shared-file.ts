// A file shared with the bot with words such as "attach this to Acme" (optionally "... and share it in the
// portal") becomes a document of that client: read from Slack with the size limit held while reading, then
// checked and stored by the addDocument tool. The answer names the document and carries an Undo button.
import type { webApi } from '@slack/bolt';
import { runTool } from '../../../tools/run-tool';
import type { MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import { MAX_DOCUMENT_BYTES } from '../../domain/documents/document-rules';
import { postInThread, type Place } from './deliver-message';
import { downloadSharedFile, megabytes, type SharedFile } from './read-shared-file';
import { plainMessage, renderTurn } from './render-turn';
import { slackErrorText, toolFailureText } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

const ATTACH = /\b(?:attach|add|file|save|upload|put)\b(?:\s+(?:this|these|it|them|the\s+files?|this\s+file))?\s+(?:to|under|for|with)\s+(.+)$/i;

/** "attach this to Acme Corp and share it in the portal" -> { client: 'Acme Corp', shared: true }; null when it asks nothing of the kind. */
export function readAttachRequest(text: string): { client: string; shared: boolean } | null {
  const m = ATTACH.exec(text.trim());
  if (!m) return null;
  const client = m[1].split(/\s+(?:and|,)\s+|[.!?]\s*$/i)[0].replace(/^(?:the\s+)?client\s+/i, '').replace(/['’]s\s+(?:documents|files)$/i, '').trim();
  if (!client) return null;
  return { client, shared: /\b(?:share|shared|portal)\b/i.test(text) && !/\b(?:team only|don'?t share|not shared)\b/i.test(text) };
}

export async function attachSharedFile(rt: SlackRuntime, client: webApi.WebClient, place: Place, actor: MemberActor,
  file: SharedFile, ask: { client: string; shared: boolean }): Promise<void> {
  const { deps } = rt;
  const name = file.name ?? file.title ?? 'the file';
  try {
    if ((file.size ?? 0) > MAX_DOCUMENT_BYTES) {
      return await postInThread(client, place, plainMessage(`${name} is ${megabytes(file.size!)}; documents are limited to ${megabytes(MAX_DOCUMENT_BYTES)}.`));
    }
    const bytes = await downloadSharedFile({
      fetch: deps.fetch, token: client.token ?? deps.env.SLACK_BOT_TOKEN ?? '', apiUrl: deps.env.SLACK_API_URL, file, maxBytes: MAX_DOCUMENT_BYTES,
    });
    const input = { client: ask.client, file: file.name ?? name, shared: ask.shared };
    const r = await runTool(makeCtx(deps, actor), 'addDocument', input, { upload: { name: file.name ?? name, bytes } });
    if (!r.ok) return await postInThread(client, place, plainMessage(toolFailureText(r.error, name)));
    await postInThread(client, place, renderTurn({ text: r.text, results: [{ toolName: 'addDocument', input, result: r }], approvals: [] }));
  } catch (err) {
    await postInThread(client, place, plainMessage(slackErrorText(err, deps.log, { file: file.id }, name)));
  }
}
