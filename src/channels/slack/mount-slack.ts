// The Slack app on POST /slack/events, switched on by SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN (one team) or
// the OAuth settings (many teams, authorize.ts). Bolt runs behind our FetchReceiver; its Web API client goes to
// SLACK_API_URL (a proxy, or the tests' fake).
import { App, LogLevel, type Logger } from '@slack/bolt';
import type { Hono } from 'hono';
import type { Log } from '../../context';
import type { AppDeps } from '../../deps';
import { createTeamDirectory, dropUnknownTeams } from './authorize';
import { FetchReceiver } from './fetch-receiver';
import { registerAppHome } from './handle-app-home';
import { registerAssistant } from './handle-assistant';
import { registerThreadFollowUps } from './handle-thread-followups';
import { createSocketReceiver } from './socket-mode';
import { registerActions } from './handle-actions';
import { registerCommand } from './handle-command';
import { registerImportActions } from './handle-import-actions';
import { registerMessages } from './handle-messages';
import { registerInvoiceActions } from './handle-invoice-actions';
import { registerOutreachActions } from './handle-outreach-actions';
import { registerShortcut } from './handle-shortcut';
import { registerThreadReplies } from './handle-thread-replies';
import { registerUninstall } from './handle-uninstall';
import { mountSlackOAuth, oauthTokens } from './oauth-routes';
import { registerSettings } from './handle-settings';
import { registerViews } from './handle-views';
import { defaultSleep, rateLimitedFetch } from './rate-limited-fetch';
import { ResponseUrlBudget } from './response-budget';
import { slackFetch } from './slack-fetch';
import type { SlackRuntime } from './slack-runtime';

// A failed post is retried a little, not Slack's default of 10 times over half an hour.
const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 };

export function mountSlack(app: Hono<any>, deps: AppDeps): void {
  const { SLACK_SIGNING_SECRET: signingSecret, SLACK_BOT_TOKEN: token } = deps.env;
  const tokens = oauthTokens(deps.env);
  // Socket Mode (an app-level token) needs no signing secret: nothing arrives over HTTP.
  const appToken = deps.env.SLACK_APP_TOKEN;
  if ((!signingSecret && !appToken) || (!token && !tokens)) return;

  const receiver = appToken ? createSocketReceiver(deps, appToken, boltLogger(deps.log))
    : new FetchReceiver({ signingSecret: signingSecret!, db: deps.db, now: deps.now, defer: (w) => deps.deferrer.defer(w), log: deps.log });
  const teams = createTeamDirectory(deps, () => bolt.client, tokens);
  const bolt: App = new App({
    receiver,
    // Per team: its installation's token, or the single token; the bot's ids from one auth.test per token.
    authorize: (source) => teams.authorize(source),
    // 429s are waited out in our fetch (Retry-After, 3 attempts); the client must not wait a second time.
    clientOptions: {
      slackApiUrl: deps.env.SLACK_API_URL, retryConfig: RETRY_CONFIG, rejectRateLimitedCalls: true,
      fetch: rateLimitedFetch(slackFetch, { sleep: deps.sleep ?? defaultSleep, log: deps.log }),
    },
    logger: boltLogger(deps.log),
    ignoreSelf: true,
    convoStore: false,
  });
  bolt.error(dropUnknownTeams(deps.log));
  const rt: SlackRuntime = { deps, identity: (teamId) => teams.identity(teamId), responses: new ResponseUrlBudget(deps.now) };
  registerCommand(bolt, rt);
  registerMessages(bolt, rt);
  registerActions(bolt, rt);
  registerImportActions(bolt, rt);
  registerOutreachActions(bolt, rt);
  registerInvoiceActions(bolt, rt);
  registerViews(bolt, rt);
  registerSettings(bolt, rt);
  registerShortcut(bolt, rt);
  registerAppHome(bolt, rt);
  registerAssistant(bolt, rt);
  registerThreadFollowUps(bolt, rt);
  registerThreadReplies(bolt, rt);
  if (tokens) registerUninstall(bolt, rt);

  if (receiver instanceof FetchReceiver) app.post('/slack/events', (c) => receiver.handle(c.req.raw));
  if (tokens) mountSlackOAuth(app, deps, tokens, () => bolt.client);
}

function boltLogger(log: Log): Logger {
  let level = LogLevel.INFO;
  return {
    debug: (...m: unknown[]) => log.debug({ slack: m.map(String).join(' ') }),
    info: (...m: unknown[]) => log.info({ slack: m.map(String).join(' ') }),
    warn: (...m: unknown[]) => log.warn({ slack: m.map(String).join(' ') }),
    error: (...m: unknown[]) => log.error({ slack: m.map(String).join(' ') }),
    setLevel: (l: LogLevel) => { level = l; },
    getLevel: () => level,
    setName: () => {},
  };
}
