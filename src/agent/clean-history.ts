// What a turn leaves in conversation memory. Approval requests are replaced by a plain "waiting for
// confirmation" tool result (the approval itself lives in the approvals table, never in replayable history),
// and provider-specific ids and reasoning are dropped so the history works with any model, later.
import type { ModelMessage, ToolModelMessage } from 'ai';
import type { ToolResult } from '../../tools/types';

type Part = Record<string, unknown> & { type: string };

const strip = (part: Part): Part => {
  const { providerOptions: _p, providerMetadata: _m, ...rest } = part;
  return rest as Part;
};

/** `pending` maps a tool call id to the result the model should see for it on later turns. */
export function cleanHistory(messages: ModelMessage[], pending: Map<string, ToolResult>): ModelMessage[] {
  const out: ModelMessage[] = [];
  for (const message of messages) {
    if (message.role === 'assistant') {
      if (typeof message.content === 'string') { out.push({ role: 'assistant', content: message.content }); continue; }
      const parts = (message.content as Part[])
        .filter((p) => p.type === 'text' || p.type === 'tool-call' || p.type === 'tool-result')
        .map(strip);
      if (!parts.length) continue;
      out.push({ role: 'assistant', content: parts } as ModelMessage);
      const waiting = parts.filter((p) => p.type === 'tool-call' && pending.has(p.toolCallId as string));
      if (waiting.length) {
        out.push({
          role: 'tool',
          content: waiting.map((p) => ({
            type: 'tool-result' as const, toolCallId: p.toolCallId as string, toolName: p.toolName as string,
            output: { type: 'json' as const, value: pending.get(p.toolCallId as string) as never },
          })),
        });
      }
    } else if (message.role === 'tool') {
      const parts = (message.content as Part[]).filter((p) => p.type === 'tool-result').map(strip);
      if (!parts.length) continue;
      const prev = out[out.length - 1];
      // Keep one tool message after each assistant message (the waiting results may already be there).
      if (prev?.role === 'tool') (prev as ToolModelMessage).content.push(...(parts as ToolModelMessage['content']));
      else out.push({ role: 'tool', content: parts } as ModelMessage);
    } else {
      out.push(message);
    }
  }
  return out;
}
