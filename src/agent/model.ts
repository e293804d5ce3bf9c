// The language model: OpenAI (or any compatible server) when OPENAI_API_KEY is set, else the built-in
// offline model. Both run in the same AI SDK loop with the same tools and confirmations.
import type { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import type { DbOrTx } from '../db/client';
import { ensureApprovalSecret } from '../domain/workspaces/ensure-approval-secret';
import type { Env } from '../env';

type ModelEnv = Pick<Env, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL'>;

type OpenAIModel = ReturnType<ReturnType<typeof createOpenAI>['chat']>;

type StreamResult = Awaited<ReturnType<OpenAIModel['doStream']>>;
type StreamPart = StreamResult['stream'] extends ReadableStream<infer P> ? P : never;

/**
 * The offline model hands over its whole answer at once, a text delta per word, and the SDK's loop passes each part
 * through its chain of streams (a 60-word answer: ~0.7 ms of a turn's CPU, issue 15). Nobody sees the words apart
 * (the web chat joins the deltas of one event-loop turn, the terminal prints them together), so one text's
 * consecutive deltas are joined before the loop reads them. Only for a model that answers all at once.
 */
async function joinTextDeltas(result: StreamResult): Promise<StreamResult> {
  const parts: StreamPart[] = [];
  const reader = result.stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    const last = parts[parts.length - 1];
    if (r.value.type === 'text-delta' && last?.type === 'text-delta' && last.id === r.value.id) {
      parts[parts.length - 1] = { ...last, delta: last.delta + r.value.delta };
    } else parts.push(r.value);
  }
  return { ...result, stream: new ReadableStream<StreamPart>({ start(c) { for (const p of parts) c.enqueue(p); c.close(); } }) };
}

/** A model whose code is loaded with its first turn, not at start: the same provider and id for whoever checks. */
function loadedOnFirstTurn(provider: string, modelId: string, load: () => Promise<OpenAIModel>, opts: { answersAtOnce?: boolean } = {}): OpenAIModel {
  let model: Promise<OpenAIModel> | undefined;
  const loaded = () => (model ??= load());
  return {
    specificationVersion: 'v4', provider, modelId,
    get supportedUrls() { return loaded().then((m) => m.supportedUrls); },
    doGenerate: async (o) => (await loaded()).doGenerate(o),
    doStream: async (o) => {
      const result = await (await loaded()).doStream(o);
      return opts.answersAtOnce ? joinTextDeltas(result) : result;
    },
  };
}

export function createLanguageModel(env: ModelEnv, opts: { now: () => Date; fetch?: typeof fetch }): LanguageModel {
  // The offline reader's code (its rules, dates, values: a tenth of the server's bundle) loads with the first
  // turn, like its weights (offline/model.ts).
  if (!env.OPENAI_API_KEY) return loadedOnFirstTurn('clientele', 'offline', () => import('./offline/model').then((m) => m.createOfflineModel({ now: opts.now })), { answersAtOnce: true });
  // Most OpenAI-compatible servers implement only chat completions; OpenAI itself gets the Responses API.
  const chat = !!env.OPENAI_BASE_URL;
  // The provider too (a tenth of the server's bundle).
  return loadedOnFirstTurn(chat ? 'openai.chat' : 'openai.responses', env.OPENAI_MODEL, () => import('@ai-sdk/openai').then(({ createOpenAI }) => {
    const openai = createOpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, fetch: opts.fetch });
    return chat ? openai.chat(env.OPENAI_MODEL) : openai(env.OPENAI_MODEL);
  }));
}

/** The secret that signs AI SDK tool approvals: APPROVAL_SECRET, else the random one kept in the database. */
export async function resolveApprovalSecret(env: Pick<Env, 'APPROVAL_SECRET'>, db: DbOrTx, workspaceId: number): Promise<string> {
  return env.APPROVAL_SECRET ?? ensureApprovalSecret(db, workspaceId);
}
