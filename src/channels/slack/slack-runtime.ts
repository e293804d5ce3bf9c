// What the Slack listeners share: the app's deps and the bot's own identity (auth.test, asked once).
import type { AppDeps } from '../../deps';

export type BotIdentity = { botUserId: string; botId: string; teamId: string };
export type SlackRuntime = { deps: AppDeps; identity(): Promise<BotIdentity> };

/** Memoises a successful lookup; a failed one is asked again next time. */
export function memoizeIdentity(lookup: () => Promise<BotIdentity>): () => Promise<BotIdentity> {
  let cached: Promise<BotIdentity> | null = null;
  return () => {
    cached ??= lookup().catch((err) => { cached = null; throw err; });
    return cached;
  };
}
