// Reads what the offline model needs from an AI SDK prompt: the last user text, the results of the tools
// that just ran, and what earlier turns said about which client or contact is being talked about.
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { Memory } from './types';

export type ToolOutcome = { toolName: string; input: unknown; result: unknown };

type Message = LanguageModelV4Prompt[number];

export function userText(message: Message): string {
  if (message.role !== 'user') return '';
  return message.content.map((p) => (p.type === 'text' ? p.text : '')).join(' ').trim();
}

function outputValue(output: { type: string; value?: unknown; reason?: string }): unknown {
  if (output.type === 'json') return output.value;
  if (output.type === 'text' && typeof output.value === 'string') {
    try { return JSON.parse(output.value); } catch { return { ok: true, text: output.value }; }
  }
  if (output.type === 'execution-denied') return { ok: false, error: { code: 'denied', message: output.reason ?? 'Not approved.' } };
  if (output.type === 'error-text' || output.type === 'error-json') {
    return { ok: false, error: { code: 'error', message: String(typeof output.value === 'string' ? output.value : JSON.stringify(output.value)) } };
  }
  return output.value;
}

/** The tool calls of the trailing assistant step and their results (everything after the last user message). */
export function lastOutcomes(prompt: LanguageModelV4Prompt): ToolOutcome[] {
  let start = prompt.length;
  while (start > 0 && prompt[start - 1].role !== 'user') start--;
  const inputs = new Map<string, { toolName: string; input: unknown }>();
  const outcomes: ToolOutcome[] = [];
  for (const message of prompt.slice(start)) {
    for (const part of message.content as Array<Record<string, any>>) {
      if (typeof part !== 'object') continue;
      if (part.type === 'tool-call') inputs.set(part.toolCallId, { toolName: part.toolName, input: parseInput(part.input) });
      if (part.type === 'tool-result') {
        const call = inputs.get(part.toolCallId);
        outcomes.push({ toolName: part.toolName, input: call?.input, result: outputValue(part.output) });
      }
    }
  }
  return outcomes;
}

function parseInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try { return JSON.parse(input); } catch { return input; }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Walks the conversation in order so that the latest mention wins. */
export function readMemory(prompt: LanguageModelV4Prompt): Memory {
  const memory: Memory = {};
  for (const message of prompt.slice(0, -1)) {
    if (message.role === 'system' || message.role === 'user') continue;
    for (const part of message.content as Array<Record<string, any>>) {
      if (part.type === 'tool-call') {
        const input = parseInput(part.input) as Record<string, unknown> | undefined;
        const client = str(input?.client) ?? (part.toolName === 'createClient' ? str(input?.name) : undefined);
        if (client) memory.client = client;
        const contact = str(input?.contact) ?? (part.toolName === 'addContact' ? str(input?.name) ?? str(input?.email) : undefined);
        if (client && contact) memory.contact = { client, contact };
      }
      if (part.type === 'tool-result') {
        const value = outputValue(part.output) as { ok?: boolean; data?: Record<string, any> } | undefined;
        const data = value?.ok ? value.data : undefined;
        if (data?.kind === 'outreachDraft' && typeof data.draft?.id === 'number') {
          memory.draft = { id: data.draft.id, client: str(data.draft.clientName) ?? '' };
          if (memory.draft.client) memory.client = memory.draft.client;
        }
        const name = str(data?.client?.name);
        if (name) memory.client = name;
        const contact = data?.contact ?? (data?.kind === 'contact' ? data : undefined);
        const contactName = str(contact?.name) ?? str(contact?.email);
        if (name && contactName) memory.contact = { client: name, contact: contactName };
      }
    }
  }
  return memory;
}

/** The surface the system prompt's overlay names ("You are answering in Slack / the web chat / a terminal"). */
export function readSurface(prompt: LanguageModelV4Prompt): 'slack' | 'web' | 'cli' | undefined {
  const system = prompt.find((m) => m.role === 'system');
  const text = system && typeof system.content === 'string' ? system.content : '';
  // The rules and tool descriptions mention Slack too (Slack ids), so only the overlay's own sentence counts.
  const match = /\banswering in (?:the\s+|a\s+)?(slack|web|cli|terminal)\b/i.exec(text);
  if (!match) return undefined;
  const word = match[1].toLowerCase();
  return word === 'terminal' ? 'cli' : (word as 'slack' | 'web' | 'cli');
}
