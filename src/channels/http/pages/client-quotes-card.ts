// The client page's Quotes card: every quote with its state, as the client left it (accepted with the project
// it started, declined, with their comment), so the team sees the client's answer where it works.
import { html } from 'hono/html';
import { formatMoney } from '../../../domain/ledger/money-totals';
import type { QuoteView } from '../../../domain/quotes/quote-views';

const STATE: Record<QuoteView['state'], { label: string; cls: string }> = {
  draft: { label: 'draft', cls: 'status-lead' },
  sent: { label: 'sent, waiting for the client', cls: 'portal' },
  accepted: { label: 'accepted', cls: 'status-active' },
  declined: { label: 'declined', cls: 'warn' },
  expired: { label: 'expired', cls: 'status-past' },
};

export function quotesCard(quotes: QuoteView[]) {
  const row = (q: QuoteView) => html`<tr data-quote="${q.number}">
    <td>${q.number}</td>
    <td>${q.title}${q.comment ? html`<br><span class="muted">“${q.comment}”</span>` : ''}${q.projectName ? html`<br><span class="muted">Project: ${q.projectName}</span>` : ''}</td>
    <td><span class="badge ${STATE[q.state].cls}">${STATE[q.state].label}</span>${q.decidedAt ? html` <span class="muted">${q.decidedAt.slice(0, 10)}</span>` : ''}</td>
    <td>${q.validUntil ?? ''}</td>
    <td class="num">${formatMoney(q.amount, q.currency)}</td></tr>`;
  return html`<section class="card" id="quotes"><h2>Quotes</h2>
    ${quotes.length ? html`<div class="table-scroll"><table><thead><tr><th>Quote</th><th>For</th><th>Status</th><th>Valid until</th><th class="num">Amount</th></tr></thead>
      <tbody>${quotes.map(row)}</tbody></table></div>`
      : html`<p class="muted">No quotes yet. Draft one in chat, e.g. “quote Acme 5,000 for the website redesign”, then send it to the portal.</p>`}
  </section>`;
}
