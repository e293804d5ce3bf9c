// What the Slack listeners share: the app's deps, the bot's identity per team (its workspace, bot user and bot
// ids: the team's installation, or the single-token setup) and the response_url budget.
import type { webApi } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import type { ResponseUrlBudget } from './response-budget';

export type BotIdentity = { botUserId: string; botId: string; teamId: string; workspaceId: number };
/**
 * identity(teamId): that team's bot and workspace; without a team, the single-token setup's. clientOf(teamId): a
 * Web API client with that team's own bot token, null when the team is not installed here (a Slack Connect
 * channel's message can arrive under another team's installation than its author's).
 */
export type SlackRuntime = {
  deps: AppDeps; identity(teamId?: string): Promise<BotIdentity>; responses: ResponseUrlBudget;
  clientOf(teamId: string): Promise<webApi.WebClient | null>;
};

