// The Slack app itself: Bolt with our receiver (HTTP: FetchReceiver; Socket Mode: socket-mode.ts), every listener
// registered. Loaded by mount-slack.ts with a dynamic import only when Slack is configured: Bolt, its Web API client,
// Socket Mode (undici, ws) and Express's body parsers are about a third of the bundle, and a start without Slack
// reads none of it. Its Web API client goes to SLACK_API_URL (a proxy, or the tests' fake).
import { App, LogLevel, type Logger, webApi } from '@slack/bolt';
import type { Log } from '../../context';
import type { TokenSealer } from '../../domain/slack-installations/token-sealer';
import type { AppDeps } from '../../deps';
import { createTeamDirectory, dropUnknownTeams } from './authorize';
import { FetchReceiver } from './fetch-receiver';
import { registerAppHome } from './handle-app-home';
import { registerAssistant } from './handle-assistant';
import { registerThreadFollowUps } from './handle-thread-followups';
import { createSocketReceiver, type SocketReceiver } from './socket-mode';
import { registerActions } from './handle-actions';
import { registerCommand } from './handle-command';
import { registerImportActions } from './handle-import-actions';
import { registerMessages } from './handle-messages';
import { registerFollowUpActions } from './handle-follow-up-actions';
import { registerInvoiceActions } from './handle-invoice-actions';
import { registerOutreachActions } from './handle-outreach-actions';
import { registerShortcut } from './handle-shortcut';
import { registerThreadReplies } from './handle-thread-replies';
import { registerUninstall } from './handle-uninstall';
import { registerSettings } from './handle-settings';
import { registerViews } from './handle-views';
import { defaultSleep, rateLimitedFetch } from './rate-limited-fetch';
import { ResponseUrlBudget } from './response-budget';
import { slackFetch } from './slack-fetch';
import type { SlackRuntime } from './slack-runtime';

// A failed post is retried a little, not Slack's default of 10 times over half an hour.
const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 };

export type SlackApp = { bolt: App; http: FetchReceiver | null; socket: SocketReceiver | null; clientOf: SlackRuntime['clientOf'] };

/** `appToken` set: Socket Mode (nothing arrives over HTTP); else HTTP with the signing secret. `tokens`: OAuth installs. */
export function createSlackApp(deps: AppDeps, { appToken, tokens }: { appToken?: string; tokens: TokenSealer | null }): SlackApp {
  const signingSecret = deps.env.SLACK_SIGNING_SECRET;
  const receiver = appToken ? createSocketReceiver(deps, appToken, boltLogger(deps.log))
    : new FetchReceiver({ signingSecret: signingSecret!, db: deps.db, now: deps.now, defer: (w) => deps.deferrer.defer(w), log: deps.log, owner: deps.instance, journal: deps.ackJournal });
  const teams = createTeamDirectory(deps, () => bolt.client, tokens);
  // 429s are waited out in our fetch (Retry-After, 3 attempts); the client must not wait a second time.
  const clientOptions = {
    slackApiUrl: deps.env.SLACK_API_URL, retryConfig: RETRY_CONFIG, rejectRateLimitedCalls: true,
    fetch: rateLimitedFetch(slackFetch, { sleep: deps.sleep ?? defaultSleep, log: deps.log }),
  };
  const bolt: App = new App({
    receiver,
    // Per team: its installation's token, or the single token; the bot's ids from one auth.test per token.
    authorize: (source) => teams.authorize(source),
    clientOptions,
    logger: boltLogger(deps.log),
    ignoreSelf: true,
    convoStore: false,
  });
  bolt.error(dropUnknownTeams(deps.log));
  const rt: SlackRuntime = {
    deps, identity: (teamId) => teams.identity(teamId), responses: new ResponseUrlBudget(deps.now),
    clientOf: async (teamId) => {
      const token = await teams.botToken(teamId);
      return token ? new webApi.WebClient(token, clientOptions) : null;
    },
  };
  registerCommand(bolt, rt);
  registerMessages(bolt, rt);
  registerActions(bolt, rt);
  registerImportActions(bolt, rt);
  registerOutreachActions(bolt, rt);
  registerFollowUpActions(bolt, rt);
  registerInvoiceActions(bolt, rt);
  registerViews(bolt, rt);
  registerSettings(bolt, rt);
  registerShortcut(bolt, rt);
  registerAppHome(bolt, rt);
  registerAssistant(bolt, rt);
  registerThreadFollowUps(bolt, rt);
  registerThreadReplies(bolt, rt);
  if (tokens) registerUninstall(bolt, rt);

  const http = receiver instanceof FetchReceiver ? receiver : null;
  return { bolt, http, socket: http ? null : (receiver as SocketReceiver), clientOf: rt.clientOf };
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
