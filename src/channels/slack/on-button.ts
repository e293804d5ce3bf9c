// Every Slack button the same way: ack at once, the clicker as a member (or why not, privately), a ctx built
// once, answers back to the clicker, and errors through Slack's one table (slack-errors.ts). Handlers only say
// which tool to run or ask for, and how to show it.
import type { App, BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import { requestApproval } from '../../agent/approvals';
import type { Ctx, MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import type { PendingApproval } from '../../agent/approvals';
import type { ToolName } from '../../../tools/types';
import { confirmationCard } from './blocks/confirmation-card';
import { answerVia, postInThread } from './deliver-message';
import { escapeMrkdwn } from './mrkdwn';
import { plainMessage, type SlackMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { slackErrorText } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

export type Reply = { privately(msg: SlackMessage): Promise<void>; replace(msg: SlackMessage): Promise<void>; inThread(msg: SlackMessage): Promise<void> };
export type Click = { rt: SlackRuntime; client: webApi.WebClient; b: BlockAction; a: ButtonAction; actor: MemberActor; ctx: Ctx; reply: Reply };

export function onButton(bolt: App, rt: SlackRuntime, actionId: string | RegExp, handle: (click: Click) => Promise<void>): void {
  bolt.action({ type: 'block_actions', action_id: actionId }, async ({ ack, body, action, client, respond }) => {
    await ack();
    const b = body as BlockAction;
    const a = action as ButtonAction;
    const reply = replier(rt, client, respond, b);
    const who = await resolveSlackActor(rt, client, { teamId: b.team?.id ?? b.user.team_id, userId: b.user.id, userTeamId: b.user.team_id });
    if (!who.ok) return reply.privately(plainMessage(who.message));
    try {
      await handle({ rt, client, b, a, actor: who.actor, ctx: makeCtx(rt.deps, who.actor), reply });
    } catch (err) {
      await reply.privately(plainMessage(slackErrorText(err, rt.deps.log, { action: a.action_id })));
    }
  });
}

export function replier(rt: SlackRuntime, client: webApi.WebClient, respond: RespondFn, b: BlockAction): Reply {
  const container = b.container as { is_ephemeral?: boolean; message_ts?: string; thread_ts?: string } | undefined;
  const channel = b.channel?.id;
  const threadTs = (b.message as { thread_ts?: string } | undefined)?.thread_ts ?? container?.message_ts;
  const answer = answerVia(rt, client, respond, { responseUrl: b.response_url, place: { channel: channel ?? b.user.id, threadTs }, userId: b.user.id });
  return {
    privately: (msg) => answer(msg, { ephemeral: true, replace: false }),
    replace: (msg) => answer(msg, { ephemeral: !!container?.is_ephemeral, replace: true }),
    // A public message gets its answers in its thread; an ephemeral one can only be answered privately.
    inThread: (msg) => (channel && !container?.is_ephemeral ? postInThread(client, { channel, threadTs }, msg) : answer(msg)),
  };
}

/** A click that must be confirmed first: a server-side approval pinned to the exact action, answered with the
 *  confirmation card (Confirm runs it once: handle-actions.ts), or privately why it cannot even be proposed. */
export async function askFirst(click: Pick<Click, 'ctx' | 'reply'>, toolName: ToolName, input: unknown,
  summaryOf: (approval: PendingApproval) => string = (approval) => approval.summary): Promise<void> {
  const asked = await requestApproval(click.ctx, { conversationKey: null, toolName, input });
  if ('failure' in asked) return click.reply.privately(plainMessage(asked.failure.error.message));
  const summary = summaryOf(asked.approval);
  await click.reply.inThread({ text: escapeMrkdwn(`Please confirm: ${summary}`), blocks: confirmationCard({ ...asked.approval, summary }), files: [] });
}
