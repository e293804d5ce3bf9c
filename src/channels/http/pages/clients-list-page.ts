// The client list: search, filters, sort, the plain-English filter box and the CSV export.
import { html } from 'hono/html';
import type { MemberActor } from '../../../context';
import type { ClientSummary } from '../../../domain/clients/views';
import { layout } from './layout';

export type ListQuery = { query?: string; status?: string; archived?: string; createdFrom?: string; createdTo?: string; sort?: string; country?: string; industry?: string; ask?: string };

const money = (n: number, cur: string) => {
  try { return new Intl.NumberFormat('en', { style: 'currency', currency: cur, maximumFractionDigits: 0 }).format(n); } catch { return `${n} ${cur}`; }
};
const opt = (value: string, label: string, current?: string) => html`<option value="${value}" ${value === (current ?? '') ? 'selected' : ''}>${label}</option>`;

/** The filters the list shows, as POST /files/exports takes them (the list hides archived clients by default). */
export function exportFilters(q: ListQuery): Record<string, string> {
  const f: Record<string, string> = { archived: q.archived ?? 'active' };
  for (const k of ['query', 'status', 'archived', 'createdFrom', 'createdTo', 'sort', 'country', 'industry'] as const) if (q[k]) f[k] = q[k]!;
  return f;
}

export function clientsListPage(opts: { actor: MemberActor; q: ListQuery; clients: ClientSummary[]; total: number; understood?: string; error?: string }) {
  const { q } = opts;
  return layout({
    title: 'Clients', actor: opts.actor, active: 'clients', scripts: ['clients-list.js'],
    body: html`<div class="toolbar"><h1>Clients</h1><span id="export-status" class="muted" role="status"></span>
      <a class="button primary" id="new-client" href="/clients/new">New client</a>
      <a class="button" id="import-csv" href="/clients/import">Import CSV</a>
      <button type="button" id="export-csv" data-filters="${JSON.stringify(exportFilters(q))}">Export CSV</button></div>
    <form method="get" action="/clients" class="card stack" id="ask-form">
      <label>Describe what you are looking for <input name="ask" id="ask" value="${q.ask ?? ''}" placeholder="inactive clients in Germany added this year"></label>
      ${opts.understood ? html`<p class="muted" id="understood">Understood as: ${opts.understood}</p>` : ''}
    </form>
    <form method="get" action="/clients" class="card filters" id="filters">
      <label>Search <input name="query" value="${q.query ?? ''}" placeholder="Name, email, notes"></label>
      <label>Status <select name="status">${opt('', 'Any', q.status)}${['lead', 'active', 'inactive', 'past'].map((s) => opt(s, s, q.status))}</select></label>
      <label>Show <select name="archived">${opt('active', 'Active', q.archived ?? 'active')}${opt('archived', 'Archived', q.archived)}${opt('all', 'All', q.archived)}</select></label>
      <label>Created from <input type="date" name="createdFrom" value="${q.createdFrom ?? ''}"></label>
      <label>Created to <input type="date" name="createdTo" value="${q.createdTo ?? ''}"></label>
      <label>Sort <select name="sort">${opt('name', 'Name', q.sort ?? 'name')}${opt('revenue', 'Revenue', q.sort)}${opt('lastActivity', 'Last activity', q.sort)}${opt('created', 'Created', q.sort)}</select></label>
      ${q.country ? html`<input type="hidden" name="country" value="${q.country}">` : ''}${q.industry ? html`<input type="hidden" name="industry" value="${q.industry}">` : ''}
      <button type="submit" class="primary">Apply</button>
    </form>
    ${opts.error ? html`<div class="card error-text" role="alert">${opts.error}</div>` : ''}
    <section class="card">
      <p class="muted">${opts.total} client${opts.total === 1 ? '' : 's'}${q.country ? ` in ${q.country}` : ''}${q.industry ? ` · ${q.industry}` : ''}</p>
      ${opts.clients.length ? html`<div class="table-scroll"><table id="clients-table"><thead><tr><th class="opt">#</th><th>Name</th><th>Status</th><th>Location</th><th class="opt">Owner</th><th class="num">Revenue</th><th class="num opt">Outstanding</th><th class="opt">Last activity</th></tr></thead><tbody>
        ${opts.clients.map((c) => html`<tr><td class="opt">${c.number}</td><td><a href="/clients/${c.id}">${c.name}</a>${c.archived ? html` <span class="badge">archived</span>` : ''}</td>
          <td><span class="badge status-${c.status}">${c.status}</span></td><td>${[c.city, c.country].filter(Boolean).join(', ')}</td><td class="opt">${c.ownerName ?? ''}</td>
          <td class="num">${money(c.revenue, c.currency)}</td><td class="num opt">${money(c.balance, c.currency)}</td><td class="opt">${c.lastActivityAt?.slice(0, 10) ?? ''}</td></tr>`)}
      </tbody></table></div>` : html`<p class="muted">No clients match.</p>`}
    </section>`,
  });
}
