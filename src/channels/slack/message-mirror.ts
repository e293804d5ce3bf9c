// Client message threads mirrored into Slack (the MessageMirror port on ctx), per workspace: each workspace posts
// with its own Slack team's bot token (its OAuth installation, else SLACK_BOT_TOKEN for the deployment's own
// workspace) into its messages channel (its setting, else SLACK_MESSAGES_CHANNEL for the deployment's own). Each
// client has one Slack thread there, started by its first message with the client's name and a link to its page.
// Names are escaped for mrkdwn and bodies go in plain_text blocks, so nothing a client types can ping or link anyone.
import type { webApi } from '@slack/bolt';
import type { MessageMirror } from '../../context';
import type { AppDeps } from '../../deps';
import { readWorkspaceInstallation } from '../../domain/slack-installations/read-slack-installation';
import type { TokenSealer } from '../../domain/slack-installations/token-sealer';
import { announceBlocks } from './announce-blocks';
import { clip, escapeMrkdwn } from './mrkdwn';
import { defaultSleep, rateLimitedFetch } from './rate-limited-fetch';
import { slackFetch } from './slack-fetch';
import { createTokenCipher } from './token-cipher';

// Each mirrored post carries its message's id (Slack message metadata), so a post whose poster died before recording
// it can be found again (findPosts) instead of posted twice.
const MIRROR_EVENT = 'clientele_message';
const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 };
// A mirrored post is never resent by the client: a 5xx or a dropped connection may come after Slack posted it, and a
// blind resend is a second copy whose first nobody knows. The failure goes back to drain-slack-thread.ts, whose retry
// looks for the post first. (A 429 posts nothing: rate-limited-fetch.ts still waits it out and resends.)
const NO_RETRY = { retries: 0 };
/** Web API clients per deps (the token goes with each call) and one mirror per workspace, kept for its post queue. */
type Poster = { web(): Promise<webApi.WebClient>; postWeb(): Promise<webApi.WebClient>; tokens: TokenSealer | null; mirrors: Map<number, MessageMirror> };
const posters = new WeakMap<AppDeps, Poster | null>();

type Post = Parameters<MessageMirror['post']>[0];

/** The blocks of one mirrored message (pure, for tests and the post). */
export function mirrorBlocks(m: Post): { text: string; blocks: webApi.KnownBlock[] } {
  const who = `*${escapeMrkdwn(m.authorName)}* ${m.fromClient ? `(client, ${escapeMrkdwn(m.clientName)}) in the portal` : '(team)'}`;
  const body = { type: 'section' as const, text: { type: 'plain_text' as const, text: clip(m.body, 3000), emoji: false } };
  if (m.threadTs) {
    return { text: `${m.authorName}: ${escapeMrkdwn(clip(m.body, 300))}`, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: who }] }, body] };
  }
  const head = `Messages with *${escapeMrkdwn(m.clientName)}* · <${m.clientUrl}|Open the client page>`;
  return {
    text: `Messages with ${escapeMrkdwn(m.clientName)}: ${escapeMrkdwn(clip(m.body, 300))}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: head } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `${who} · reply in this thread to answer in the client's portal` }] },
      body,
    ],
  };
}

function posterOf(deps: AppDeps): Poster | null {
  const known = posters.get(deps);
  if (known !== undefined) return known;
  const { SLACK_BOT_TOKEN: single, SLACK_TOKEN_KEY: key } = deps.env;
  if (!single && !key) {
    posters.set(deps, null);
    return null;
  }
  // Loaded with the first post: most processes (the terminal chat, a start) never post.
  const clientWith = (retryConfig: typeof RETRY_CONFIG | typeof NO_RETRY) => import('@slack/bolt').then(({ webApi: api }) => new api.WebClient(undefined, {
    slackApiUrl: deps.env.SLACK_API_URL, retryConfig, rejectRateLimitedCalls: true,
    fetch: rateLimitedFetch(slackFetch, { sleep: deps.sleep ?? defaultSleep, log: deps.log }),
  }));
  let client: Promise<webApi.WebClient> | undefined;
  let postClient: Promise<webApi.WebClient> | undefined;
  const web = () => (client ??= clientWith(RETRY_CONFIG));
  const postWeb = () => (postClient ??= clientWith(NO_RETRY));
  const poster: Poster = { web, postWeb, tokens: key ? createTokenCipher(key) : null, mirrors: new Map() };
  posters.set(deps, poster);
  return poster;
}

