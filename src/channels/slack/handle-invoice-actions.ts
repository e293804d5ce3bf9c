// "Send…" on an invoice of the client card: nothing is emailed yet. It stores a server-side approval for
// sendInvoice (pinned to the recipient and figures) and answers in the thread with a confirmation card naming
// them; Confirm (handle-actions) sends it once, and only the person who asked, an owner or an admin can confirm.
import type { App } from '@slack/bolt';
import { INVOICE_ACTIONS } from './blocks/invoice-list';
import { askFirst, onButton } from './on-button';
import { plainMessage } from './render-turn';
import type { SlackRuntime } from './slack-runtime';

export function registerInvoiceActions(bolt: App, rt: SlackRuntime): void {
  onButton(bolt, rt, INVOICE_ACTIONS.send, async (click) => {
    const id = Number(click.a.value);
    if (!Number.isSafeInteger(id) || id <= 0) return click.reply.privately(plainMessage('That invoice no longer exists.'));
    await askFirst(click, 'sendInvoice', { invoice: `id:${id}` });
  });
}
