// One client: the missing-fields banner, the five cards (one may be in edit mode), the ledger summary and
// the activity history with undo.
import { html } from 'hono/html';
import type { MemberActor } from '../../../context';
import type { ClientView } from '../../../domain/clients/views';
import type { EnrichmentView } from '../../../domain/enrichment/read-enrichment';
import type { OpenDraft } from '../../../domain/outreach/open-draft';
import { billingCard, cardForField, contactsCard, identityCard, notesCard, portalCard, type EditState } from './client-cards';
import { clientSettingsCard, type ClientSettings } from './client-settings-card';
import { enrichmentCard, outreachCard } from './client-work-cards';
import { layout } from './layout';

/** A step that asks before doing something that cannot be taken back. */
export type ConfirmKind = 'send-outreach' | 'reset-portal';
export type ActivityRow = { id: number; summary: string; createdAt: Date; actorName: string | null; undoable: boolean; undone: boolean };

const money = (n: number, cur: string) => {
  try { return new Intl.NumberFormat('en', { style: 'currency', currency: cur }).format(n); } catch { return `${n.toFixed(2)} ${cur}`; }
};

function banner(c: ClientView) {
  if (!c.missingForInvoicing.length) return '';
  const card = cardForField(c.missingForInvoicing[0].field);
  return html`<div class="banner" role="status"><span>Missing for invoicing: ${c.missingForInvoicing.map((m) => m.label).join(', ')}</span>
    <a class="button" id="add-details" href="/clients/${c.id}?edit=${card}#${card}">Add details</a></div>`;
}

function ledger(c: ClientView) {
  return html`<section class="card" id="ledger"><h2>Projects and invoices</h2>
    <p><span class="stat"><b>${money(c.revenue, c.currency)}</b>revenue</span><span class="stat"><b>${money(c.balance, c.currency)}</b>outstanding</span><span class="stat"><b>${c.invoiceCount}</b>invoices</span></p>
    ${c.projects.length ? html`<h3>Projects</h3><ul class="plain">${c.projects.map((p) => html`<li>${p.name} <span class="muted">${p.status}</span></li>`)}</ul>` : ''}
    ${c.invoices.length ? html`<div class="table-scroll"><table><thead><tr><th>Invoice</th><th>Status</th><th>Due</th><th class="num">Amount</th><th class="num">Paid</th></tr></thead><tbody>
      ${c.invoices.map((i) => html`<tr><td>${i.number}</td><td>${i.status}</td><td>${i.dueOn ?? ''}</td><td class="num">${money(i.amount, i.currency)}</td><td class="num">${money(i.amountPaid, i.currency)}</td></tr>`)}
    </tbody></table></div>` : html`<p class="muted">No invoices yet.</p>`}
  </section>`;
}

function history(c: ClientView, rows: ActivityRow[]) {
  return html`<section class="card" id="history"><h2>History</h2>
    ${rows.length ? html`<ul class="plain history">${rows.map((a) => html`<li><span class="when">${a.createdAt.toISOString().slice(0, 16).replace('T', ' ')}</span>
      <span>${a.summary}${a.actorName ? html` <span class="muted">· ${a.actorName}</span>` : ''}${a.undone ? html` <span class="badge">undone</span>` : ''}</span>
      ${a.undoable ? html`<form method="post" action="/clients/${c.id}/undo/${a.id}"><button type="submit" class="undo">Undo</button></form>` : ''}</li>`)}</ul>`
      : html`<p class="muted">Nothing yet.</p>`}
  </section>`;
}

export type ClientPageOpts = {
  actor: MemberActor; client: ClientView; edit: EditState; activity: ActivityRow[]; notice?: string; error?: string;
  draft?: OpenDraft | null; enrichment?: EnrichmentView; confirm?: ConfirmKind | null; settings?: ClientSettings;
};

export function clientPage(opts: ClientPageOpts) {
  const c = opts.client;
  return layout({
    title: c.name, actor: opts.actor, active: 'clients', scripts: ['client-page.js'],
    body: html`<div class="toolbar"><h1>${c.name} <span class="muted">#${c.number}</span> <span class="badge status-${c.status}">${c.status}</span>${c.archived ? html` <span class="badge">archived</span>` : ''}</h1>
      <a class="button" href="/clients">All clients</a></div>
      ${opts.notice ? html`<div class="card notice" role="status">${opts.notice}</div>` : ''}
      ${opts.error ? html`<div class="card error-text" role="alert">${opts.error}</div>` : ''}
      ${banner(c)}
      <div class="grid2">
        <div>${identityCard(c, opts.edit)}${billingCard(c, opts.edit)}${opts.settings ? clientSettingsCard(c, opts.settings) : ''}${portalCard(c, opts.edit, opts.confirm === 'reset-portal')}</div>
        <div>${contactsCard(c, opts.edit)}${outreachCard(c, opts.draft ?? null, opts.confirm === 'send-outreach')}${notesCard(c, opts.edit)}
          ${opts.enrichment ? enrichmentCard(c, opts.enrichment) : ''}</div>
      </div>
      ${ledger(c)}
      ${history(c, opts.activity)}`,
  });
}
