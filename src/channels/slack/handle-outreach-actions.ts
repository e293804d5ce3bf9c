// "Send" on an outreach draft card: nothing is emailed yet. It stores a server-side approval for sendOutreach
// and answers with a confirmation card naming the exact email and recipient; Confirm (handle-actions) sends
// it once, and only the person who asked, an owner or an admin can confirm.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { requestApproval } from '../../agent/approvals';
import { makeCtx } from '../../deps';
import { getClientView } from '../../domain/clients/get-client-view';
import { loadDraft } from '../../domain/outreach/load-draft';
import { isDomainError } from '../../errors';
import { confirmationCard } from './blocks/confirmation-card';
import { ACTIONS } from './blocks/elements';
import { sendSummary } from './blocks/outreach-card';
import { replier } from './handle-actions';
import { escapeMrkdwn } from './mrkdwn';
import { plainMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { SORRY } from './run-turn';
import type { SlackRuntime } from './slack-runtime';

export function registerOutreachActions(bolt: App, rt: SlackRuntime): void {
  bolt.action({ type: 'block_actions', action_id: ACTIONS.sendOutreach }, async ({ ack, body, action, client, respond }) => {
    await ack();
    const b = body as BlockAction;
    const reply = replier(rt, client, respond, b);
    const who = await resolveSlackActor(rt, client, { teamId: b.team?.id ?? b.user.team_id, userId: b.user.id, userTeamId: b.user.team_id });
    if (!who.ok) return reply.privately(plainMessage(who.message));
    try {
      const ctx = makeCtx(rt.deps, who.actor);
      const draft = await loadDraft(ctx.db, ctx, Number((action as ButtonAction).value));
      if (draft.status === 'sent') return reply.privately(plainMessage(`"${draft.subject}" was already sent; nothing is sent twice.`));
      const view = await getClientView(ctx.db, ctx, draft.clientId);
      const to = view.primaryContact ? { name: view.primaryContact.name, email: view.primaryContact.email } : { name: null, email: null };
      const asked = await requestApproval(ctx, { conversationKey: null, toolName: 'sendOutreach', input: { draftId: draft.id } });
      if ('failure' in asked) return reply.privately(plainMessage(asked.failure.error.message));
      const summary = sendSummary({ subject: draft.subject, clientName: `${view.name} (#${view.number})`, to });
      await reply.inThread({ text: escapeMrkdwn(`Please confirm: ${summary}`), blocks: confirmationCard({ ...asked.approval, summary }), files: [] });
    } catch (err) {
      if (!isDomainError(err)) rt.deps.log.error({ err }, 'slack outreach send failed');
      await reply.privately(plainMessage(isDomainError(err) ? err.message : SORRY));
    }
  });
}
