// A tool a channel ran outside the model loop (a CSV shared in Slack becomes a dry-run import) is written into
// the conversation as if the assistant had called it, so the next message there reads it: "yes" / "apply it"
// answers that offer (offline/read-offer.ts), and a model with a key sees the same result. The result is marked
// like any in a turn (a CSV's cells are text from outside the team).
import { randomUUID } from 'node:crypto';
import type { ModelMessage } from 'ai';
import type { Ctx } from '../context';
import type { ToolName, ToolResult } from '../../tools/types';
import { loadConversation, saveConversation } from './memory';
import { createTurnGuard } from './turn-guard';

/** `title`: the conversation's title in a list, when this turn may be its first (the web chat's). */
export type RecordedToolTurn = { said: string; toolName: ToolName; input: unknown; result: ToolResult; title?: string };

export async function recordToolTurn(ctx: Ctx, conversationId: string, turn: RecordedToolTurn): Promise<void> {
  const result = await createTurnGuard(ctx).mark(turn.toolName, turn.result);
  const toolCallId = `${turn.toolName}-${randomUUID()}`;
  const text = result.ok ? result.text : result.error.message;
  const added: ModelMessage[] = [
    { role: 'user', content: turn.said },
    { role: 'assistant', content: [{ type: 'tool-call', toolCallId, toolName: turn.toolName, input: turn.input }] },
    { role: 'tool', content: [{ type: 'tool-result', toolCallId, toolName: turn.toolName, output: { type: 'json', value: result as never } }] },
    ...(text ? [{ role: 'assistant' as const, content: text }] : []),
  ];
  const conv = await loadConversation(ctx, conversationId);
  conv.messages = [...conv.messages, ...added];
  await saveConversation(ctx, conv, ctx.actor.channel, turn.title);
}
