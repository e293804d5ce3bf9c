// Client message threads mirrored into SLACK_MESSAGES_CHANNEL (the MessageMirror port on ctx): each client has
// one Slack thread, started by its first message with the client's name and a link to its page. Names are
// escaped for mrkdwn and bodies go in plain_text blocks, so nothing a client types can ping or link anyone.
import type { webApi } from '@slack/bolt';
import type { MessageMirror } from '../../context';
import type { AppDeps } from '../../deps';
import { announceBlocks } from './announce-blocks';
import { clip, escapeMrkdwn } from './mrkdwn';
import { defaultSleep, rateLimitedFetch } from './rate-limited-fetch';
import { slackFetch } from './slack-fetch';

const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 };
const mirrors = new WeakMap<AppDeps, MessageMirror | null>();

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

/** The deployment's mirror: on when SLACK_MESSAGES_CHANNEL and SLACK_BOT_TOKEN are set; one per deps. */
export function messageMirrorOf(deps: AppDeps): MessageMirror | undefined {
  const known = mirrors.get(deps);
  if (known !== undefined) return known ?? undefined;
  const { SLACK_MESSAGES_CHANNEL: channel, SLACK_BOT_TOKEN: token } = deps.env;
  if (!channel || !token) {
    mirrors.set(deps, null);
    return undefined;
  }
  // Loaded with the first post: most processes (the terminal chat, a start) never post.
  let client: Promise<webApi.WebClient> | undefined;
  const web = () => (client ??= import('@slack/bolt').then(({ webApi: api }) => new api.WebClient(token, {
    slackApiUrl: deps.env.SLACK_API_URL, retryConfig: RETRY_CONFIG, rejectRateLimitedCalls: true,
    fetch: rateLimitedFetch(slackFetch, { sleep: deps.sleep ?? defaultSleep, log: deps.log }),
  })));
  const mirror: MessageMirror = {
    channel,
    async post(m) {
      const { text, blocks } = mirrorBlocks(m);
      const r = await (await web()).chat.postMessage({
        channel, text, blocks, unfurl_links: false, unfurl_media: false, ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
      });
      if (!r.ts) throw new Error('chat.postMessage answered without a ts');
      return { ts: r.ts };
    },
    async announce(n) {
      await (await web()).chat.postMessage({ channel, ...announceBlocks(n), unfurl_links: false, unfurl_media: false });
    },
  };
  mirrors.set(deps, mirror);
  return mirror;
}
