// Slack's OAuth install for many teams. GET /slack/install sends the browser to Slack with a state that is
// signed (HMAC, a key derived from SLACK_TOKEN_KEY), short-lived, bound to this browser by a cookie and
// accepted once (claimed in the database, so any instance can finish it). GET /slack/oauth_redirect checks it,
// exchanges the code with oauth.v2.access and saves the installation (domain verb; the token sealed).
// `/slack/install?link=1` from a signed-in owner links the team to that owner's workspace instead of a new one.
import type { webApi } from '@slack/bolt';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Actor } from '../../context';
import type { AppDeps } from '../../deps';
import { makeCtx } from '../../deps';
import { readTeamSession } from '../../domain/auth/sessions';
import { saveSlackInstallation } from '../../domain/slack-installations/save-slack-installation';
import type { TokenSealer } from '../../domain/slack-installations/token-sealer';
import type { Env } from '../../env';
import { showRefusal } from '../http/errors';
import { readSessionCookie } from '../http/session';
import { claimDelivery } from './dedupe-deliveries';
import { createTokenCipher, deriveStateKey, fromBase64, toBase64Url } from './token-cipher';

/** The bot scopes the app asks for; slack/manifest.json declares the same. */
export const BOT_SCOPES = ['app_mentions:read', 'chat:write', 'commands', 'files:read', 'files:write', 'im:history', 'im:read', 'users:read', 'users:read.email',
  // Client message threads (SLACK_MESSAGES_CHANNEL): replies in the channel's threads, and the check mark on them.
  'channels:history', 'groups:history', 'reactions:write',
  // The App Home's export in the person's DM with the app (conversations.open); the Assistant view's status and prompts.
  'im:write', 'assistant:write'];
export const SLACK_AUTHORIZE_URL = 'https://slack.com/oauth/v2/authorize';
const STATE_COOKIE = 'slack_oauth_state';
const STATE_TTL_MS = 10 * 60 * 1000;

type State = { n: string; e: number; m?: number };

/** The token sealer when OAuth is configured (client id, secret and key), else null: single-token Slack only. */
export function oauthTokens(env: Env): TokenSealer | null {
  if (!env.SLACK_CLIENT_ID || !env.SLACK_CLIENT_SECRET || !env.SLACK_TOKEN_KEY) return null;
  return createTokenCipher(env.SLACK_TOKEN_KEY);
}

