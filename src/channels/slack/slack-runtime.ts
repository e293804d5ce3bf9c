// What the Slack listeners share: the app's deps, the bot's own identity (auth.test, asked once) and the
// response_url budget.
import type { AppDeps } from '../../deps';
import type { ResponseUrlBudget } from './response-budget';

export type BotIdentity = { botUserId: string; botId: string; teamId: string };
export type SlackRuntime = { deps: AppDeps; identity(): Promise<BotIdentity>; responses: ResponseUrlBudget };

/** Memoises a successful lookup; a failed one is asked again next time. */
export function memoizeIdentity(lookup: () => Promise<BotIdentity>): () => Promise<BotIdentity> {
  let cached: Promise<BotIdentity> | null = null;
  return () => {
    cached ??= lookup().catch((err) => { cached = null; throw err; });
    return cached;
  };
}
