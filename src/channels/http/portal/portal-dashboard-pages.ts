// The signed-in portal pages: overview (projects, invoices, payments, team, profile), one project, and the
// profile form (one invoice, printable: portal-invoice-page.ts). Everything interpolated is escaped by hono/html.
import { html } from 'hono/html';
import type { FieldIssue } from '../../../errors';
import type { PortalDashboard, PortalInvoice } from '../../../domain/portal/get-portal-dashboard';
import type { DocumentView } from '../../../domain/documents/document-views';
import type { QuoteView } from '../../../domain/quotes/quote-views';
import type { MessageView } from '../../../domain/messages/message-views';
import { sizeLabel } from '../../../domain/documents/document-views';
import { formatMoney, humanStatus, portalLayout } from './portal-layout';
import { pendingQuotesCard } from './portal-quote-pages';
import { messagesCard } from './portal-messages-card';

/** Sections the overview shows beside the ledger (issue 14): shared documents, pending quotes, the last messages. */
export type PortalExtras = { documents: DocumentView[]; quotes?: QuoteView[]; messages?: { messages: MessageView[]; total: number; newForClient: number } };

export type SignedIn = { brand: string; clientName: string; csrf: string; today: string };

const frame = (s: SignedIn, title: string, active?: 'home' | 'profile') =>
  ({ title, brand: s.brand, signedIn: { clientName: s.clientName, csrf: s.csrf, active } });

function invoiceState(i: PortalInvoice, today: string) {
  if (i.status === 'paid' || i.outstanding <= 0) return { label: 'Paid', cls: 'paid' };
  if (i.dueOn && i.dueOn < today) return { label: 'Overdue', cls: 'overdue' };
  return { label: i.dueOn ? `Due ${i.dueOn}` : 'Open', cls: 'due' };
}

const invoiceRows = (rows: PortalInvoice[], today: string) => rows.length
  ? html`<table class="stack"><thead><tr><th>Invoice</th><th>Issued</th><th class="num">Amount</th><th class="num">Outstanding</th><th>Status</th></tr></thead><tbody>
    ${rows.map((i) => {
      const st = invoiceState(i, today);
      return html`<tr>
        <td data-label="Invoice"><span><a href="/portal/invoices/${i.id}">${i.number}</a>${i.description ? html`<span class="muted invoice-note">${i.description}</span>` : ''}</span></td>
        <td data-label="Issued">${i.issuedOn ?? '—'}</td>
        <td data-label="Amount" class="num">${formatMoney(i.amount, i.currency)}</td>
        <td data-label="Outstanding" class="num">${formatMoney(i.outstanding, i.currency)}</td>
        <td data-label="Status"><span class="badge ${st.cls}">${st.label}</span></td></tr>`;
    })}</tbody></table>`
  : html`<p class="muted">No invoices yet.</p>`;

const documentList = (docs: DocumentView[]) => (docs.length
  ? html`<ul class="plain documents">${docs.map((x) => html`<li><a href="/portal/documents/${x.id}" download>${x.title}</a> <span class="muted">· ${x.filename} · ${sizeLabel(x.bytes)}</span></li>`)}</ul>`
  : html`<p class="muted">No documents shared yet.</p>`);