export function mountSlackOAuth(app: Hono<any>, deps: AppDeps, tokens: TokenSealer, client: () => Promise<webApi.WebClient>): void {
  const env = deps.env;
  const stateKey = deriveStateKey(env.SLACK_TOKEN_KEY!);
  const redirectUri = `${env.PUBLIC_URL}/slack/oauth_redirect`;
  const secure = env.PUBLIC_URL.startsWith('https:');

  const sign = async (s: State) => {
    const body = toBase64Url(new TextEncoder().encode(JSON.stringify(s)));
    const mac = await crypto.subtle.sign('HMAC', await stateKey, new TextEncoder().encode(body));
    return `${body}.${toBase64Url(new Uint8Array(mac))}`;
  };
  const verify = async (raw: string): Promise<State | null> => {
    const [body, mac] = raw.split('.');
    if (!body || !mac || raw.length > 1000) return null;
    try {
      const ok = await crypto.subtle.verify('HMAC', await stateKey, fromBase64(mac) as BufferSource, new TextEncoder().encode(body));
      return ok ? (JSON.parse(new TextDecoder().decode(fromBase64(body))) as State) : null;
    } catch {
      return null;
    }
  };

  app.get('/slack/install', async (c) => {
    const state: State = { n: toBase64Url(crypto.getRandomValues(new Uint8Array(18))), e: deps.now().getTime() + STATE_TTL_MS };
    if (c.req.query('link')) {
      const who = await readTeamSession(deps.db, readSessionCookie(c, deps), deps.now());
      if (who?.role !== 'owner') return page(c, 403, 'Sign in as an owner first', 'Only an owner of this workspace can link a Slack workspace to it. Sign in, then open this link again.');
      state.m = who!.memberId;
    }
    setCookie(c, STATE_COOKIE, state.n, { httpOnly: true, secure, sameSite: 'Lax', path: '/slack', maxAge: STATE_TTL_MS / 1000 });
    const url = new URL(SLACK_AUTHORIZE_URL);
    url.searchParams.set('client_id', env.SLACK_CLIENT_ID!);
    url.searchParams.set('scope', BOT_SCOPES.join(','));
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('state', await sign(state));
    return c.redirect(url.toString(), 302);
  });

  app.get('/slack/oauth_redirect', async (c) => {
    const state = await verify(c.req.query('state') ?? '');
    const cookie = getCookie(c, STATE_COOKIE);
    deleteCookie(c, STATE_COOKIE, { path: '/slack', secure });
    // Signed by us, not expired, started in this browser, and not used before (on any instance).
    if (!state || state.e < deps.now().getTime() || !cookie || cookie !== state.n
      || !(await claimDelivery(deps.db, { key: `oauth:${state.n}`, teamId: null, workspaceId: null }, deps.now()))) {
      return page(c, 400, 'This install link has expired', 'Start again from the install link: it works once, for ten minutes, in the browser that opened it.');
    }
    if (c.req.query('error')) return page(c, 200, 'Install cancelled', 'Clientele was not added to Slack.');
    const code = c.req.query('code');
    if (!code) return page(c, 400, 'Nothing to install', 'Slack did not send an authorisation code. Start again from the install link.');

    let actor: Actor = { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'Slack install' };
    if (state.m !== undefined) {
      const who = await readTeamSession(deps.db, readSessionCookie(c, deps), deps.now());
      if (!who || who.memberId !== state.m) return page(c, 403, 'Sign in as an owner first', 'Linking a Slack workspace needs the owner who started it to be signed in.');
      actor = who;
    }
    let access: Awaited<ReturnType<webApi.WebClient['oauth']['v2']['access']>>;
    try {
      access = await (await client()).oauth.v2.access({ client_id: env.SLACK_CLIENT_ID!, client_secret: env.SLACK_CLIENT_SECRET!, code, redirect_uri: redirectUri });
    } catch (err) {
      deps.log.warn({ err: String((err as { data?: { error?: string } }).data?.error ?? err) }, 'slack oauth.v2.access failed');
      return page(c, 400, 'Slack did not accept this install', 'The authorisation code was refused or has expired. Start again from the install link.');
    }
    if (access.is_enterprise_install || !access.team?.id) {
      return page(c, 400, 'Org-wide installs are not supported', 'Install Clientele into one Slack workspace at a time.');
    }
    const team = access.team;
    // A refusal (not an owner, already linked to another team) says why, with the error table's status.
    return showRefusal(async () => {
      const saved = await saveSlackInstallation({ ctx: makeCtx(deps, actor), tokens, input: {
        teamId: team.id, teamName: team.name ?? null, enterpriseId: access.enterprise?.id ?? null,
        botUserId: access.bot_user_id, botToken: access.access_token, scopes: access.scope ?? null, installedBy: access.authed_user?.id ?? null,
      } });
      deps.log.info({ teamId: saved.teamId, workspaceId: saved.workspaceId, created: saved.created }, 'slack installed');
      const name = team.name ?? team.id;
      return page(c, 200, `Clientele is in ${name}`, saved.created
        ? 'Open Slack and type /client help to start.'
        : 'Reinstalled: the new permissions are in place. Your clients are as you left them.');
    }, (err, status) => page(c, status, 'Not installed', err.message));
  });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
// Styled by app.css (the CSP allows no inline styles).
function page(c: Context, status: ContentfulStatusCode, title: string, text: string) {
  return c.html(`<!doctype html><meta charset="utf-8"><title>${esc(title)}</title>`
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/app.css"><main class="slack-result">'
    + `<h1>${esc(title)}</h1><p>${esc(text)}</p></main>`, status);
}
