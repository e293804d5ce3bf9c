// Cards for tool results, built with DOM calls only: every value people or the model wrote goes in via
// textContent, never as HTML.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

export async function postJson(url) {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(body?.error?.message || `The server answered ${res.status}.`), { code: body?.error?.code });
  return body;
}

/**
 * Says each thing once: a failure's red line or a change's text beside Undo is dropped when the answer's own
 * text already says it (the model usually repeats the tool's message).
 */
export function tidy(box) {
  const said = [...box.querySelectorAll('.bubble:not(.error-text)')].map((b) => b.textContent).join('\n');
  for (const node of box.querySelectorAll('[data-says]')) {
    if (!said.includes(node.dataset.says)) continue;
    const row = node.closest('.undo-row');
    node.remove();
    // Undo then sits under the answer that says what it undoes, not above it.
    if (row) box.append(row);
  }
}

const money = (n, cur) => {
  try { return new Intl.NumberFormat(undefined, { style: 'currency', currency: cur || 'USD' }).format(n || 0); } catch { return `${n} ${cur}`; }
};
/** One figure per currency the client was invoiced in ("€1,200.00 · $300.00"); never a sum across currencies. */
const figures = (c, key) => (c.totals || []).filter((t) => t[key]).map((t) => money(t[key], t.currency)).join(' · ') || null;
const badge = (text, cls = '') => el('span', { class: `badge ${cls}`, text });
const clientHref = (c) => `/clients/${encodeURIComponent(c.id)}`;
/** Which card of the client page holds a missing field ("Add details" opens it). */
export const cardFor = (field) => (field === 'name' ? 'identity' : field === 'contactName' ? 'contacts' : 'billing');

function missingBanner(client, missing) {
  if (!missing?.length) return null;
  const card = cardFor(missing[0].field);
  return el('div', { class: 'banner', role: 'status' },
    el('span', { text: `Missing for invoicing: ${missing.map((m) => m.label).join(', ')}` }),
    el('a', { class: 'button', href: `${clientHref(client)}?edit=${card}#${card}`, text: 'Add details' }));
}

function contactItem(ct) {
  return el('li', {},
    el('span', { text: ct.name || ct.email || 'Contact' }),
    ct.email && ct.name ? el('span', { class: 'muted', text: ` ${ct.email}` }) : null,
    ct.isPrimary ? badge('primary') : null,
    ct.isBillingDefault ? badge('billing', 'billing') : null,
    ct.portalEnabled ? badge('portal', 'portal') : null);
}

