// The client page's Quotes card: every quote with its state, as the client left it (accepted with the project
// it started, declined, with their comment), so the team sees the client's answer where it works. An open quote
// has Send… (or Send again…), which first asks on the page, naming the recipients.
import { html } from 'hono/html';
import { formatMoney } from '../../../../domain/ledger/money-totals';
import type { QuoteView } from '../../../../domain/quotes/quote-views';

const STATE: Record<QuoteView['state'], { label: string; cls: string }> = {
  draft: { label: 'draft', cls: 'status-lead' },
  sent: { label: 'sent, waiting for the client', cls: 'portal' },
  accepted: { label: 'accepted', cls: 'status-active' },
  declined: { label: 'declined', cls: 'warn' },
  expired: { label: 'expired', cls: 'status-past' },
};

/** The question shown before a quote is emailed; `to` comes back with the click and must still be the recipients. */
export type QuoteConfirm = { quoteId: number; number: string; title: string; amount: string; to: string; again: boolean };

function confirmBox(clientId: number, q: QuoteConfirm) {
  return html`<tr class="confirm-row"><td colspan="6"><div class="confirm-box" role="alertdialog" id="confirm-send-quote">
    <p>Email quote ${q.number} "${q.title}" (${q.amount}) to ${q.to}, with the portal link to accept or decline it?${q.again ? ' It was sent before; this reminds them.' : ''}</p>
    <div class="actions"><form method="post" action="/clients/${clientId}/quotes/${q.quoteId}/send" class="inline">
      <input type="hidden" name="confirmed" value="1"><input type="hidden" name="to" value="${q.to}">
      <button type="submit" class="danger" id="send-quote">Send quote</button></form>
      <a class="button" href="/clients/${clientId}#quotes">Cancel</a></div></div></td></tr>`;
}

const OPEN = new Set(['draft', 'sent']);

export function quotesCard(clientId: number, quotes: QuoteView[], confirm: QuoteConfirm | null = null) {
  const row = (q: QuoteView) => html`<tr data-quote="${q.number}">
    <td>${q.number}</td>
    <td>${q.title}${q.comment ? html`<br><span class="muted">“${q.comment}”</span>` : ''}${q.projectName ? html`<br><span class="muted">Project: ${q.projectName}</span>` : ''}</td>
    <td><span class="badge ${STATE[q.state].cls}">${STATE[q.state].label}</span>${q.decidedAt ? html` <span class="muted">${q.decidedAt.slice(0, 10)}</span>` : ''}</td>
    <td>${q.validUntil ?? ''}</td>
    <td class="num">${formatMoney(q.amount, q.currency)}</td>
    <td>${OPEN.has(q.state) ? html`<form method="post" action="/clients/${clientId}/quotes/${q.id}/send" class="inline">
      <button type="submit" class="send-quote">${q.state === 'sent' ? 'Send again…' : 'Send…'}</button></form>` : ''}</td></tr>
    ${confirm?.quoteId === q.id ? confirmBox(clientId, confirm) : ''}`;
  return html`<section class="card" id="quotes"><h2>Quotes</h2>
    ${quotes.length ? html`<div class="table-scroll"><table><thead><tr><th>Quote</th><th>For</th><th>Status</th><th>Valid until</th><th class="num">Amount</th><th></th></tr></thead>
      <tbody>${quotes.map(row)}</tbody></table></div>`
      : html`<p class="muted">No quotes yet. Draft one in chat, e.g. “quote Acme 5,000 for the website redesign”, then send it to the portal.</p>`}
  </section>`;
}
