// Replies in a client's mirrored thread, in the messages channel of the event's own team's workspace (its setting,
// else SLACK_MESSAGES_CHANNEL for the deployment's own): a full team member's reply becomes a team message of that
// workspace's client (recordSlackReply), so it reaches the portal and the contacts' inbox; a check mark says it went. Bots (this one included), edits and other subtypes are ignored; a guest is told privately
// that nothing was forwarded. A re-delivered event records nothing twice (the domain keys on workspace + channel + ts, and finds the
// client thread by workspace + channel + thread ts: in a Slack Connect channel every sharing team sees the same ids).
import type { App, webApi } from '@slack/bolt';
import { makeCtx } from '../../deps';
import { readMessagesChannel } from '../../domain/messages/messages-channel';
import { recordSlackReply } from '../../domain/messages/record-slack-reply';
import { resolveSlackActor } from './resolve-actor';
import { refusalText } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

type ThreadMessage = {
  user?: string; text?: string; ts: string; thread_ts?: string; channel: string; bot_id?: string; subtype?: string; user_team?: string;
};

/** Slack's markup to the plain text a client reads: links, mentions and channel names spelled out, entities decoded. */
export function slackToPlain(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, (_, url: string, label: string) => (label === url.replace(/^mailto:/, '') ? label : `${label} (${url})`))
    .replace(/<((?:https?|mailto):[^>]+)>/g, (_, url: string) => url.replace(/^mailto:/, ''))
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<@[A-Z0-9]+\|([^>]+)>/g, '@$1')
    .replace(/<@[A-Z0-9]+>/g, '@someone')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<![^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .trim();
}

/** The messages channel of a team's workspace (null: not mirrored), and the team's bot user. */
export async function teamMessagesChannel(rt: SlackRuntime, teamId: string | undefined): Promise<{ channel: string | null; botUserId: string }> {
  const { workspaceId, botUserId } = await rt.identity(teamId);
  const fallback = workspaceId === rt.deps.workspaceId ? (rt.deps.env.SLACK_MESSAGES_CHANNEL ?? null) : null;
  return { channel: await readMessagesChannel(rt.deps.db, workspaceId, fallback), botUserId };
}

export function registerThreadReplies(bolt: App, rt: SlackRuntime): void {
  bolt.event('message', async ({ event, body, client }) => {
    const msg = event as unknown as ThreadMessage;
    if (!msg.thread_ts || msg.thread_ts === msg.ts) return;
    if (msg.bot_id || msg.subtype || !msg.user) return;
    // The event's own team (without one: the single-token team) decides the workspace, hence the channel: a
    // reply in another team's channel never reaches this workspace's clients. In a Slack Connect channel shared by
    // two teams installed here, Slack sends a message once, under either team's installation: a reply by a person
    // of the other installed team is that team's, looked up in its workspace with its own token.
    const delivered = (body as { team_id?: string }).team_id;
    const authorTeam = msg.user_team && msg.user_team !== delivered ? msg.user_team : null;
    const authorClient = authorTeam ? await rt.clientOf(authorTeam) : null;
    const teamId = authorClient ? authorTeam! : delivered;
    const { channel, botUserId } = await teamMessagesChannel(rt, teamId);
    if (!channel || msg.channel !== channel || msg.user === botUserId) return;
    await forward(rt, authorClient ?? client, channel, teamId, msg as ThreadMessage & { user: string; thread_ts: string });
  });
}

async function forward(rt: SlackRuntime, client: webApi.WebClient, channel: string, teamId: string | undefined, msg: ThreadMessage & { user: string; thread_ts: string }) {
  const tell = (text: string) => client.chat.postEphemeral({ channel, user: msg.user, thread_ts: msg.thread_ts, text });
  const who = await resolveSlackActor(rt, client, { teamId, userId: msg.user, userTeamId: msg.user_team ?? null });
  if (!who.ok) {
    await tell(`Not sent to the client. ${who.message}`);
    return;
  }
  const text = slackToPlain(msg.text ?? '');
  if (!text) return;
  try {
    const r = await recordSlackReply({ ctx: makeCtx(rt.deps, who.actor), input: { channel, ts: msg.ts, threadTs: msg.thread_ts, text } });
    if (r.recorded) await client.reactions.add({ channel, timestamp: msg.ts, name: 'white_check_mark' }).catch(() => undefined);
  } catch (err) {
    // A refusal (a role without client access, a reply too long) is the person's to fix; anything else Slack retries.
    const refusal = refusalText(err);
    if (refusal === null) throw err;
    await tell(`Not sent to the client: ${refusal}`);
  }
}
