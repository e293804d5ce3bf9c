// The import page: check the file (dry run), confirm, apply with a progress bar fed by the NDJSON progress lines.
import { el } from './cards.js';
import { renderReport } from './import-report.js';

const form = document.getElementById('import-form');
const file = document.getElementById('import-file');
const status = document.getElementById('import-status');
const out = document.getElementById('import-report');

const say = (text, bad = false) => { status.textContent = text; status.className = bad ? 'error-text' : 'muted'; };
const errorOf = async (res) => (await res.json().catch(() => ({})))?.error?.message || `The server answered ${res.status}.`;

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const chosen = file.files?.[0];
  if (!chosen) return say('Choose a CSV file first.', true);
  const body = new FormData();
  body.set('file', chosen);
  form.querySelector('button').disabled = true;
  say('Checking the file…');
  out.hidden = true;
  try {
    const res = await fetch('/files/imports', { method: 'POST', body });
    if (res.status === 401) { location.href = '/sign-in'; return; }
    if (!res.ok) return say(await errorOf(res), true);
    say('');
    showDryRun(await res.json());
  } catch {
    say('The upload did not reach the server. Try again.', true);
  } finally {
    form.querySelector('button').disabled = false;
  }
});

function showDryRun(report) {
  const actions = el('div', { class: 'actions', id: 'import-actions' });
  out.replaceChildren(renderReport(report), el('p', { class: 'muted', text: 'Row 1 is the first row under the header.' }), actions);
  out.hidden = false;
  if (report.rejected) {
    actions.append(el('p', { class: 'error-text', id: 'import-blocked',
      text: `Nothing can be imported while ${report.rejected} row${report.rejected === 1 ? ' is' : 's are'} rejected: correct the file and check it again`
        + (report.created + report.updated ? ', or import the valid rows and leave the rejected ones out.' : '.') }));
    if (!report.created && !report.updated) return;
    const partial = el('button', { type: 'button', id: 'import-skip-rejected',
      text: `Import the ${report.created + report.updated} valid row${report.created + report.updated === 1 ? '' : 's'}, leave out ${report.rejected}…` });
    partial.addEventListener('click', () => confirmStep(report, actions, true));
    actions.append(partial);
    return;
  }
  if (!report.created && !report.updated) {
    actions.append(el('p', { class: 'muted', id: 'import-nothing', text: 'This file changes nothing: every row is already here.' }));
  }
  const apply = el('button', { type: 'button', class: 'primary', id: 'import-apply', text: 'Apply…' });
  apply.addEventListener('click', () => confirmStep(report, actions));
  actions.append(apply);
}

function confirmStep(report, actions, skipRejected = false) {
  const yes = el('button', { type: 'button', class: 'primary', id: 'import-confirm', text: 'Yes, import' });
  const no = el('button', { type: 'button', id: 'import-cancel', text: 'Cancel' });
  const box = el('div', { class: 'confirm-box', role: 'alertdialog', 'aria-label': 'Confirm the import' },
    el('p', { text: `Create ${report.created} and update ${report.updated} client${report.created + report.updated === 1 ? '' : 's'}? `
      + 'The import is applied as a whole or not at all.' }),
    skipRejected ? el('p', { text: 'These rejected rows are left out:' }) : null,
    skipRejected ? el('ul', { id: 'import-left-out' }, report.rejections.map((r) => el('li', { text: `Row ${r.row}: ${r.reason}` }))) : null,
    el('div', { class: 'actions' }, yes, no));
  actions.replaceChildren(box);
  no.addEventListener('click', () => showDryRun(report));
  yes.addEventListener('click', () => apply(report, actions, skipRejected));
}

async function apply(report, actions, skipRejected) {
  const bar = el('progress', { id: 'import-progress', max: '100', value: '0' });
  const label = el('span', { class: 'muted', text: ' Starting…' });
  actions.replaceChildren(el('div', { class: 'progress-row' }, bar, label));
  let last = null;
  try {
    const res = await fetch(`/files/imports/${encodeURIComponent(report.importId)}/apply${skipRejected ? '?skipRejected=1' : ''}`, { method: 'POST', headers: { Accept: 'application/x-ndjson' } });
    if (!res.ok) throw new Error(await errorOf(res));
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (let r; !(r = await reader.read()).done;) {
      buf += r.value;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i).trim(); buf = buf.slice(i + 1);
        if (!line) continue;
        const msg = JSON.parse(line);
        if (msg.progress) showProgress(bar, label, msg.progress);
        else last = msg;
      }
    }
  } catch (err) {
    last = { error: { message: err.message || 'The connection dropped; nothing was changed.' } };
  }
  if (last?.report) return showResult(last.report);
  actions.replaceChildren(el('p', { class: 'error-text', id: 'import-error', text: last?.error?.message || 'The import did not finish; nothing was changed.' }));
}

// Checking the rows is the first half of the bar, writing them the second.
function showProgress(bar, label, p) {
  const part = p.total ? p.done / p.total : 1;
  bar.value = Math.round((p.phase === 'writing' ? 50 + part * 50 : part * 50));
  label.textContent = ` ${p.phase === 'writing' ? 'Writing' : 'Checking'} ${p.done} of ${p.total} rows`;
}

function showResult(report) {
  const note = report.alreadyApplied
    ? 'This import was already applied; nothing changed this time.'
    : `Done: ${report.created} created, ${report.updated} updated, ${report.skipped} skipped${report.leftOut ? `, ${report.leftOut} rejected left out` : ''}.`;
  out.replaceChildren(renderReport(report), el('p', { class: 'notice', id: 'import-done', text: note }),
    el('div', { class: 'actions' }, el('a', { class: 'button primary', href: '/clients', text: 'See the clients' })));
}
