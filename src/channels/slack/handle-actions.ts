// Buttons: Show / Archive / Unarchive / Invite / Draft outreach run the registry's tools; Add details and
// Add contact open their modal before anything slow; Confirm / Cancel decide a server-side approval
// (E4 checks who may, and runs it once); Undo reverts a change. Every answer comes back to the clicker.
import type { App, BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import { registry } from '../../../tools/index';
import { cancelApproval, confirmApproval } from '../../agent/run-agent';
import { undoChange } from '../../agent/undo';
import type { MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import { getClientOrThrow } from '../../domain/clients/resolve-client';
import type { ClientView } from '../../domain/clients/views';
import { isDomainError } from '../../errors';
import type { ToolFailure, ToolName, ToolResult } from '../../../tools/types';
import { clientFormModal } from './blocks/client-form-modal';
import { contactModal } from './blocks/contact-modal';
import { ACTIONS } from './blocks/elements';
import { answerVia, postInThread, uploadFiles } from './deliver-message';
import { UPLOAD_FAILED } from './handle-command';
import { plainMessage, renderTurn, type SlackMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { SORRY } from './run-turn';
import type { SlackRuntime } from './slack-runtime';

const TOOL_BUTTONS: Partial<Record<string, ToolName>> = {
  [ACTIONS.show]: 'showClient', [ACTIONS.archive]: 'archiveClient', [ACTIONS.unarchive]: 'unarchiveClient',
  [ACTIONS.invitePortal]: 'invitePortal', [ACTIONS.draftOutreach]: 'draftOutreach',
};

export function registerActions(bolt: App, rt: SlackRuntime): void {
  bolt.action({ type: 'block_actions', action_id: /^(client_|approval_|change_)/ }, async ({ ack, body, action, client, respond }) => {
    await ack();
    const b = body as BlockAction;
    const a = action as ButtonAction;
    const who = await resolveSlackActor(rt, client, { teamId: b.team?.id ?? b.user.team_id, userId: b.user.id, userTeamId: b.user.team_id });
    const reply = replier(rt, client, respond, b);
    if (!who.ok) return reply.privately(plainMessage(who.message));
    try {
      await handle(rt, client, b, a, who.actor, reply);
    } catch (err) {
      if (!isDomainError(err)) rt.deps.log.error({ err, action: a.action_id }, 'slack action failed');
      await reply.privately(plainMessage(isDomainError(err) ? err.message : SORRY));
    }
  });
}

export type Reply = { privately(msg: SlackMessage): Promise<void>; replace(msg: SlackMessage): Promise<void>; inThread(msg: SlackMessage): Promise<void> };

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

async function handle(rt: SlackRuntime, client: webApi.WebClient, b: BlockAction, a: ButtonAction, actor: MemberActor, reply: Reply) {
  const { deps } = rt;
  const ctx = makeCtx(deps, actor);
  const meta = { channelId: b.channel?.id, threadTs: (b.message as { thread_ts?: string } | undefined)?.thread_ts ?? b.container?.message_ts };
  switch (a.action_id) {
    case ACTIONS.confirm: case ACTIONS.cancel: {
      const decide = a.action_id === ACTIONS.confirm ? confirmApproval : cancelApproval;
      const turn = await decide({ deps, ctx, approvalId: a.value ?? '' });
      const msg = renderTurn(turn);
      await reply.replace(msg);
      // A confirmed export: the file goes where it was asked for, as it does when no confirmation was needed.
      const channel = meta.channelId ?? b.container?.channel_id;
      if (!msg.files.length || !channel) return;
      try {
        // An ephemeral card (a slash command's) has no thread to answer in: the file goes to the channel.
        await uploadFiles(client, { channel, threadTs: b.container?.is_ephemeral ? undefined : meta.threadTs }, msg.files);
      } catch (err) {
        deps.log.warn({ err, channel }, 'slack upload after a confirmation failed');
        await reply.inThread(plainMessage(UPLOAD_FAILED));
      }
      return;
    }
    case ACTIONS.undo: {
      const turn = await undoChange({ deps, ctx, activityId: Number(a.value) });
      return reply.inThread(renderTurn(turn));
    }
    case ACTIONS.addDetails: case ACTIONS.addContact: {
      // trigger_id lives 3 s: read the record and open the modal before anything else.
      const client_ = await runTool(ctx, 'showClient', await clientRef(ctx, a.value));
      if (!client_.ok || client_.data?.kind !== 'client') return reply.privately(resultMessage('showClient', {}, client_));
      const view = client_.data.client as ClientView;
      await client.views.open({
        trigger_id: b.trigger_id,
        view: a.action_id === ACTIONS.addDetails ? clientFormModal(view, meta) : contactModal(view, meta),
      });
      return;
    }
    default: {
      const tool = TOOL_BUTTONS[a.action_id];
      if (!tool) return;
      const input = await clientRef(ctx, a.value);
      const result = await runTool(ctx, tool, input);
      return reply.inThread(resultMessage(tool, input, result));
    }
  }
}

/** Buttons carry the client id; tools take a reference, and "id:<n>" is the exact internal one. */
async function clientRef(ctx: ReturnType<typeof makeCtx>, value: string | undefined): Promise<{ client: string }> {
  const row = await getClientOrThrow(ctx.db, ctx, Number(value));
  return { client: `id:${row.id}` };
}

async function runTool(ctx: ReturnType<typeof makeCtx>, name: ToolName, input: Record<string, unknown>): Promise<ToolResult> {
  const tool = (registry as Record<string, { run(args: { ctx: typeof ctx; input: unknown }): Promise<ToolResult> }>)[name];
  if (!tool) return { ok: false, error: { code: 'unavailable', message: 'That is not available yet.' } };
  try {
    return await tool.run({ ctx, input });
  } catch (err) {
    if (isDomainError(err)) return { ok: false, error: err.toJSON() as ToolFailure['error'] };
    throw err;
  }
}

export function resultMessage(toolName: string, input: unknown, result: ToolResult): SlackMessage {
  return renderTurn({ text: result.ok ? result.text : result.error.message, results: [{ toolName, input, result }], approvals: [] });
}
