// The charts card of the client list and a client page: revenue and outstanding by month (one chart per currency,
// never added together), the quote pipeline by status and invoices by status. The figures come from chartFigures
// (a domain read verb) and travel in a data attribute, escaped like every value; /assets/charts.js draws them with
// Chart.js. Each chart says its figures in its aria-label, and the same figures are a table under "Figures as a table".
import { html } from 'hono/html';
import { formatMoney } from '../../../../domain/ledger/money-totals';
import type { Amount, ChartFigures } from '../../../../domain/ledger/chart-figures';
import { INVOICE_STANDING_LABELS as STANDING, QUOTE_STAGE_LABELS as STAGE } from '../../../../domain/ledger/figure-labels';

const MAX_CURRENCIES = 3;

/** "Sep 2026" from "2026-09". */
export const monthLabel = (ym: string) =>
  new Date(`${ym}-01T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const amounts = (list: Amount[]) => list.map((a) => formatMoney(a.amount, a.currency)).join(' · ');

function moneyLabel(f: ChartFigures, m: ChartFigures['money'][number]): string {
  const months = f.months.map((ym, i) => ({ ym, r: m.revenue[i], o: m.outstanding[i] })).filter((x) => x.r || x.o);
  return `Revenue and outstanding by month in ${m.currency}: ${months.map((x) =>
    `${monthLabel(x.ym)} revenue ${formatMoney(x.r, m.currency)}, outstanding ${formatMoney(x.o, m.currency)}`).join('; ')}.`;
}
const countLabel = (title: string, rows: Array<{ status: string; count: number }>, names: Record<string, string>) =>
  `${title}: ${rows.map((r) => `${names[r.status]} ${r.count}`).join(', ')}.`;

export function chartsCard(f: ChartFigures, scope: 'workspace' | 'client') {
  const invoiceCount = f.invoices.reduce((n, i) => n + i.count, 0);
  const quoteCount = f.pipeline.reduce((n, p) => n + p.count, 0);
  const whose = scope === 'workspace' ? 'All clients' : 'This client';
  if (!invoiceCount && !quoteCount) {
    return html`<section class="card charts" id="charts"><h2>Figures</h2><p class="muted">No invoices or quotes yet: the charts appear with the first one.</p></section>`;
  }
  const money = f.money.slice(0, MAX_CURRENCIES);
  return html`<section class="card charts" id="charts" data-figures="${JSON.stringify(f)}" aria-label="${whose}: figures">
    <h2>Figures <span class="muted">${whose.toLowerCase()}, last ${f.months.length} months</span></h2>
    <div class="chart-grid">
      ${money.length ? money.map((m) => html`<figure class="chart-box wide"><figcaption>Revenue and outstanding by month (${m.currency})</figcaption>
        <div class="chart-canvas"><canvas data-chart="money" data-currency="${m.currency}" role="img" aria-label="${moneyLabel(f, m)}"></canvas></div></figure>`)
        : html`<p class="muted chart-box wide">No invoices issued in the last ${f.months.length} months.</p>`}
      <figure class="chart-box"><figcaption>Pipeline: quotes by status</figcaption>
        <div class="chart-canvas"><canvas data-chart="pipeline" role="img" aria-label="${countLabel('Quotes by status', f.pipeline, STAGE)}"></canvas></div></figure>
      <figure class="chart-box"><figcaption>Invoices by status</figcaption>
        <div class="chart-canvas"><canvas data-chart="invoices" role="img" aria-label="${countLabel('Invoices by status', f.invoices, STANDING)}"></canvas></div></figure>
    </div>
    <details class="chart-tables"><summary>Figures as a table</summary>
      <div class="table-scroll"><table id="chart-money"><thead><tr><th>Month</th>${money.map((m) => html`<th class="num">Revenue ${m.currency}</th><th class="num">Outstanding ${m.currency}</th>`)}</tr></thead>
        <tbody>${f.months.map((ym, i) => html`<tr><td>${monthLabel(ym)}</td>${money.map((m) => html`<td class="num">${formatMoney(m.revenue[i], m.currency)}</td><td class="num">${formatMoney(m.outstanding[i], m.currency)}</td>`)}</tr>`)}</tbody></table></div>
      <div class="grid2">
        <table id="chart-pipeline"><thead><tr><th>Quotes</th><th class="num">Count</th><th class="num">Amount</th></tr></thead>
          <tbody>${f.pipeline.map((p) => html`<tr data-status="${p.status}"><td>${STAGE[p.status]}</td><td class="num">${p.count}</td><td class="num">${amounts(p.amounts)}</td></tr>`)}</tbody></table>
        <table id="chart-invoices"><thead><tr><th>Invoices</th><th class="num">Count</th><th class="num">Amount</th></tr></thead>
          <tbody>${f.invoices.map((i) => html`<tr data-status="${i.status}"><td>${STANDING[i.status]}</td><td class="num">${i.count}</td><td class="num">${amounts(i.amounts)}</td></tr>`)}</tbody></table>
      </div>
    </details>
  </section>`;
}