export function dashboardPage(s: SignedIn, d: PortalDashboard, extras: PortalExtras = { documents: [] }) {
  const stats = d.totals.length
    ? d.totals.map((t) => html`<div class="stat"><span>Total invoiced${d.totals.length > 1 ? ` (${t.currency})` : ''}</span><b>${formatMoney(t.invoiced, t.currency)}</b></div>
        <div class="stat"><span>Paid</span><b>${formatMoney(t.paid, t.currency)}</b></div>
        <div class="stat"><span>Outstanding</span><b>${formatMoney(t.outstanding, t.currency)}</b></div>`)
    : html`<div class="stat"><span>Total invoiced</span><b>${formatMoney(0, 'USD')}</b></div>`;
  return portalLayout(frame(s, 'Overview', 'home'), html`
  <h1>Hello${d.me.name ? `, ${d.me.name}` : ''}</h1>
  <p class="muted">${d.client.name} · projects and invoices with ${s.brand}</p>
  <div class="stats">${stats}</div>
  <div class="grid">
    ${pendingQuotesCard(s, extras.quotes ?? [])}
    <section class="card wide"><h2>Invoices</h2>${invoiceRows(d.invoices, s.today)}</section>
    <section class="card"><h2>Projects</h2>${d.projects.length
      ? html`<ul class="plain">${d.projects.map((p) => html`<li><a href="/portal/projects/${p.id}">${p.name}</a> <span class="badge ${p.status}">${humanStatus(p.status)}</span></li>`)}</ul>`
      : html`<p class="muted">No projects yet.</p>`}</section>
    ${extras.messages ? messagesCard(s.brand, extras.messages) : ''}
    <section class="card" id="documents"><h2>Documents</h2>${documentList(extras.documents)}</section>
    <section class="card"><h2>Payment history</h2>${d.payments.length
      ? html`<ul class="plain">${d.payments.map((p) => html`<li>${p.paidOn} · <strong>${formatMoney(p.amount, p.currency)}</strong> for <a href="/portal/invoices/${p.invoiceId}">${p.invoiceNumber}</a></li>`)}</ul>`
      : html`<p class="muted">No payments recorded yet.</p>`}</section>
    <section class="card"><h2>Your contact at ${s.brand}</h2>${d.team.length
      ? html`<ul class="plain">${d.team.map((m) => html`<li><strong>${m.name ?? m.email}</strong> <span class="muted">· ${m.role}</span>${m.email ? html`<br><a href="mailto:${m.email}">${m.email}</a>` : ''}</li>`)}</ul>`
      : html`<p class="muted">${s.brand} has not named an account manager yet.</p>`}</section>
    <section class="card"><h2>Your profile</h2>
      <dl><dt>Name</dt><dd>${d.me.name ?? '—'}</dd><dt>Email</dt><dd>${d.me.email ?? '—'}</dd><dt>Phone</dt><dd>${d.me.phone ?? '—'}</dd></dl>
      <p class="card-more"><a href="/portal/profile">Edit name and phone</a></p></section>
  </div>`);
}

export function projectPage(s: SignedIn, p: { project: { id: number; name: string; status: string }; invoices: PortalInvoice[] }) {
  return portalLayout(frame(s, p.project.name), html`
  <p><a href="/portal">← Overview</a></p>
  <h1>${p.project.name}</h1>
  <p><span class="badge ${p.project.status}">${humanStatus(p.project.status)}</span></p>
  <section class="card"><h2>Invoices for this project</h2>${invoiceRows(p.invoices, s.today)}</section>`);
}

export function profilePage(s: SignedIn, v: { name: string; phone: string; email: string | null; issues?: FieldIssue[]; saved?: boolean }) {
  const err = (f: string) => v.issues?.filter((i) => i.field === f).map((i) => html`<p class="error">${i.message}</p>`) ?? '';
  return portalLayout(frame(s, 'My profile', 'profile'), html`<section class="card narrow">
  <h1>My profile</h1>
  ${v.saved ? html`<p class="notice" role="status">Saved. ${s.brand} sees your new details.</p>` : ''}
  <form method="post" action="/portal/profile">
    <input type="hidden" name="csrf" value="${s.csrf}">
    <label for="name">Name</label>
    <input id="name" name="name" type="text" autocomplete="name" maxlength="120" required value="${v.name}">${err('name')}
    <label for="phone">Phone</label>
    <input id="phone" name="phone" type="tel" autocomplete="tel" maxlength="40" value="${v.phone}">${err('phone')}
    <p class="muted">Email: ${v.email ?? '—'}. To change it, ask ${s.brand}: sign-in links go only to the address they have for you.</p>
    <button type="submit">Save</button>
  </form>
</section>`);
}
