// The plain-English filter box: the agent's own model (offline or OpenAI) reads the words and calls
// findClients; we take that call's input as the list's filters instead of running it.
import type { AppDeps } from '../../../deps';
import { registry } from '../../../../tools/index';
import { CLIENT_FILTER_KEYS } from '../../../domain/clients/client-filters';

export type UnderstoodFilters = Record<string, string>;

export async function understandFilters(deps: AppDeps, text: string): Promise<UnderstoodFilters> {
  const find = registry.findClients;
  // The AI SDK loads with the first filter read, not at start (chat-turn.ts).
  const { generateText, tool } = await import('ai');
  const result = await generateText({
    model: deps.model,
    instructions: `Turn the person's description of clients into one findClients call. Today is ${deps.now().toISOString().slice(0, 10)}.`,
    messages: [{ role: 'user', content: /^(find|show|list|search)\b/i.test(text) ? text : `find ${text}` }],
    tools: { findClients: tool({ description: find.description, inputSchema: find.input }) },
    toolChoice: { type: 'tool', toolName: 'findClients' },
  });
  const call = result.toolCalls.find((c) => c.toolName === 'findClients');
  if (!call) return { query: text };
  const input = call.input as Record<string, unknown>;
  const out: UnderstoodFilters = {};
  for (const k of CLIENT_FILTER_KEYS) {
    const v = input[k];
    if (typeof v === 'string' && v.trim()) out[k] = v.trim();
  }
  return out;
}

export const describeFilters = (f: UnderstoodFilters) =>
  Object.entries(f).map(([k, v]) => `${k} = ${v}`).join(', ') || 'all clients';
