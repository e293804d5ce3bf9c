// Renders an import report (dry run or applied) with DOM calls only: file contents are text, never HTML.
import { el } from './cards.js';

const stat = (n, label, cls = '') => el('span', { class: `stat ${cls}`, 'data-stat': label }, el('b', { text: String(n) }), label);

function rowsTable(title, rows, cols) {
  if (!rows?.length) return null;
  return el('div', { class: 'report-part' },
    el('h3', { text: title }),
    el('div', { class: 'table-scroll' }, el('table', {},
      el('thead', {}, el('tr', {}, cols.map(([h]) => el('th', { text: h })))),
      el('tbody', {}, rows.map((r) => el('tr', {}, cols.map(([, get]) => el('td', { text: get(r) }))))))));
}

/** The counts, the columns used and not used, and every rejected, skipped and updated row with its number. */
export function renderReport(r) {
  const applied = r.status === 'applied';
  const verbs = applied ? ['created', 'updated', 'skipped', 'rejected'] : ['to create', 'to update', 'to skip', 'rejected'];
  const matched = (r.columns?.matched || []).map((m) => `${m.header} → ${m.label || m.field}${m.note ? ` (${m.note})` : ''}`).join(', ');
  // Older reports kept ignored columns as plain names.
  const ignored = (r.columns?.ignored || []).map((i) => (typeof i === 'string' ? i : `${i.header} (${i.reason})`)).join(', ');
  return el('div', { class: 'import-report', 'data-status': r.status },
    el('h2', { text: `${applied ? 'Imported' : 'Dry run of'} ${r.filename || 'the file'}: ${r.rows} row${r.rows === 1 ? '' : 's'}` }),
    el('p', {}, stat(r.created, verbs[0]), stat(r.updated, verbs[1]), stat(r.skipped, verbs[2]), stat(r.rejected, verbs[3], r.rejected ? 'bad' : '')),
    matched ? el('p', {}, el('span', { class: 'muted', text: 'Columns used: ' }), el('span', { text: matched })) : null,
    r.columns?.unmatched?.length
      ? el('p', { class: 'unmatched' }, el('span', { class: 'muted', text: 'Columns not used: ' }), el('span', { text: r.columns.unmatched.join(', ') }))
      : null,
    ignored ? el('p', { class: 'ignored' }, el('span', { class: 'muted', text: 'Columns ignored: ' }), el('span', { text: ignored })) : null,
    r.skippedLines?.above ? el('p', { class: 'muted', id: 'import-header-line', text: `${r.skippedLines.above} line${r.skippedLines.above === 1 ? '' : 's'} above the header row (a title or banner) ${r.skippedLines.above === 1 ? 'was' : 'were'} passed over.` }) : null,
    rowsTable('Rejected rows', r.rejections, [['Row', (x) => String(x.row)], ['Reason', (x) => x.reason]]),
    rowsTable('Updated clients', r.updates, [['Row', (x) => String(x.row)], ['Client', (x) => x.client], ['Changes', (x) => x.changed.join(', ')]]),
    rowsTable('Skipped rows', r.skips, [['Row', (x) => String(x.row)], ['Reason', (x) => x.reason]]),
    rowsTable('Warnings', r.warnings, [['Row', (x) => String(x.row)], ['Warning', (x) => x.message]]));
}
