// "Send…" on an invoice of the client card: nothing is emailed yet. It stores a server-side approval for
// sendInvoice (pinned to the recipient and figures) and answers in the thread with a confirmation card naming
// them; Confirm (handle-actions) sends it once, and only the person who asked, an owner or an admin can confirm.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { requestApproval } from '../../agent/approvals';
import { makeCtx } from '../../deps';
import { isDomainError } from '../../errors';
import { confirmationCard } from './blocks/confirmation-card';
import { INVOICE_ACTIONS } from './blocks/invoice-list';
import { replier } from './handle-actions';
import { escapeMrkdwn } from './mrkdwn';
import { plainMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { SORRY } from './run-turn';
import type { SlackRuntime } from './slack-runtime';

export function registerInvoiceActions(bolt: App, rt: SlackRuntime): void {
  bolt.action({ type: 'block_actions', action_id: INVOICE_ACTIONS.send }, async ({ ack, body, action, client, respond }) => {
    await ack();
    const b = body as BlockAction;
    const reply = replier(rt, client, respond, b);
    const who = await resolveSlackActor(rt, client, { teamId: b.team?.id ?? b.user.team_id, userId: b.user.id, userTeamId: b.user.team_id });
    if (!who.ok) return reply.privately(plainMessage(who.message));
    try {
      const ctx = makeCtx(rt.deps, who.actor);
      const id = Number((action as ButtonAction).value);
      if (!Number.isSafeInteger(id) || id <= 0) return reply.privately(plainMessage('That invoice no longer exists.'));
      const asked = await requestApproval(ctx, { conversationKey: null, toolName: 'sendInvoice', input: { invoice: `id:${id}` } });
      if ('failure' in asked) return reply.privately(plainMessage(asked.failure.error.message));
      await reply.inThread({ text: escapeMrkdwn(`Please confirm: ${asked.approval.summary}`), blocks: confirmationCard(asked.approval), files: [] });
    } catch (err) {
      if (!isDomainError(err)) rt.deps.log.error({ err }, 'slack invoice send failed');
      await reply.privately(plainMessage(isDomainError(err) ? err.message : SORRY));
    }
  });
}
