// The built-in offline model: a LanguageModelV4 that reads English commands with a rule-based parser and
// answers tool calls, then writes the reply from the tools' results. The same AI SDK loop drives it.
import type {
  LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4Content, LanguageModelV4FinishReason,
  LanguageModelV4Prompt, LanguageModelV4StreamPart, LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { parseCommand } from './parse/parse-command';
import { lastOutcomes, readMemory, readSurface, userText } from './read-prompt';
import { composeReply } from './reply';

const usage: LanguageModelV4Usage = {
  inputTokens: { total: 0, noCache: 0, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 0, text: 0, reasoning: undefined },
};

function finishReason(content: LanguageModelV4Content[]): LanguageModelV4FinishReason {
  return { unified: content.some((p) => p.type === 'tool-call') ? 'tool-calls' : 'stop', raw: undefined };
}

function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

let callCounter = 0;
function newCallId(): string {
  callCounter += 1;
  return `offline-${Date.now().toString(36)}-${callCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Decides the whole answer for one step from the prompt; exported for tests and the eval. */
export function decide(prompt: LanguageModelV4Prompt, now: Date): LanguageModelV4Content[] {
  const last = prompt[prompt.length - 1];
  if (!last) return [{ type: 'text', text: 'How can I help with your clients?' }];
  if (last.role === 'tool') return [{ type: 'text', text: composeReply(lastOutcomes(prompt), readSurface(prompt)) }];
  if (last.role !== 'user') return [{ type: 'text', text: 'Done.' }];
  const decision = parseCommand(userText(last), { today: startOfDay(now), memory: readMemory(prompt) });
  if (decision.kind === 'reply') return [{ type: 'text', text: decision.text }];
  return decision.calls.map((c) => ({
    type: 'tool-call' as const, toolCallId: newCallId(), toolName: c.tool, input: JSON.stringify(c.args),
  }));
}

export function createOfflineModel(opts: { now: () => Date }): LanguageModelV4 {
  return {
    specificationVersion: 'v4',
    provider: 'clientele',
    modelId: 'offline',
    supportedUrls: {},
    async doGenerate({ prompt }: LanguageModelV4CallOptions) {
      const content = decide(prompt, opts.now());
      return { content, usage, warnings: [], finishReason: finishReason(content) };
    },
    async doStream({ prompt }: LanguageModelV4CallOptions) {
      const content = decide(prompt, opts.now());
      const parts: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: [] }];
      content.forEach((part, i) => {
        if (part.type === 'text') {
          const id = `text-${i}`;
          parts.push({ type: 'text-start', id });
          // Word-sized deltas so channels that stream (the web chat) show the answer arriving.
          for (const piece of part.text.match(/\S+\s*|\s+/g) ?? []) parts.push({ type: 'text-delta', id, delta: piece });
          parts.push({ type: 'text-end', id });
        } else parts.push(part as LanguageModelV4StreamPart);
      });
      parts.push({ type: 'finish', usage, finishReason: finishReason(content) });
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          for (const p of parts) controller.enqueue(p);
          controller.close();
        },
      });
      return { stream };
    },
  };
}
