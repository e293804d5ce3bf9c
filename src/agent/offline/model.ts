// The built-in offline model: a LanguageModelV4 that reads English commands with a rule-based parser and
// answers tool calls, then writes the reply from the tools' results. The same AI SDK loop drives it.
import type {
  LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4Content, LanguageModelV4FinishReason,
  LanguageModelV4Prompt, LanguageModelV4StreamPart, LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { loadCommandReader } from './nlu/command-reader';
import type { KnownNames } from './nlu/gazetteer';
import { readMessage, type ReadMessageOptions } from './nlu/read-message';
import { isSendGoAhead, lastOffer, readAnswer, type Answer, type Offer } from './read-offer';
import type { Decision } from './types';
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

/** "yes" / "2" / "no" to the assistant's last offer. */
function answerOffer(answer: Answer, offer: Offer, opts: ReadMessageOptions): Decision {
  if (answer.kind === 'no') return { kind: 'reply', text: 'OK, I left everything as it was. What would you like to do instead?' };
  if (offer.kind === 'draft') return { kind: 'calls', calls: [{ tool: 'sendOutreach', args: { draftId: offer.draftId } }] };
  // After a preview with rejected rows, "yes" imports the valid rows: the confirmation names the rows left out.
  if (offer.kind === 'import') return { kind: 'calls', calls: [{ tool: 'applyImport', args: { importId: offer.importId, ...(offer.rejected || (answer.kind === 'yes' && answer.skipRejected) ? { skipRejected: true } : {}) } }] };
  if (offer.kind === 'command') return readMessage(offer.text, opts);
  return readMessage(offer.userText, { ...opts, accept: answer.choice });
}

/** Decides the whole answer for one step from the prompt; exported for tests and the eval. */
export function decide(prompt: LanguageModelV4Prompt, now: Date, tools?: ReadonlySet<string>, known?: KnownNames): LanguageModelV4Content[] {
  const last = prompt[prompt.length - 1];
  if (!last) return [{ type: 'text', text: 'How can I help with your clients?' }];
  if (last.role === 'tool') return [{ type: 'text', text: composeReply(lastOutcomes(prompt), readSurface(prompt)) }];
  if (last.role !== 'user') return [{ type: 'text', text: 'Done.' }];
  const text = userText(last);
  const opts = { today: startOfDay(now), memory: readMemory(prompt), tools, known };
  const offer = lastOffer(prompt);
  const answer = readAnswer(text) ?? (isSendGoAhead(text) && (offer?.kind === 'draft' || opts.memory.draft) ? { kind: 'yes' as const, choice: 1 } : undefined);
  const draftOffer = !offer && answer && opts.memory.draft && isSendGoAhead(text) ? { kind: 'draft' as const, draftId: opts.memory.draft.id } : undefined;
  const decision = answer && (offer ?? draftOffer) ? answerOffer(answer, (offer ?? draftOffer)!, opts) : readMessage(text, opts);
  if (decision.kind === 'reply') return [{ type: 'text', text: decision.text }];
  return decision.calls.map((c) => ({
    type: 'tool-call' as const, toolCallId: newCallId(), toolName: c.tool, input: JSON.stringify(c.args),
  }));
}

/** Names of the tools the caller offered (none offered: the eval, which judges every tool). */
function offeredTools(options: LanguageModelV4CallOptions): ReadonlySet<string> | undefined {
  const names = (options.tools ?? []).map((t) => t.name);
  return names.length ? new Set(names) : undefined;
}

/** The workspace's clients, contacts and groups, handed over by the agent (src/agent/known-names.ts). */
function knownNames(options: LanguageModelV4CallOptions): KnownNames | undefined {
  const names = (options.providerOptions?.clientele as { knownNames?: KnownNames } | undefined)?.knownNames;
  return names && typeof names === 'object' ? names : undefined;
}

export function createOfflineModel(opts: { now: () => Date }): LanguageModelV4 {
  const answer = async (options: LanguageModelV4CallOptions) => {
    await loadCommandReader();
    return decide(options.prompt, opts.now(), offeredTools(options), knownNames(options));
  };
  return {
    specificationVersion: 'v4',
    provider: 'clientele',
    modelId: 'offline',
    supportedUrls: {},
    async doGenerate(options: LanguageModelV4CallOptions) {
      const content = await answer(options);
      return { content, usage, warnings: [], finishReason: finishReason(content) };
    },
    async doStream(options: LanguageModelV4CallOptions) {
      const content = await answer(options);
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
