/** @jsxImportSource hono/jsx */
// The portal's quotes: the overview's "Quotes waiting for you" card (one form per quote: an optional comment,
// Accept, Decline) and a quote's own page, which also says how it was decided. hono/jsx escapes everything.
import type { QuoteView } from '../../../domain/quotes/quote-views';
import type { SignedIn } from './portal-dashboard-pages';
import { formatMoney, PortalLayout } from './portal-layout';

const STATE: Record<QuoteView['state'], { label: string; cls: string }> = {
  draft: { label: 'Draft', cls: '' },
  sent: { label: 'Waiting for you', cls: 'due' },
  accepted: { label: 'Accepted', cls: 'paid' },
  declined: { label: 'Declined', cls: 'cancelled' },
  expired: { label: 'Expired', cls: 'overdue' },
};
const Badge = ({ q }: { q: QuoteView }) => <span class={`badge ${STATE[q.state].cls}`}>{STATE[q.state].label}</span>;

/** One form, two buttons: the comment goes with whichever the contact presses. */
function DecideForm({ s, q }: { s: SignedIn; q: QuoteView }) {
  const field = `comment-${q.id}`;
  return (
    <form method="post" action={`/portal/quotes/${q.id}/accept`} class="decide-quote">
      <input type="hidden" name="csrf" value={s.csrf} />
      <label for={field}>Comment <span class="muted">(optional)</span></label>
      <textarea id={field} name="comment" maxlength={1000} rows={2} class="comment-text"></textarea>
      <button type="submit">Accept {q.number}</button>
      <button type="submit" formaction={`/portal/quotes/${q.id}/decline`} class="decline">Decline</button>
    </form>
  );
}

const Terms = ({ q }: { q: QuoteView }) => (
  <><strong>{formatMoney(q.amount, q.currency)}</strong>{q.validUntil && <> <span class="muted">· valid until {q.validUntil}</span></>}</>
);

/** The overview's card; nothing at all when no quote waits. */
export function PendingQuotesCard({ s, pending }: { s: SignedIn; pending: QuoteView[] }) {
  if (!pending.length) return null;
  return (
    <section class="card wide" id="quotes">
      <h2>Quotes waiting for you</h2>
      <ul class="plain">
        {pending.map((q) => (
          <li key={q.id} id={`quote-${q.id}`}>
            <p><a href={`/portal/quotes/${q.id}`}><strong>{q.title}</strong></a> <span class="muted">· {q.number}</span><br /><Terms q={q} /></p>
            <DecideForm s={s} q={q} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export type QuotePageNote = { notice?: string; error?: string };

export function quotePage(s: SignedIn, q: QuoteView, note: QuotePageNote = {}) {
  const decided = q.decidedAt ? q.decidedAt.slice(0, 10) : null;
  return (
    <PortalLayout frame={{ title: `Quote ${q.number}`, brand: s.brand, signedIn: { clientName: s.clientName, csrf: s.csrf, active: 'home' } }}>
      <p><a href="/portal">← Overview</a></p>
      <h1>{q.title}</h1>
      <p>Quote {q.number} <Badge q={q} /></p>
      {note.notice && <p class="notice" role="status">{note.notice}</p>}
      {note.error && <p class="notice alert" role="alert">{note.error}</p>}
      <section class="card">
        <dl>
          <dt>Amount</dt><dd>{formatMoney(q.amount, q.currency)}</dd>
          <dt>Valid until</dt><dd>{q.validUntil ?? '—'}</dd>
          {decided && <><dt>{q.state === 'accepted' ? 'Accepted' : 'Declined'}</dt><dd>{decided}</dd></>}
          {q.comment && <><dt>Your comment</dt><dd>{q.comment}</dd></>}
          {q.projectId && q.projectName ? <><dt>Project</dt><dd><a href={`/portal/projects/${q.projectId}`}>{q.projectName}</a></dd></> : null}
        </dl>
      </section>
      {q.state === 'sent' && <section class="card"><DecideForm s={s} q={q} /></section>}
      {q.state === 'expired' && <p class="muted">This quote has expired and can no longer be accepted. Ask {s.brand} for a new one.</p>}
    </PortalLayout>
  );
}
