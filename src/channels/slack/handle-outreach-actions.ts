// "Send" on an outreach draft card: nothing is emailed yet. It stores a server-side approval for sendOutreach
// and answers with a confirmation card naming the exact email, recipient and client; Confirm (handle-actions)
// sends it once, and only the person who asked, an owner or an admin can confirm.
import type { App } from '@slack/bolt';
import { getClientView } from '../../domain/clients/get-client-view';
import { loadDraft } from '../../domain/outreach/load-draft';
import { ACTIONS } from './blocks/elements';
import { sendSummary } from './blocks/outreach-card';
import { askFirst, onButton } from './on-button';
import { plainMessage } from './render-turn';
import type { SlackRuntime } from './slack-runtime';

export function registerOutreachActions(bolt: App, rt: SlackRuntime): void {
  onButton(bolt, rt, ACTIONS.sendOutreach, async (click) => {
    const { ctx } = click;
    const draft = await loadDraft(ctx.db, ctx, Number(click.a.value));
    if (draft.status === 'sent') return click.reply.privately(plainMessage(`"${draft.subject}" was already sent; nothing is sent twice.`));
    const view = await getClientView(ctx.db, ctx, draft.clientId);
    const to = view.primaryContact ? { name: view.primaryContact.name, email: view.primaryContact.email } : { name: null, email: null };
    await askFirst(click, 'sendOutreach', { draftId: draft.id }, () => sendSummary({ subject: draft.subject, clientName: `${view.name} (#${view.number})`, to }));
  });
}