function clientCard(c, missing) {
  const addr = [c.address?.city || c.city, c.address?.country || c.country].filter(Boolean).join(', ');
  return el('div', { class: 'card client-card', 'data-client-id': c.id },
    missingBanner(c, missing ?? c.missingForInvoicing),
    el('h2', {}, el('a', { href: clientHref(c), text: c.name }), el('span', { class: 'muted', text: `#${c.number}` }),
      badge(c.status, `status-${c.status}`), c.archived ? badge('archived') : null),
    el('dl', { class: 'fields' },
      ...[['Email', c.email], ['Phone', c.phone], ['Website', c.website], ['Location', addr], ['Owner', c.ownerName],
        ['Outstanding', figures(c, 'outstanding')], ['Revenue', figures(c, 'revenue')]]
        .filter(([, v]) => v).flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
    c.contacts?.length ? el('ul', { class: 'plain contacts' }, c.contacts.map(contactItem)) : null);
}

function clientsTable(data) {
  if (!data.clients?.length) return el('div', { class: 'card muted', text: 'No clients match.' });
  return el('div', { class: 'card' },
    el('table', { class: 'results' },
      el('thead', {}, el('tr', {}, ['#', 'Name', 'Status', 'Location', 'Invoices', 'Revenue', 'Outstanding', 'Last activity'].map((h, i) => el('th', { class: i >= 4 && i <= 6 ? 'num' : '', text: h })))),
      el('tbody', {}, data.clients.map((c) => el('tr', {},
        el('td', { text: c.number }), el('td', {}, el('a', { href: clientHref(c), text: c.name })),
        el('td', {}, badge(c.status, `status-${c.status}`)), el('td', { text: [c.city, c.country].filter(Boolean).join(', ') }),
        el('td', { class: 'num', text: String(c.invoiceCount ?? 0) }), el('td', { class: 'num', text: figures(c, 'revenue') || '—' }),
        el('td', { class: 'num', text: figures(c, 'outstanding') || '—' }), el('td', { text: c.lastActivityAt ? c.lastActivityAt.slice(0, 10) : '' }))))),
    data.total > data.clients.length ? el('p', { class: 'muted', text: `Showing ${data.clients.length} of ${data.total}.` }) : null);
}

function fileCard(d) {
  const href = d.downloadUrl || d.url || (d.id ? `/files/exports/${encodeURIComponent(d.id)}` : null);
  return el('div', { class: 'card file-card' },
    el('a', { class: 'button primary', href, download: d.filename || '', text: `Download ${d.filename || 'CSV'}` }),
    el('span', { class: 'muted', text: ` ${d.rows ?? ''} rows` }));
}

function undoButton(undo, onTurn) {
  const b = el('button', { type: 'button', class: 'undo', text: 'Undo' });
  b.addEventListener('click', async () => {
    b.disabled = true;
    try { onTurn(await postJson(`/api/undo/${encodeURIComponent(undo.activityId)}`), b.parentElement); b.textContent = 'Undone'; }
    catch (err) { b.disabled = false; b.after(el('span', { class: 'error-text', text: ` ${err.message}` })); }
  });
  return b;
}

/** One tool result: its card by data kind, or its text; failures with their candidates; Undo on every change. */
export function renderResult(toolName, result, onTurn) {
  const wrap = el('div', { class: 'result', 'data-tool': toolName || '' });
  if (!result || typeof result !== 'object') return wrap;
  if (result.ok === false) {
    const e = result.error || {};
    wrap.append(el('div', { class: 'bubble error-text', text: e.message || 'That did not work.', 'data-says': e.message || null }));
    if (e.candidates?.length) wrap.append(el('ul', { class: 'plain candidates' }, e.candidates.map((c) => el('li', { text: `${c.label}${c.detail ? ` (${c.detail})` : ''}` }))));
    return wrap;
  }
  const d = result.data;
  if (d?.kind === 'client') wrap.append(clientCard(d.client, result.missing));
  else if (d?.kind === 'clients') wrap.append(clientsTable(d));
  else if (d?.kind === 'contacts') wrap.append(el('div', { class: 'card' }, el('h2', { text: `Contacts at ${d.client?.name ?? ''}` }), el('ul', { class: 'plain contacts' }, (d.contacts || []).map(contactItem))));
  else if (d?.kind === 'file') wrap.append(fileCard(d));
  else if (d?.kind === 'record' && d.client) wrap.append(el('div', { class: 'card' }, el('span', { text: d.label }), ' · ', el('a', { href: clientHref(d.client), text: d.client.name })));
  if (result.undo) wrap.append(el('div', { class: 'undo-row' }, el('span', { class: 'muted', text: `${result.text} `, 'data-says': result.text || null }), undoButton(result.undo, onTurn)));
  return wrap;
}

const DONE = { confirmed: 'Confirmed', cancelled: 'Cancelled', expired: 'Expired' };

/** The card once decided (or expired): its title says so and the buttons go. */
function settle(card, state) {
  if (card.dataset.state && card.dataset.state !== 'pending') return;
  card.dataset.state = state;
  card.classList.add('decided', `is-${state}`);
  card.querySelector('h2').replaceChildren(badge(DONE[state], `done-${state}`));
  card.querySelector('.actions')?.remove();
}

/** A destructive action waiting for the person: Confirm / Cancel, bound to the server-side approval. */
export function renderApproval(approval, onTurn) {
  const card = el('div', { class: 'card approval', 'data-approval-id': approval.id, 'data-state': 'pending' },
    el('h2', { text: 'Please confirm' }), el('p', { text: approval.summary }));
  if (approval.state && approval.state !== 'pending') { settle(card, approval.state); return card; }
  const confirm = el('button', { type: 'button', class: 'danger', text: 'Confirm' });
  const cancel = el('button', { type: 'button', text: 'Cancel' });
  const act = async (verb) => {
    confirm.disabled = cancel.disabled = true;
    card.querySelector('.error-text')?.remove();
    try {
      const turn = await postJson(`/api/approvals/${encodeURIComponent(approval.id)}/${verb}`);
      settle(card, verb === 'confirm' ? 'confirmed' : 'cancelled');
      onTurn(turn, card);
    } catch (err) {
      if (err.code === 'expired') settle(card, 'expired');
      else if (err.code !== 'conflict') confirm.disabled = cancel.disabled = false;
      card.append(el('p', { class: 'error-text', text: err.message }));
    }
  };
  confirm.addEventListener('click', () => act('confirm'));
  cancel.addEventListener('click', () => act('cancel'));
  card.append(el('div', { class: 'actions' }, confirm, cancel));
  // Left open past its 10 minutes, the card says it expired instead of offering a button that cannot work.
  const left = Date.parse(approval.expiresAt) - Date.now();
  if (left > 0 && left < 2 ** 31) setTimeout(() => settle(card, 'expired'), left);
  return card;
}

/** A whole turn returned as JSON (confirm, cancel, undo). */
export function renderTurn(turn, onTurn) {
  const box = el('div', { class: 'msg assistant' });
  if (turn.text) box.append(el('div', { class: 'bubble', text: turn.text }));
  for (const r of turn.results || []) box.append(renderResult(r.toolName, r.result, onTurn));
  for (const a of turn.approvals || []) box.append(renderApproval(a, onTurn));
  tidy(box);
  return box;
}
