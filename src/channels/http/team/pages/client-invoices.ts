// The client page's invoice table: each issued or paid invoice has Send… (or Send again…), which first asks on
// the page, naming the recipient (the billing address rule) and the figures; the table says when each was last sent.
// An issued invoice nothing is paid on has Void…, which asks too (voidInvoice; undone from the history).
import { html } from 'hono/html';
import type { ClientView } from '../../../../domain/clients/views';
import { formatMoney } from '../../../../domain/ledger/money-totals';

/** The question shown before an invoice is emailed; `to` comes back with the click and must still be the address. */
export type InvoiceConfirm = { invoiceId: number; number: string; to: string; amount: string; balance: string; lastSent: string | null };

type Row = ClientView['invoices'][number];
const SENDABLE = new Set(['issued', 'paid']);
const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function sent(i: Row) {
  return i.sentAt ? html`<time datetime="${i.sentAt}">${when(i.sentAt)}</time>${i.sentTo ? html`<br><span class="muted">${i.sentTo}</span>` : ''}` : html`<span class="muted">not sent</span>`;
}

function confirmBox(clientId: number, q: InvoiceConfirm) {
  return html`<tr class="confirm-row"><td colspan="7"><div class="confirm-box" role="alertdialog" id="confirm-send-invoice">
    <p>Email invoice ${q.number} (${q.amount}, balance ${q.balance}) to ${q.to}, with the portal link to view and print it?${q.lastSent ? ` It was last sent ${q.lastSent}.` : ''}</p>
    <div class="actions"><form method="post" action="/clients/${clientId}/invoices/${q.invoiceId}/send" class="inline">
      <input type="hidden" name="confirmed" value="1"><input type="hidden" name="to" value="${q.to}">
      <button type="submit" class="danger" id="send-invoice">Send invoice</button></form>
      <a class="button" href="/clients/${clientId}#ledger">Cancel</a></div></div></td></tr>`;
}

function voidBox(clientId: number, i: Row) {
  return html`<tr class="confirm-row"><td colspan="7"><div class="confirm-box" role="alertdialog" id="confirm-void-invoice">
    <p>Void invoice ${i.number} (${formatMoney(i.amount, i.currency)})? It will no longer be owed and leaves the client's portal; its number stays taken. You can undo it from the history.</p>
    <div class="actions"><form method="post" action="/clients/${clientId}/invoices/${i.id}/void" class="inline">
      <input type="hidden" name="confirmed" value="1"><button type="submit" class="danger" id="void-invoice">Void invoice</button></form>
      <a class="button" href="/clients/${clientId}#ledger">Cancel</a></div></div></td></tr>`;
}

export function invoiceTable(c: ClientView, confirm: InvoiceConfirm | null, confirmVoid: number | null = null) {
  if (!c.invoices.length) return html`<p class="muted">No invoices yet.</p>`;
  // data-label: on a phone the table stacks, one invoice a block, each figure named (see app.css).
  const row = (i: Row) => html`<tr data-invoice="${i.id}"><td data-label="Invoice">${i.number}</td><td data-label="Status">${i.status}</td><td data-label="Due">${i.dueOn ?? ''}</td>
    <td class="num" data-label="Amount">${formatMoney(i.amount, i.currency)}</td><td class="num" data-label="Paid">${formatMoney(i.amountPaid, i.currency)}</td><td class="sent" data-label="Last sent">${sent(i)}</td>
    <td>${SENDABLE.has(i.status) ? html`<form method="post" action="/clients/${c.id}/invoices/${i.id}/send" class="inline">
      <button type="submit" class="send-invoice">${i.sentAt ? 'Send again…' : 'Send…'}</button></form>` : ''}
      ${i.voidable ? html`<form method="post" action="/clients/${c.id}/invoices/${i.id}/void" class="inline"><button type="submit" class="void-invoice">Void…</button></form>` : ''}</td></tr>
    ${confirm?.invoiceId === i.id ? confirmBox(c.id, confirm) : ''}${confirmVoid === i.id ? voidBox(c.id, i) : ''}`;
  return html`<div class="table-scroll"><table id="invoices"><thead><tr><th>Invoice</th><th>Status</th><th>Due</th><th class="num">Amount</th><th class="num">Paid</th><th>Last sent</th><th></th></tr></thead><tbody>
    ${c.invoices.map(row)}
  </tbody></table></div>`;
}
