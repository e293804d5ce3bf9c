// The client list: search, filters, sort, the plain-English filter box, the CSV export, and pages through every
// client (the filters and the page live in the URL, so a link or Back shows the same list).
import { html } from 'hono/html';
import type { MemberActor } from '../../../../context';
import { CLIENT_FILTER_KEYS, type ClientFilterKey } from '../../../../domain/clients/client-filters';
import { sayClientCount } from '../../../../domain/clients/match-count';
import { sayMissing } from '../../../../domain/clients/missing-details';
import { CLIENT_STATUSES } from '../../../../domain/clients/value-labels';
import type { ClientSummary } from '../../../../domain/clients/views';
import type { MatchCount } from '../../../../domain/clients/match-count';
import { amountsOf } from '../../../../domain/ledger/money-totals';
import type { ChartFigures } from '../../../../domain/ledger/chart-figures';
import { chartsCard } from './charts-card';
import { bulkArchive, type ArchivedSet, type ArchiveQuestion } from './clients-bulk-archive';
import { layout } from './layout';
import { readableTime, READABLE_TIME_SCRIPT } from './readable-time';

/** The list's query: findClients' filters (one declaration, in the domain) and the plain-English box's words. */
export type ListQuery = Partial<Record<ClientFilterKey | 'ask', string>>;
export const FILTER_KEYS = CLIENT_FILTER_KEYS;
/** The filters the form has controls for; the others (country, owner, group, ...) ride along as hidden fields. */
const FORM_KEYS: readonly ClientFilterKey[] = ['query', 'status', 'archived', 'createdFrom', 'createdTo', 'sort'];
const CARRIED_KEYS = FILTER_KEYS.filter((k) => !FORM_KEYS.includes(k));
const CARRIED_LABELS: Partial<Record<ClientFilterKey, string>> = { country: 'In', owner: 'Owner:', group: 'Group:' };
export const PAGE_SIZE = 50;

const opt = (value: string, label: string, current?: string) => html`<option value="${value}" ${value === (current ?? '') ? 'selected' : ''}>${label}</option>`;

/** The filters the list shows, as POST /files/exports takes them (the list hides archived clients by default). */
export function exportFilters(q: ListQuery): Record<string, string> {
  const f: Record<string, string> = { archived: q.archived ?? 'active' };
  for (const k of FILTER_KEYS) if (q[k]) f[k] = q[k]!;
  return f;
}

/** The list's URL for these filters (and a page), so paging keeps them. */
export function listHref(q: ListQuery, page = 1): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (q[k]) params.set(k, q[k]!);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `/clients?${s}` : '/clients';
}

/** Each currency on its own line; a dash when there is nothing. */
const figures = (c: ClientSummary, key: 'revenue' | 'outstanding') => {
  const lines = amountsOf(c.totals, key);
  return lines.length ? html`${lines.map((l, i) => html`${i ? html`<br>` : ''}<span class="amount">${l}</span>`)}` : html`<span class="muted">—</span>`;
};

/** `pages` is null when a search matched more than it counted ("over 2,000"): the last page is not known, a next one is. */
function pager(q: ListQuery, page: number, pages: number | null, count: MatchCount, shown: number) {
  const { total } = count;
  const first = total ? (page - 1) * PAGE_SIZE + 1 : 0;
  const range = html`<span id="list-count">${total && shown ? `${first.toLocaleString('en')}–${(first + shown - 1).toLocaleString('en')} of ` : ''}${sayClientCount(count)}</span>`;
  if (pages !== null && pages <= 1) return html`<nav class="pager" aria-label="Pages">${range}</nav>`;
  return html`<nav class="pager" aria-label="Pages">${range}
    ${page > 1 ? html`<a class="button" rel="prev" id="page-prev" href="${listHref(q, page - 1)}">Previous</a>` : ''}
    <span class="muted">Page ${page.toLocaleString('en')}${pages === null ? '' : ` of ${pages.toLocaleString('en')}`}</span>
    ${pages === null || page < pages ? html`<a class="button" rel="next" id="page-next" href="${listHref(q, page + 1)}">Next</a>` : ''}</nav>`;
}

export type ListPageOpts = {
  actor: MemberActor; q: ListQuery; clients: ClientSummary[]; total: number; page: number; understood?: string; error?: string;
  /** More than `total` clients match (a search stopped counting: "over 2,000"). */
  over?: boolean;
  deleted?: { name: string; client: number; activity: number };
  /** The workspace's figures for the charts card (issue 16). */
  charts?: ChartFigures;
  /** The bulk archive's question, or the set it archived (clients-bulk-archive.ts). */
  archiveAsk?: ArchiveQuestion;
  archivedSet?: ArchivedSet;
};

