// Buttons: Show / Archive / Unarchive / Invite / Draft outreach run the registry's tools; Add details and
// Add contact open their modal before anything slow; Confirm / Cancel decide a server-side approval
// (E4 checks who may, and runs it once); Undo reverts a change. Every answer comes back to the clicker.
import type { App } from '@slack/bolt';
import { runTool } from '../../../tools/run-tool';
import type { ToolName, ToolResult } from '../../../tools/types';
import { cancelApproval, confirmApproval } from '../../agent/run-agent';
import { undoChange } from '../../agent/undo';
import type { Ctx } from '../../context';
import { getClientOrThrow } from '../../domain/clients/resolve-client';
import type { ClientView } from '../../domain/clients/views';
import { clientFormModal } from './blocks/client-form-modal';
import { contactModal } from './blocks/contact-modal';
import { ACTIONS } from './blocks/elements';
import { fileSource, uploadFiles } from './deliver-message';
import { UPLOAD_FAILED } from './handle-command';
import { type Click, onButton } from './on-button';
import { plainMessage, renderTurn, type SlackMessage } from './render-turn';
import type { SlackRuntime } from './slack-runtime';

export { type Reply, replier } from './on-button';

const TOOL_BUTTONS: Partial<Record<string, ToolName>> = {
  [ACTIONS.show]: 'showClient', [ACTIONS.archive]: 'archiveClient', [ACTIONS.unarchive]: 'unarchiveClient',
  [ACTIONS.invitePortal]: 'invitePortal', [ACTIONS.draftOutreach]: 'draftOutreach',
};

export function registerActions(bolt: App, rt: SlackRuntime): void {
  onButton(bolt, rt, /^(client_|approval_|change_)/, handle);
}

async function handle({ rt, client, b, a, ctx, reply }: Click) {
  const { deps } = rt;
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
        await uploadFiles(client, { channel, threadTs: b.container?.is_ephemeral ? undefined : meta.threadTs }, msg.files, fileSource(rt, ctx.actor));
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
      return reply.inThread(resultMessage(tool, input, await runTool(ctx, tool, input)));
    }
  }
}

/** Buttons carry the client id; tools take a reference, and "id:<n>" is the exact internal one. */
async function clientRef(ctx: Ctx, value: string | undefined): Promise<{ client: string }> {
  const row = await getClientOrThrow(ctx.db, ctx, Number(value));
  return { client: `id:${row.id}` };
}

export function resultMessage(toolName: string, input: unknown, result: ToolResult): SlackMessage {
  return renderTurn({ text: result.ok ? result.text : result.error.message, results: [{ toolName, input, result }], approvals: [] });
}
