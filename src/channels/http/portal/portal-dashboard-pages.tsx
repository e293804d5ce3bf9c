/** @jsxImportSource hono/jsx */
// The signed-in portal pages: overview (projects, invoices, payments, team, profile), one project, and the
// profile form (one invoice, printable: portal-invoice-page.tsx). hono/jsx escapes everything interpolated.
import type { FieldIssue } from '../../../errors';
import type { PortalDashboard, PortalInvoice } from '../../../domain/portal/get-portal-dashboard';
import type { DocumentView } from '../../../domain/documents/document-views';
import type { QuoteView } from '../../../domain/quotes/quote-views';
import type { MessageView } from '../../../domain/messages/message-views';
import { sizeLabel } from '../../../domain/documents/document-views';
import { formatMoney, humanStatus, PortalLayout, type PortalFrame } from './portal-layout';
import { PendingQuotesCard } from './portal-quote-pages';
import { MessagesCard } from './portal-messages-card';

/** Sections the overview shows beside the ledger (issue 14): shared documents, pending quotes, the last messages. */
export type PortalExtras = { documents: DocumentView[]; quotes?: QuoteView[]; messages?: { messages: MessageView[]; total: number; newForClient: number } };

export type SignedIn = { brand: string; clientName: string; csrf: string; today: string };

const frame = (s: SignedIn, title: string, active?: 'home' | 'profile'): PortalFrame =>
  ({ title, brand: s.brand, signedIn: { clientName: s.clientName, csrf: s.csrf, active } });

function invoiceState(i: PortalInvoice, today: string) {
  if (i.status === 'paid' || i.outstanding <= 0) return { label: 'Paid', cls: 'paid' };
  if (i.dueOn && i.dueOn < today) return { label: 'Overdue', cls: 'overdue' };
  return { label: i.dueOn ? `Due ${i.dueOn}` : 'Open', cls: 'due' };
}

const InvoiceRow = ({ i, today }: { i: PortalInvoice; today: string }) => {
  const st = invoiceState(i, today);
  return (
    <tr>
      <td data-label="Invoice">
        <span><a href={`/portal/invoices/${i.id}`}>{i.number}</a>{i.description && <span class="muted invoice-note">{i.description}</span>}</span>
      </td>
      <td data-label="Issued">{i.issuedOn ?? '—'}</td>
      <td data-label="Amount" class="num">{formatMoney(i.amount, i.currency)}</td>
      <td data-label="Outstanding" class="num">{formatMoney(i.outstanding, i.currency)}</td>
      <td data-label="Status"><span class={`badge ${st.cls}`}>{st.label}</span></td>
    </tr>
  );
};

const InvoiceTable = ({ rows, today }: { rows: PortalInvoice[]; today: string }) => (rows.length ? (
  <table class="stack">
    <thead><tr><th>Invoice</th><th>Issued</th><th class="num">Amount</th><th class="num">Outstanding</th><th>Status</th></tr></thead>
    <tbody>{rows.map((i) => <InvoiceRow key={i.id} i={i} today={today} />)}</tbody>
  </table>
) : <p class="muted">No invoices yet.</p>);

const DocumentList = ({ docs }: { docs: DocumentView[] }) => (docs.length ? (
  <ul class="plain documents">
    {docs.map((x) => <li key={x.id}><a href={`/portal/documents/${x.id}`} download>{x.title}</a> <span class="muted">· {x.filename} · {sizeLabel(x.bytes)}</span></li>)}
  </ul>
) : <p class="muted">No documents shared yet.</p>);

const Stats = ({ totals, currency }: { totals: PortalDashboard['totals']; currency: string }) => (
  <div class="stats">
    {totals.length ? totals.map((t) => (
      <>
        <div class="stat"><span>Total invoiced{totals.length > 1 ? ` (${t.currency})` : ''}</span><b>{formatMoney(t.invoiced, t.currency)}</b></div>
        <div class="stat"><span>Paid</span><b>{formatMoney(t.paid, t.currency)}</b></div>
        <div class="stat"><span>Outstanding</span><b>{formatMoney(t.outstanding, t.currency)}</b></div>
      </>
    )) : <div class="stat"><span>Total invoiced</span><b>{formatMoney(0, currency)}</b></div>}
  </div>
);

