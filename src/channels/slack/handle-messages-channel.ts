// "/client messages here" (or "/client messages #channel" as Slack links it, or a channel id) picks the channel where
// the workspace's client message threads are mirrored; "/client messages off" mirrors them nowhere (the
// deployment's own workspace included), "/client messages default" goes back to the default (the deployment's
// SLACK_MESSAGES_CHANNEL for its own workspace, none for the others); "/client messages" says where they go now. The workspace setting is updateWorkspaceSettings (owners and admins, history, an Undo button).
// The app then greets the channel with this team's token, so a channel it was not invited to is found at once.
import type { webApi } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { Ctx } from '../../context';
import { effectiveMessagesChannel, MESSAGES_OFF, readMessagesChannel } from '../../domain/messages/messages-channel';
import { updateWorkspaceSettings } from '../../domain/settings/update-workspace';
import { isDomainError } from '../../errors';
import { section } from './blocks/elements';
import { undoActions } from './blocks/undo-button';
import { escapeMrkdwn } from './mrkdwn';
import type { SlackMessage } from './render-turn';
import type { SlackRuntime } from './slack-runtime';

const COMMAND = /^messages?(?:\s+channel)?(?:\s+(.*))?$/i;
const HERE = /^(?:here|this channel|to this channel|in this channel)$/i;
const OFF = /^(?:off|none|stop)$/i;
const DEFAULT = /^(?:default|reset|clear)$/i;
const LINKED = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$/;
const BARE_ID = /^[CG][A-Z0-9]{6,30}$/i;

type Command = { text: string; channel_id: string };
const message = (blocks: KnownBlock[], text: string): SlackMessage => ({ text, blocks, files: [] });
const say = (markdown: string) => message([section(markdown)], markdown);

/** The answer when the command was "/client messages …"; null hands the text on (to the forms, then the agent). */
export async function messagesChannelCommand(rt: SlackRuntime, ctx: Ctx, client: webApi.WebClient, command: Command): Promise<SlackMessage | null> {
  const m = COMMAND.exec(command.text.trim());
  if (!m) return null;
  const arg = (m[1] ?? '').trim();
  const own = ctx.actor.workspaceId === rt.deps.workspaceId;
  const fallback = own ? (rt.deps.env.SLACK_MESSAGES_CHANNEL ?? null) : null;
  const where = (c: string | null) => (c ? `<#${c}>` : 'no channel: they stay in Clientele (the web client page and chat)');
  if (!arg) {
    const now = await readMessagesChannel(ctx.db, ctx.actor.workspaceId, fallback);
    return say(`Client message threads from the portal are mirrored in ${where(now)}. Type \`/client messages here\` in a channel to use that one.`);
  }
  let channel: string | null;
  if (HERE.test(arg)) {
    if (!/^[CG]/.test(command.channel_id)) return say('Run `/client messages here` in the channel you want (a direct message cannot hold client threads).');
    channel = command.channel_id;
  } else if (OFF.test(arg)) channel = MESSAGES_OFF;
  else if (DEFAULT.test(arg)) channel = null;
  else if (LINKED.test(arg)) channel = LINKED.exec(arg)![1];
  else if (BARE_ID.test(arg)) channel = arg.toUpperCase();
  else if (arg.startsWith('#')) return say(`I cannot look channels up by name. Open ${arg.replace(/[<>&]/g, '')} and type \`/client messages here\` there.`);
  else return null;

  let r: Awaited<ReturnType<typeof updateWorkspaceSettings>>;
  try {
    r = await updateWorkspaceSettings({ ctx, input: { messagesChannel: channel } });
  } catch (err) {
    if (!isDomainError(err)) throw err;
    return say(`The messages channel was not changed: ${err.message}`);
  }
  const effective = effectiveMessagesChannel(r.workspace.messagesChannel, fallback);
  if (!r.activityId) return say(`Nothing changed: client message threads are mirrored in ${where(effective)}.`);
  let note = '';
  if (effective) {
    try {
      await client.chat.postMessage({ channel: effective, text: `Client message threads from the portal will appear here, one thread per client (set by ${escapeMrkdwn(ctx.actor.name)}). Reply in a thread to answer the client.` });
    } catch (err) {
      rt.deps.log.warn({ err, channel: effective }, 'messages channel greeting failed');
      note = ` I cannot post there yet: invite me with \`/invite @Clientele\` in <#${effective}>.`;
    }
  }
  const text = `Client message threads from the portal will be mirrored in ${where(effective)}.${note}`;
  return message([section(text), undoActions({ activityId: r.activityId, label: 'the messages channel' })], text);
}