/** Read at each post: a reinstall changes the token, an uninstall removes it (then nothing is posted). */
async function botTokenOf(deps: AppDeps, poster: Poster, workspaceId: number): Promise<string> {
  const token = await installedToken(deps, poster, workspaceId);
  if (token) return token;
  throw new Error(`workspace ${workspaceId} has no Slack team installed to post with`);
}

async function installedToken(deps: AppDeps, poster: Poster, workspaceId: number): Promise<string | null> {
  const inst = poster.tokens ? await readWorkspaceInstallation(deps.db, poster.tokens, workspaceId) : null;
  if (inst) return inst.botToken;
  return workspaceId === deps.workspaceId && deps.env.SLACK_BOT_TOKEN ? deps.env.SLACK_BOT_TOKEN : null;
}

export type SlackPost = { channel: string; text: string; blocks: webApi.KnownBlock[] };
/** Posting into a workspace's Slack as its bot (a reminder to a teammate): none when Slack is not configured; a post
 *  answers false when the workspace has no Slack team installed (nothing was sent, and nothing will be). */
export function slackPosterOf(deps: AppDeps, workspaceId: number): { post(msg: SlackPost): Promise<boolean> } | undefined {
  const poster = posterOf(deps);
  if (!poster) return undefined;
  return {
    async post(msg) {
      const token = await installedToken(deps, poster, workspaceId);
      if (!token) return false;
      await (await poster.postWeb()).chat.postMessage({ ...msg, token, unfurl_links: false, unfurl_media: false });
      return true;
    },
  };
}

/** A workspace's mirror: present when Slack is configured (a bot token or OAuth installs); one per workspace and deps. */
export function messageMirrorOf(deps: AppDeps, workspaceId: number): MessageMirror | undefined {
  const poster = posterOf(deps);
  if (!poster) return undefined;
  const known = poster.mirrors.get(workspaceId);
  if (known) return known;
  const own = workspaceId === deps.workspaceId;
  const tokenOf = () => botTokenOf(deps, poster, workspaceId);
  const mirror: MessageMirror = {
    defaultChannel: own ? (deps.env.SLACK_MESSAGES_CHANNEL ?? null) : null,
    async post(m) {
      const { text, blocks } = mirrorBlocks(m);
      const token = await tokenOf();
      const r = await (await poster.postWeb()).chat.postMessage({
        token, channel: m.channel, text, blocks, unfurl_links: false, unfurl_media: false, ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
        metadata: { event_type: MIRROR_EVENT, event_payload: { message_id: m.messageId } },
      });
      if (!r.ts) throw new Error('chat.postMessage answered without a ts');
      return { ts: r.ts };
    },
    async findPosts(q) {
      const token = await tokenOf();
      const web = await poster.web();
      const oldest = (q.since.getTime() / 1000).toFixed(6);
      const page = q.threadTs
        ? await web.conversations.replies({ token, channel: q.channel, ts: q.threadTs, oldest, include_all_metadata: true, limit: 200 })
        : await web.conversations.history({ token, channel: q.channel, oldest, include_all_metadata: true, limit: 200 });
      const hits = (page.messages ?? []).filter((msg) => msg.metadata?.event_type === MIRROR_EVENT
        && Number((msg.metadata.event_payload as { message_id?: unknown } | undefined)?.message_id) === q.messageId);
      // Oldest first: ts strings compare as numbers when their lengths are equal (Slack's are "seconds.micros").
      return hits.flatMap((msg) => (msg.ts ? [msg.ts] : [])).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    },
    async remove(p) {
      const token = await tokenOf();
      try {
        await (await poster.web()).chat.delete({ token, channel: p.channel, ts: p.ts });
      } catch (err) {
        // Another instance deleted it first: what was asked for is done.
        if ((err as { data?: { error?: string } }).data?.error !== 'message_not_found') throw err;
      }
    },
    async announce(n) {
      const token = await tokenOf();
      await (await poster.web()).chat.postMessage({ token, channel: n.channel, ...announceBlocks(n), unfurl_links: false, unfurl_media: false });
    },
  };
  poster.mirrors.set(workspaceId, mirror);
  return mirror;
}
