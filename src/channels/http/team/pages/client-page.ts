// One client: the missing-fields banner, the five cards (one may be in edit mode), the ledger summary and
// the activity history with undo.
import { html } from 'hono/html';
import type { MemberActor } from '../../../../context';
import type { ClientView } from '../../../../domain/clients/views';
import type { EnrichmentView } from '../../../../domain/enrichment/read-enrichment';
import type { OpenDraft } from '../../../../domain/outreach/open-draft';
import type { DocumentView } from '../../../../domain/documents/document-views';
import { amountsOf, formatMoney } from '../../../../domain/ledger/money-totals';
import { billingCard, cardForField, identityCard, notesCard, portalCard, type EditState, type OwnerOption } from './client-cards';
import { contactsCard } from './contacts-card';
import { clientSettingsCard, type ClientSettings } from './client-settings-card';
import { documentsCard } from './client-documents-card';
import { invoiceTable, type InvoiceConfirm } from './client-invoices';
import { quotesCard, type QuoteConfirm } from './client-quotes-card';
import { messagesCard, type MessagesCardState } from './client-messages-card';
import { enrichmentCard, outreachCard } from './client-work-cards';
import type { ChartFigures } from '../../../../domain/ledger/chart-figures';
import { chartsCard } from './charts-card';
import { followUpsCard } from './client-follow-ups-card';
import { layout } from './layout';
import { ADMIN_ROLES } from '../../../../domain/access';
import { readableTime, READABLE_TIME_SCRIPT } from './readable-time';

/** A step that asks before doing something that cannot be taken back. */
export type ConfirmKind = 'send-outreach' | 'reset-portal' | 'delete';
export type ActivityRow = { id: number; summary: string; createdAt: Date; actorName: string | null; undoable: boolean; undone: boolean };

/**
 * One figure per currency the client was invoiced in; never a sum across currencies. A zero is in the invoices'
 * currency ("€0.00 paid" beside "€1,200.00" revenue), the billing currency only before any invoice.
 */
const figures = (c: ClientView, key: 'revenue' | 'paid' | 'outstanding') => {
  const lines = amountsOf(c.totals, key);
  return lines.length ? html`${lines.map((l, i) => html`${i ? html`<br>` : ''}<span class="amount">${l}</span>`)}` : formatMoney(0, c.totals[0]?.currency ?? c.currency);
};

function banner(c: ClientView) {
  if (!c.missingForInvoicing.length) return '';
  const card = cardForField(c.missingForInvoicing[0].field);
  return html`<div class="banner" role="status"><span>Missing for invoicing: ${c.missingForInvoicing.map((m) => m.label).join(', ')}</span>
    <a class="button" id="add-details" href="/clients/${c.id}?edit=${card}#${card}">Add details</a></div>`;
}

function ledger(c: ClientView, confirmInvoice: InvoiceConfirm | null, confirmVoid: number | null) {
  return html`<section class="card" id="ledger"><h2>Projects and invoices</h2>
    <p><span class="stat" id="stat-revenue"><b>${figures(c, 'revenue')}</b>revenue</span><span class="stat" id="stat-paid"><b>${figures(c, 'paid')}</b>paid</span><span class="stat" id="stat-outstanding"><b>${figures(c, 'outstanding')}</b>outstanding</span><span class="stat"><b>${c.invoiceCount}</b>invoices</span></p>
    ${c.projects.length ? html`<h3>Projects</h3><ul class="plain">${c.projects.map((p) => html`<li>${p.name} <span class="muted">${p.status}</span></li>`)}</ul>` : ''}
    ${invoiceTable(c, confirmInvoice, confirmVoid)}
  </section>`;
}

function history(c: ClientView, rows: ActivityRow[]) {
  return html`<section class="card" id="history"><h2>History</h2>
    ${rows.length ? html`<ul class="plain history">${rows.map((a) => html`<li><span class="when">${readableTime(a.createdAt.toISOString())}</span>
      <span>${a.summary}${a.actorName ? html` <span class="muted">· ${a.actorName}</span>` : ''}${a.undone ? html` <span class="badge">undone</span>` : ''}</span>
      ${a.undoable ? html`<form method="post" action="/clients/${c.id}/undo/${a.id}"><button type="submit" class="undo">Undo</button></form>` : ''}</li>`)}</ul>`
      : html`<p class="muted">Nothing yet.</p>`}
  </section>`;
}

