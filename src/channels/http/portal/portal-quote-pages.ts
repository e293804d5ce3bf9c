// The portal's quotes: the overview's "Quotes waiting for you" card (one form per quote: an optional comment,
// Accept, Decline) and a quote's own page, which also says how it was decided. Everything is escaped by hono/html.
import { html } from 'hono/html';
import type { QuoteView } from '../../../domain/quotes/quote-views';
import type { SignedIn } from './portal-dashboard-pages';
import { formatMoney, portalLayout } from './portal-layout';

const STATE: Record<QuoteView['state'], { label: string; cls: string }> = {
  draft: { label: 'Draft', cls: '' },
  sent: { label: 'Waiting for you', cls: 'due' },
  accepted: { label: 'Accepted', cls: 'paid' },
  declined: { label: 'Declined', cls: 'cancelled' },
  expired: { label: 'Expired', cls: 'overdue' },
};
const badge = (q: QuoteView) => html`<span class="badge ${STATE[q.state].cls}">${STATE[q.state].label}</span>`;

/** One form, two buttons: the comment goes with whichever the contact presses. */
function decideForm(s: SignedIn, q: QuoteView) {
  const field = `comment-${q.id}`;
  return html`<form method="post" action="/portal/quotes/${q.id}/accept" class="decide-quote">
    <input type="hidden" name="csrf" value="${s.csrf}">
    <label for="${field}">Comment <span class="muted">(optional)</span></label>
    <textarea id="${field}" name="comment" maxlength="1000" rows="2" class="comment-text"></textarea>
    <button type="submit">Accept ${q.number}</button><button type="submit" formaction="/portal/quotes/${q.id}/decline" class="decline">Decline</button>
  </form>`;
}

const terms = (q: QuoteView) => html`<strong>${formatMoney(q.amount, q.currency)}</strong>${q.validUntil ? html` <span class="muted">· valid until ${q.validUntil}</span>` : ''}`;

/** The overview's card; nothing at all when no quote waits. */
export function pendingQuotesCard(s: SignedIn, pending: QuoteView[]) {
  if (!pending.length) return '';
  return html`<section class="card wide" id="quotes"><h2>Quotes waiting for you</h2>
    <ul class="plain">${pending.map((q) => html`<li id="quote-${q.id}">
      <p><a href="/portal/quotes/${q.id}"><strong>${q.title}</strong></a> <span class="muted">· ${q.number}</span><br>${terms(q)}</p>
      ${decideForm(s, q)}</li>`)}</ul></section>`;
}

export type QuotePageNote = { notice?: string; error?: string };

export function quotePage(s: SignedIn, q: QuoteView, note: QuotePageNote = {}) {
  const decided = q.decidedAt ? q.decidedAt.slice(0, 10) : null;
  return portalLayout({ title: `Quote ${q.number}`, brand: s.brand, signedIn: { clientName: s.clientName, csrf: s.csrf, active: 'home' } }, html`
  <p><a href="/portal">← Overview</a></p>
  <h1>${q.title}</h1>
  <p>Quote ${q.number} ${badge(q)}</p>
  ${note.notice ? html`<p class="notice" role="status">${note.notice}</p>` : ''}
  ${note.error ? html`<p class="notice alert" role="alert">${note.error}</p>` : ''}
  <section class="card"><dl>
    <dt>Amount</dt><dd>${formatMoney(q.amount, q.currency)}</dd>
    <dt>Valid until</dt><dd>${q.validUntil ?? '—'}</dd>
    ${decided ? html`<dt>${q.state === 'accepted' ? 'Accepted' : 'Declined'}</dt><dd>${decided}</dd>` : ''}
    ${q.comment ? html`<dt>Your comment</dt><dd>${q.comment}</dd>` : ''}
    ${q.projectId && q.projectName ? html`<dt>Project</dt><dd><a href="/portal/projects/${q.projectId}">${q.projectName}</a></dd>` : ''}
  </dl></section>
  ${q.state === 'sent' ? html`<section class="card">${decideForm(s, q)}</section>` : ''}
  ${q.state === 'expired' ? html`<p class="muted">This quote has expired and can no longer be accepted. Ask ${s.brand} for a new one.</p>` : ''}`);
}