export function dashboardPage(s: SignedIn, d: PortalDashboard, extras: PortalExtras = { documents: [] }) {
  return (
    <PortalLayout frame={frame(s, 'Overview', 'home')}>
      <h1>Hello{d.me.name ? `, ${d.me.name}` : ''}</h1>
      <p class="muted">{d.client.name} · projects and invoices with {s.brand}</p>
      <Stats totals={d.totals} currency={d.billingCurrency} />
      <div class="grid">
        <PendingQuotesCard s={s} pending={extras.quotes ?? []} />
        <section class="card wide"><h2>Invoices</h2><InvoiceTable rows={d.invoices} today={s.today} /></section>
        <section class="card"><h2>Projects</h2>{d.projects.length ? (
          <ul class="plain">
            {d.projects.map((p) => <li key={p.id}><a href={`/portal/projects/${p.id}`}>{p.name}</a> <span class={`badge ${p.status}`}>{humanStatus(p.status)}</span></li>)}
          </ul>
        ) : <p class="muted">No projects yet.</p>}</section>
        {extras.messages && <MessagesCard brand={s.brand} thread={extras.messages} />}
        <section class="card" id="documents"><h2>Documents</h2><DocumentList docs={extras.documents} /></section>
        <section class="card"><h2>Payment history</h2>{d.payments.length ? (
          <ul class="plain">
            {d.payments.map((p) => (
              <li key={p.id}>{p.paidOn} · <strong>{formatMoney(p.amount, p.currency)}</strong> for <a href={`/portal/invoices/${p.invoiceId}`}>{p.invoiceNumber}</a></li>
            ))}
          </ul>
        ) : <p class="muted">No payments recorded yet.</p>}</section>
        <section class="card"><h2>Your contact at {s.brand}</h2>{d.team.length ? (
          <ul class="plain">
            {d.team.map((m) => (
              <li key={m.email ?? m.name}><strong>{m.name ?? m.email}</strong> <span class="muted">· {m.role}</span>{m.email && <><br /><a href={`mailto:${m.email}`}>{m.email}</a></>}</li>
            ))}
          </ul>
        ) : <p class="muted">{s.brand} has not named an account manager yet.</p>}</section>
        <section class="card"><h2>Your profile</h2>
          <dl><dt>Name</dt><dd>{d.me.name ?? '—'}</dd><dt>Email</dt><dd>{d.me.email ?? '—'}</dd><dt>Phone</dt><dd>{d.me.phone ?? '—'}</dd></dl>
          <p class="card-more"><a href="/portal/profile">Edit name and phone</a></p></section>
      </div>
    </PortalLayout>
  );
}

export function projectPage(s: SignedIn, p: { project: { id: number; name: string; status: string }; invoices: PortalInvoice[] }) {
  return (
    <PortalLayout frame={frame(s, p.project.name)}>
      <p><a href="/portal">← Overview</a></p>
      <h1>{p.project.name}</h1>
      <p><span class={`badge ${p.project.status}`}>{humanStatus(p.project.status)}</span></p>
      <section class="card"><h2>Invoices for this project</h2><InvoiceTable rows={p.invoices} today={s.today} /></section>
    </PortalLayout>
  );
}

export function profilePage(s: SignedIn, v: { name: string; phone: string; email: string | null; issues?: FieldIssue[]; saved?: boolean }) {
  const err = (field: string) => v.issues?.filter((i) => i.field === field).map((i) => <p key={i.message} class="error">{i.message}</p>);
  return (
    <PortalLayout frame={frame(s, 'My profile', 'profile')}>
      <section class="card narrow">
        <h1>My profile</h1>
        {v.saved && <p class="notice" role="status">Saved. {s.brand} sees your new details.</p>}
        <form method="post" action="/portal/profile">
          <input type="hidden" name="csrf" value={s.csrf} />
          <label for="name">Name</label>
          <input id="name" name="name" type="text" autocomplete="name" maxlength={120} required value={v.name} />{err('name')}
          <label for="phone">Phone</label>
          <input id="phone" name="phone" type="tel" autocomplete="tel" maxlength={40} value={v.phone} />{err('phone')}
          <p class="muted">Email: {v.email ?? '—'}. To change it, ask {s.brand}: sign-in links go only to the address they have for you.</p>
          <button type="submit">Save</button>
        </form>
      </section>
    </PortalLayout>
  );
}