export type ClientPageOpts = {
  actor: MemberActor; client: ClientView; edit: EditState; activity: ActivityRow[]; notice?: string; error?: string;
  draft?: OpenDraft | null; enrichment?: EnrichmentView; confirm?: ConfirmKind | null; settings?: ClientSettings; owners?: OwnerOption[];
  documents?: DocumentView[]; confirmDocument?: number | null; confirmInvoice?: InvoiceConfirm | null;
  confirmQuote?: QuoteConfirm | null; confirmVoid?: number | null; confirmNote?: number | null;
  messages?: Omit<MessagesCardState, 'confirmText'>; confirmMessage?: string | null;
  /** This client's figures for the charts card (issue 16). */
  charts?: ChartFigures;
};

/** Archive or unarchive (undoable), and delete for owners and admins, asked first. */
const mayDelete = (actor: MemberActor) => ADMIN_ROLES.includes(actor.role);

function manage(c: ClientView, actor: MemberActor) {
  return html`<form method="post" action="/clients/${c.id}/${c.archived ? 'unarchive' : 'archive'}" class="inline">
      <button type="submit" id="${c.archived ? 'unarchive-client' : 'archive-client'}">${c.archived ? 'Unarchive' : 'Archive'}</button></form>
    ${mayDelete(actor) ? html`<a class="button danger" id="delete-client" href="/clients/${c.id}?confirm=delete">Delete…</a>` : ''}`;
}

function confirmDelete(c: ClientView, actor: MemberActor) {
  return !mayDelete(actor) ? '' : html`<div class="confirm-box" role="alertdialog" id="confirm-delete">
      <p>Delete ${c.name} with its contacts, notes and projects? You can undo it from the message that follows. A client with issued
        or paid invoices cannot be deleted: archive it instead.</p>
      <div class="actions"><form method="post" action="/clients/${c.id}/delete" class="inline"><button type="submit" class="danger" id="delete-confirm">Delete ${c.name}</button></form>
        <a class="button" href="/clients/${c.id}">Cancel</a></div></div>`;
}

export function clientPage(opts: ClientPageOpts) {
  const c = opts.client;
  return layout({
    title: c.name, actor: opts.actor, active: 'clients', scripts: ['client-page.js', READABLE_TIME_SCRIPT, ...(opts.charts ? ['charts.js'] : [])],
    body: html`<div class="toolbar"><h1>${c.name} <span class="muted">#${c.number}</span> <span class="badge status-${c.status}">${c.status}</span>${c.archived ? html` <span class="badge">archived</span>` : ''}</h1>
      ${manage(c, opts.actor)}<a class="button" href="/clients">All clients</a></div>
      ${opts.confirm === 'delete' ? confirmDelete(c, opts.actor) : ''}
      ${opts.notice ? html`<div class="card notice" role="status">${opts.notice}</div>` : ''}
      ${opts.error ? html`<div class="card error-text" role="alert">${opts.error}</div>` : ''}
      ${banner(c)}
      <div class="grid2">
        <div>${identityCard(c, opts.edit, opts.owners)}${billingCard(c, opts.edit)}${opts.settings ? clientSettingsCard(c, opts.settings) : ''}${portalCard(c, opts.edit, opts.confirm === 'reset-portal')}</div>
        <div>${contactsCard(c, opts.edit)}${outreachCard(c, opts.draft ?? null, opts.confirm === 'send-outreach')}${notesCard(c, opts.edit, opts.confirmNote ?? null)}${followUpsCard(c)}
          ${opts.enrichment ? enrichmentCard(c, opts.enrichment) : ''}${documentsCard(c.id, opts.documents ?? [], opts.confirmDocument ?? null)}
          ${opts.messages ? messagesCard(c.id, c.name, { ...opts.messages, confirmText: opts.confirmMessage }) : ''}</div>
      </div>
      ${opts.charts ? chartsCard(opts.charts, 'client') : ''}
      ${ledger(c, opts.confirmInvoice ?? null, opts.confirmVoid ?? null)}
      ${quotesCard(c.id, c.quotes, opts.confirmQuote ?? null)}
      ${history(c, opts.activity)}`,
  });
}
