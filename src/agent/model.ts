// The language model: OpenAI (or any compatible server) when OPENAI_API_KEY is set, else the built-in
// offline model. Both run in the same AI SDK loop with the same tools and confirmations.
import { createHash } from 'node:crypto';
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import type { Env } from '../env';
import { createOfflineModel } from './offline/model';

type ModelEnv = Pick<Env, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL'>;

export function createLanguageModel(env: ModelEnv, opts: { now: () => Date; fetch?: typeof fetch }): LanguageModel {
  if (!env.OPENAI_API_KEY) return createOfflineModel({ now: opts.now });
  const openai = createOpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, fetch: opts.fetch });
  // Most OpenAI-compatible servers implement only chat completions; OpenAI itself gets the Responses API.
  return env.OPENAI_BASE_URL ? openai.chat(env.OPENAI_MODEL) : openai(env.OPENAI_MODEL);
}

/**
 * The secret that signs AI SDK tool approvals. Without APPROVAL_SECRET it is derived from the database URL:
 * stable across restarts of the same installation (so a signed approval survives a restart) with no setup
 * for local use. It is only a second line of defence: approvals are checked against server-side rows.
 * Production should set APPROVAL_SECRET.
 */
export function resolveApprovalSecret(env: Pick<Env, 'APPROVAL_SECRET' | 'DATABASE_URL'>): string {
  return env.APPROVAL_SECRET ?? createHash('sha256').update(`clientele-approval-secret:v1:${env.DATABASE_URL}`).digest('hex');
}