export function clientsListPage(opts: ListPageOpts) {
  const { q, page, total } = opts;
  const count = { total, over: !!opts.over };
  const pages = count.over ? null : Math.max(1, Math.ceil(total / PAGE_SIZE));
  const carried = CARRIED_KEYS.filter((k) => q[k]).map((k) => (k === 'missing' ? sayMissing(q[k]!).replace(/^w/, 'W') : CARRIED_LABELS[k] ? `${CARRIED_LABELS[k]} ${q[k]}` : q[k]!));
  return layout({
    title: 'Clients', actor: opts.actor, active: 'clients', scripts: ['clients-list.js', READABLE_TIME_SCRIPT, ...(opts.charts ? ['charts.js'] : [])],
    body: html`<div class="toolbar"><h1>Clients</h1><span id="export-status" class="muted" role="status"></span>
      <a class="button primary" id="new-client" href="/clients/new">New client</a>
      <a class="button" id="import-csv" href="/clients/import">Import CSV</a>
      <button type="button" id="export-csv" data-filters="${JSON.stringify(exportFilters(q))}">Export CSV</button>
      ${opts.archiveAsk || opts.archivedSet ? '' : bulkArchive(q, total, !!opts.over, listHref(q))}</div>
    ${opts.archiveAsk || opts.archivedSet ? bulkArchive(q, total, !!opts.over, listHref(q), opts.archiveAsk, opts.archivedSet) : ''}
    <form method="get" action="/clients" class="card stack" id="ask-form">
      <label>Describe what you are looking for <input name="ask" id="ask" value="${q.ask ?? ''}" placeholder="inactive clients in Germany added this year"></label>
      ${opts.understood ? html`<p class="muted" id="understood">Understood as: ${opts.understood}</p>` : ''}
    </form>
    <form method="get" action="/clients" class="card filters" id="filters">
      <label>Search <input name="query" value="${q.query ?? ''}" placeholder="Name, email, phone, notes"></label>
      <label>Status <select name="status">${opt('', 'Any', q.status)}${CLIENT_STATUSES.map((s) => opt(s, s, q.status))}</select></label>
      <label>Show <select name="archived">${opt('active', 'Active', q.archived ?? 'active')}${opt('archived', 'Archived', q.archived)}${opt('all', 'All', q.archived)}</select></label>
      <label>Created from <input type="date" name="createdFrom" value="${q.createdFrom ?? ''}"></label>
      <label>Created to <input type="date" name="createdTo" value="${q.createdTo ?? ''}"></label>
      <label>Sort <select name="sort">${opt('name', 'Name', q.sort ?? 'name')}${opt('revenue', 'Revenue', q.sort)}${opt('lastActivity', 'Last activity', q.sort)}${opt('created', 'Created', q.sort)}</select></label>
      ${CARRIED_KEYS.map((k) => (q[k] ? html`<input type="hidden" name="${k}" value="${q[k]}">` : ''))}
      <button type="submit" class="primary">Apply</button>
    </form>
    ${opts.error ? html`<div class="card error-text" role="alert">${opts.error}</div>` : ''}
    ${opts.deleted ? html`<div class="card notice" role="status" id="deleted-notice">Deleted ${opts.deleted.name}.
      <form method="post" action="/clients/${opts.deleted.client}/undo/${opts.deleted.activity}" class="inline"><button type="submit" class="undo">Undo</button></form></div>` : ''}
    <section class="card">
      ${carried.length ? html`<p class="muted" id="carried-filters">${carried.join(' · ')}</p>` : ''}
      ${pager(q, page, pages, count, opts.clients.length)}
      ${opts.clients.length ? html`<div class="table-scroll"><table id="clients-table"><thead><tr><th class="opt">#</th><th>Name</th><th>Status</th><th>Location</th><th class="opt">Owner</th><th class="num">Invoices</th><th class="num">Revenue</th><th class="num opt">Outstanding</th><th class="opt">Last activity</th><th class="opt">Added</th></tr></thead><tbody>
        ${opts.clients.map((c) => html`<tr data-client-id="${c.id}"><td class="opt">${c.number}</td><td><a href="/clients/${c.id}">${c.name}</a>${c.archived ? html` <span class="badge">archived</span>` : ''}</td>
          <td><span class="badge status-${c.status}">${c.status}</span></td><td>${[c.city, c.country].filter(Boolean).join(', ')}</td><td class="opt">${c.ownerName ?? ''}</td>
          <td class="num invoices">${c.invoiceCount}</td><td class="num revenue">${figures(c, 'revenue')}</td><td class="num opt outstanding">${figures(c, 'outstanding')}</td>
          <td class="opt">${readableTime(c.lastActivityAt, 'day')}</td><td class="opt">${readableTime(c.createdAt, 'day')}</td></tr>`)}
      </tbody></table></div>` : html`<p class="muted">${page > 1 && total ? 'No clients on this page.' : 'No clients match.'}</p>`}
      ${pages === null || pages > 1 ? pager(q, page, pages, count, opts.clients.length) : ''}
    </section>
    ${opts.charts ? chartsCard(opts.charts, 'workspace') : ''}`,
  });
}
