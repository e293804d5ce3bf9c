// Draws the charts card (pages/charts-card.ts) with Chart.js: only the bar and doughnut parts are bundled. Colours
// come from the page's CSS variables, so the charts follow the light or dark scheme, and are redrawn when it changes.
// Chart.js draws on canvas from this script file: nothing inline, so the CSP's script-src 'self' holds.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip } from 'chart.js';

import type { ChartFigures as Figures } from '../../../domain/ledger/chart-figures';
import { INVOICE_STANDING_LABELS as STANDING, QUOTE_STAGE_LABELS as STAGE } from '../../../domain/ledger/figure-labels';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);


const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
const palette = () => ({
  ink: css('--ink'), muted: css('--muted'), line: css('--line'), accent: css('--accent'), ok: css('--ok'), bad: css('--bad'), warn: css('--warn'),
});
const month = (ym: string) => new Date(`${ym}-01T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', timeZone: 'UTC' });
const money = (n: number, currency: string) => {
  try { return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n); } catch { return `${n} ${currency}`; }
};

function draw(canvas: HTMLCanvasElement, f: Figures, p: ReturnType<typeof palette>): Chart {
  const kind = canvas.dataset.chart;
  const grid = { color: p.line };
  if (kind === 'money') {
    const m = f.money.find((x) => x.currency === canvas.dataset.currency) ?? f.money[0];
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: f.months.map(month), datasets: [
        { label: 'Revenue', data: m.revenue, backgroundColor: p.accent },
        { label: 'Outstanding', data: m.outstanding, backgroundColor: p.warn },
      ] },
      options: { maintainAspectRatio: false, scales: { x: { grid }, y: { grid, beginAtZero: true, ticks: { callback: (v) => money(Number(v), m.currency) } } },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${money(Number(c.raw), m.currency)}` } } } },
    });
  }
  if (kind === 'pipeline') {
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: f.pipeline.map((s) => STAGE[s.status]), datasets: [{ label: 'Quotes', data: f.pipeline.map((s) => s.count), backgroundColor: [p.muted, p.accent, p.ok, p.bad] }] },
      options: { maintainAspectRatio: false, indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { grid, beginAtZero: true, ticks: { precision: 0 } }, y: { grid } } },
    });
  }
  const colours: Record<string, string> = { draft: p.muted, open: p.accent, partly_paid: p.warn, overdue: p.bad, paid: p.ok, void: p.line };
  const shown = f.invoices.filter((i) => i.count);
  return new Chart(canvas, {
    type: 'doughnut',
    data: { labels: shown.map((i) => STANDING[i.status]), datasets: [{ data: shown.map((i) => i.count), backgroundColor: shown.map((i) => colours[i.status]), borderColor: css('--card') }] },
    options: { maintainAspectRatio: false, plugins: { legend: { position: 'right' } } },
  });
}

function drawAll() {
  const p = palette();
  Chart.defaults.color = p.ink;
  Chart.defaults.borderColor = p.line;
  for (const card of document.querySelectorAll<HTMLElement>('.charts[data-figures]')) {
    const f = JSON.parse(card.dataset.figures ?? '{}') as Figures;
    for (const canvas of card.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
      Chart.getChart(canvas)?.destroy();
      draw(canvas, f, p);
      canvas.dataset.rendered = '1';
    }
  }
}

drawAll();
// The system switched between light and dark: redraw with the new colours.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', drawAll);
