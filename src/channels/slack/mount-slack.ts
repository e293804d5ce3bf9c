// The Slack channel's routes, switched on by SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN (one team) or the OAuth
// settings (many teams, authorize.ts), or by SLACK_APP_TOKEN (Socket Mode). This file stays light: the Slack app
// (Bolt, its Web API client, Socket Mode; create-slack-app.ts) is a dynamic import begun here only when Slack is
// configured, so a start without Slack never reads it (about a third of the bundle), and one with Slack listens
// while it loads. A request that arrives before it has loaded waits for it.
import type { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import type { SlackApp } from './create-slack-app';
import { mountSlackOAuth, oauthTokens } from './oauth-routes';
import { reportInterruptedCommands } from './report-interrupted';

const apps = new WeakMap<AppDeps, Promise<SlackApp>>();

export function mountSlack(app: Hono<any>, deps: AppDeps): void {
  const { SLACK_SIGNING_SECRET: signingSecret, SLACK_BOT_TOKEN: token, SLACK_APP_TOKEN: appToken } = deps.env;
  const tokens = oauthTokens(deps.env);
  // Socket Mode (an app-level token) needs no signing secret: nothing arrives over HTTP.
  if ((!signingSecret && !appToken) || (!token && !tokens)) return;

  const slack = import('./create-slack-app').then(({ createSlackApp }) => createSlackApp(deps, { appToken, tokens }));
  // A failure to load is logged once here, and each Slack request then answers 500 with it.
  slack.catch((err) => deps.log.error({ err }, 'the Slack app could not be loaded'));
  apps.set(deps, slack);
  if (!appToken) app.post('/slack/events', async (c) => (await slack).http!.handle(c.req.raw));
  if (tokens) mountSlackOAuth(app, deps, tokens, async () => (await slack).bolt.client);
}

/** Opens the Socket Mode connection, if this app uses it (after the server listens; server.ts). */
export async function startSlackSocket(deps: AppDeps): Promise<boolean> {
  const socket = (await apps.get(deps))?.socket;
  if (!socket) return false;
  await socket.start();
  deps.log.info({ slack: 'socket mode' }, 'Slack connected over Socket Mode');
  return true;
}

/** What the last stop cut off after its ack is reported, in threads too when Slack's bot is configured. */
export async function reportInterrupted(deps: AppDeps): Promise<{ reported: number; waiting: number }> {
  const slack = await apps.get(deps)?.catch(() => null);
  return reportInterruptedCommands(deps, slack?.clientOf);
}

export async function stopSlackSocket(deps: AppDeps): Promise<void> {
  const slack = apps.get(deps);
  await (await slack?.catch(() => null))?.socket?.stop();
}
