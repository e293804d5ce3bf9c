// The language model: OpenAI (or any compatible server) when OPENAI_API_KEY is set, else the built-in
// offline model. Both run in the same AI SDK loop with the same tools and confirmations.
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import type { DbOrTx } from '../db/client';
import { ensureApprovalSecret } from '../domain/workspaces/ensure-approval-secret';
import type { Env } from '../env';
import { createOfflineModel } from './offline/model';

type ModelEnv = Pick<Env, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL'>;

export function createLanguageModel(env: ModelEnv, opts: { now: () => Date; fetch?: typeof fetch }): LanguageModel {
  if (!env.OPENAI_API_KEY) return createOfflineModel({ now: opts.now });
  const openai = createOpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, fetch: opts.fetch });
  // Most OpenAI-compatible servers implement only chat completions; OpenAI itself gets the Responses API.
  return env.OPENAI_BASE_URL ? openai.chat(env.OPENAI_MODEL) : openai(env.OPENAI_MODEL);
}

/** The secret that signs AI SDK tool approvals: APPROVAL_SECRET, else the random one kept in the database. */
export async function resolveApprovalSecret(env: Pick<Env, 'APPROVAL_SECRET'>, db: DbOrTx, workspaceId: number): Promise<string> {
  return env.APPROVAL_SECRET ?? ensureApprovalSecret(db, workspaceId);
}
