// A CSV attached in the web chat: the page uploads it to POST /files/imports (the dry run, with that route's limits)
// and sends the import's id as a data part of the message. The dry run is shown as an importCsv call and written
// into the conversation (recordToolTurn), so "yes" / "go ahead" typed next answers that offer (issue 13), as after
// a CSV shared in Slack. No model runs for it: the upload is the request.
import { randomUUID } from 'node:crypto';
import type { UIMessageStreamWriter } from 'ai';
import { runTool } from '../../../../tools/run-tool';
import { recordToolTurn } from '../../../agent/record-tool-turn';
import type { Ctx } from '../../../context';
import { conversationTitle } from './chat-history';
import { webSafeResult } from './web-safe-result';

export async function streamImportPreview(writer: UIMessageStreamWriter, args: { ctx: Ctx; conversationId: string; importId: string; text: string }) {
  const { ctx, conversationId, text } = args;
  const input = { importId: args.importId };
  // The tool reads the upload by id within the person's workspace only: another team's id is "no such import".
  const result = await runTool(ctx, 'importCsv', input);
  const toolCallId = `call-${randomUUID()}`;
  writer.write({ type: 'tool-input-available', toolCallId, toolName: 'importCsv', input });
  writer.write({ type: 'tool-output-available', toolCallId, output: webSafeResult(result) });
  const filename = (result.ok && result.data?.kind === 'import' && result.data.filename) || 'a CSV file';
  const said = `${text ? `${text} ` : ''}[attached the file ${filename}]`;
  await recordToolTurn(ctx, conversationId, { said, toolName: 'importCsv', input, result, title: conversationTitle(text || `Import ${filename}`) });
  // The same words the conversation keeps (recordToolTurn), so the reopened chat reads as this one.
  const answer = result.ok ? result.text : result.error.message;
  const id = `text-${randomUUID()}`;
  writer.write({ type: 'text-start', id });
  writer.write({ type: 'text-delta', id, delta: answer });
  writer.write({ type: 'text-end', id });
}
