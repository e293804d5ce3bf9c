// A CSV shared with the bot (a DM, or a message that mentions it) becomes a dry-run import: the file is read
// from Slack, checked and planned by the importCsv tool (nothing changes), and the report is posted in the thread
// as a card with Apply import / Cancel. Too large a file is refused before it is downloaded. The dry run is also
// written into the thread's conversation, so "yes" / "apply it" typed there answers it like the button.
import type { webApi } from '@slack/bolt';
import type { ImportPreview } from '../../../tools/import-csv';
import { runTool } from '../../../tools/run-tool';
import { recordToolTurn } from '../../agent/record-tool-turn';
import type { MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import { IMPORT_LIMITS } from '../../domain/imports/read-import';
import { importReportCard } from './blocks/import-card';
import { postInThread, type Place } from './deliver-message';
import { escapeMrkdwn } from './mrkdwn';
import { downloadSharedFile, megabytes, type SharedFile } from './read-shared-file';
import { plainMessage } from './render-turn';
import { slackErrorText, toolFailureText } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

/** `thread`: the thread's conversation id and what the person wrote with the file, to record the dry run there. */
export async function importSharedFile(
  rt: SlackRuntime, client: webApi.WebClient, place: Place, actor: MemberActor, file: SharedFile, thread?: { conversationId: string; said: string },
): Promise<void> {
  const { deps } = rt;
  const name = file.name ?? file.title ?? 'the file';
  try {
    if ((file.size ?? 0) > IMPORT_LIMITS.bytes) {
      const msg = `${name} is ${megabytes(file.size!)}; imports are limited to ${megabytes(IMPORT_LIMITS.bytes)}. Split it into smaller files and share them one by one.`;
      return await postInThread(client, place, plainMessage(msg));
    }
    const bytes = await downloadSharedFile({
      fetch: deps.fetch, token: client.token ?? deps.env.SLACK_BOT_TOKEN ?? '', apiUrl: deps.env.SLACK_API_URL, file, maxBytes: IMPORT_LIMITS.bytes,
    });
    const ctx = makeCtx(deps, actor);
    const r = await runTool(ctx, 'importCsv', {}, { upload: { name: file.name ?? name, bytes } });
    if (!r.ok) return await postInThread(client, place, plainMessage(toolFailureText(r.error, name)));
    const preview = r.data as ImportPreview;
    await postInThread(client, place, { text: escapeMrkdwn(r.text), blocks: importReportCard(preview, actor.name), files: [] });
    if (thread) {
      const said = `${thread.said ? `${thread.said} ` : ''}[shared the file ${name}]`;
      await recordToolTurn(ctx, thread.conversationId, { said, toolName: 'importCsv', input: { importId: preview.importId }, result: r });
    }
  } catch (err) {
    await postInThread(client, place, plainMessage(slackErrorText(err, deps.log, { file: file.id }, name)));
  }
}
