// The language model: OpenAI (or any compatible server) when OPENAI_API_KEY is set, else the built-in
// offline model. Both run in the same AI SDK loop with the same tools and confirmations.
import type { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import type { DbOrTx } from '../db/client';
import { ensureApprovalSecret } from '../domain/workspaces/ensure-approval-secret';
import type { Env } from '../env';

type ModelEnv = Pick<Env, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL'>;

type OpenAIModel = ReturnType<ReturnType<typeof createOpenAI>['chat']>;

/** A model whose code is loaded with its first turn, not at start: the same provider and id for whoever checks. */
function loadedOnFirstTurn(provider: string, modelId: string, load: () => Promise<OpenAIModel>): OpenAIModel {
  let model: Promise<OpenAIModel> | undefined;
  const loaded = () => (model ??= load());
  return {
    specificationVersion: 'v4', provider, modelId,
    get supportedUrls() { return loaded().then((m) => m.supportedUrls); },
    doGenerate: async (o) => (await loaded()).doGenerate(o),
    doStream: async (o) => (await loaded()).doStream(o),
  };
}

export function createLanguageModel(env: ModelEnv, opts: { now: () => Date; fetch?: typeof fetch }): LanguageModel {
  // The offline reader's code (its rules, dates, values: a tenth of the server's bundle) loads with the first
  // turn, like its weights (offline/model.ts).
  if (!env.OPENAI_API_KEY) return loadedOnFirstTurn('clientele', 'offline', () => import('./offline/model').then((m) => m.createOfflineModel({ now: opts.now })));
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
