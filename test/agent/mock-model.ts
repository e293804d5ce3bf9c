// Scripted language models for agent tests: MockLanguageModelV4 answering each step from a list (or a function),
// as streams of whole tool calls or text, as a provider would.
import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';

export type Call = { toolName: string; input: Record<string, unknown> };
export type Step = { calls: Call[] } | { text: string };

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};
let seq = 0;

export function streamOf(step: Step) {
  const parts: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: [] }];
  if ('text' in step) {
    parts.push({ type: 'text-start', id: 't' });
    for (const word of step.text.split(/(?<= )/)) parts.push({ type: 'text-delta', id: 't', delta: word });
    parts.push({ type: 'text-end', id: 't' });
  } else {
    for (const c of step.calls) {
      parts.push({ type: 'tool-call', toolCallId: `call-${++seq}`, toolName: c.toolName, input: JSON.stringify(c.input) });
    }
  }
  parts.push({ type: 'finish', usage, finishReason: { unified: 'text' in step ? 'stop' : 'tool-calls', raw: undefined } });
  return { stream: convertArrayToReadableStream(parts) };
}

/** Answers step i with steps[i]; after the list, with a closing text. */
export function scriptedModel(steps: Step[] | ((opts: LanguageModelV4CallOptions, i: number) => Step)) {
  let i = 0;
  return new MockLanguageModelV4({
    doStream: async (opts) => {
      const step = typeof steps === 'function' ? steps(opts, i) : (steps[i] ?? { text: 'Done.' });
      i++;
      return streamOf(step);
    },
  });
}

/** A model that calls `call` first and then writes `text` once it sees the tool result. */
export const callThenText = (call: Call, text = 'Done.') =>
  scriptedModel((opts) => (opts.prompt[opts.prompt.length - 1].role === 'tool' ? { text } : { calls: [call] }));

/** The first tool result's sentence in a tool message: its text, and with `errors` a failed result's message too. */
function toolSentence(v: unknown, errors: boolean): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (o.ok === true && typeof o.text === 'string') return o.text;
  if (errors && o.ok === false && o.error && typeof (o.error as { message?: unknown }).message === 'string') return (o.error as { message: string }).message;
  for (const x of Object.values(o)) { const t = toolSentence(x, errors); if (t) return t; }
  return undefined;
}

/** Each user message runs the calls queued for it with say(); then the model repeats the tool's sentence (else "Done."). */
export function chatModel(opts: { errors?: boolean } = {}) {
  const queue: Call[][] = [];
  const model = scriptedModel((o) => {
    const last = o.prompt.at(-1)!;
    if (last.role === 'user') return { calls: queue.shift() ?? [] };
    return { text: toolSentence(last.content, opts.errors ?? false) ?? 'Done.' };
  });
  return { model, say: (...calls: Call[]) => queue.push(calls) };
}

/** A model that runs the calls last given to next() on every user message, then says "Done.". */
export function commandedModel() {
  let calls: Call[] = [];
  const model = scriptedModel((opts) => (opts.prompt.at(-1)!.role === 'user' ? { calls } : { text: 'Done.' }));
  return { model, next: (c: Call[]) => { calls = c; } };
}
