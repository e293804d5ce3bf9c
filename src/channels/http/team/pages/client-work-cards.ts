// The client page's work cards: an outreach draft (draft, edit, copy, send after confirming) for inactive and past
// clients, and the website findings (enrich, then choose what to apply; a stored value is only replaced when its
// own "replace" box is ticked). Values from the website or the model go through hono/html's escaping.
import { html } from 'hono/html';
import type { ClientView } from '../../../../domain/clients/views';
import type { EnrichmentView } from '../../../../domain/enrichment/read-enrichment';
import type { OpenDraft } from '../../../../domain/outreach/open-draft';
import type { Proposal } from '../../../../domain/enrichment/propose-changes';

const person = (to: OpenDraft['to']) => (to ? (to.name ? `${to.name} <${to.email ?? 'no email'}>` : to.email ?? 'no email') : 'no primary contact');

export function outreachCard(c: ClientView, draft: OpenDraft | null, confirming: boolean) {
  if (!draft && c.status !== 'inactive' && c.status !== 'past') return '';
  if (!draft) {
    return html`<section class="card" id="outreach"><h2>Outreach</h2>
      <p class="muted">Draft a re-engagement email to the primary contact, written from this client's own history.</p>
      <form method="post" action="/clients/${c.id}/outreach" class="stack">
        <label>Goal (optional) <input name="goal" maxlength="500" placeholder="e.g. offer a check-in call this spring"></label>
        <button type="submit" class="primary" id="draft-outreach">Draft outreach email</button>
      </form></section>`;
  }
  const confirm = confirming ? html`<div class="confirm-box" role="alertdialog" id="confirm-send">
      <p>Send “${draft.subject}” to ${person(draft.to)} now? It goes out once and cannot be called back.</p>
      <div class="actions"><form method="post" action="/clients/${c.id}/outreach/${draft.id}/send" class="inline">
        <button type="submit" class="danger" id="send-outreach">Send email</button></form>
        <a class="button" href="/clients/${c.id}#outreach">Cancel</a></div></div>` : '';
  return html`<section class="card" id="outreach"><h2>Outreach draft</h2>
    <p><span class="muted">To:</span> ${person(draft.to)}</p>
    ${confirm}
    <form method="post" action="/clients/${c.id}/outreach/${draft.id}" class="stack" id="outreach-form">
      <label>Subject <input name="subject" id="outreach-subject" maxlength="200" value="${draft.subject}" required></label>
      <label>Message <textarea name="body" id="outreach-body" rows="16" required>${draft.body}</textarea></label>
      <div class="actions">
        <button type="submit" name="next" value="save" id="save-outreach">Save changes</button>
        <button type="button" class="copy" data-copy-subject="outreach-subject" data-copy-body="outreach-body" hidden>Copy</button>
        <button type="submit" name="next" value="send" class="primary" id="ask-send-outreach">Send…</button>
      </div>
    </form></section>`;
}

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).filter((x) => x !== null && x !== '').join(', ');
  return String(v);
};

/** What the client holds now for a proposal's field (from the live view, so applied findings drop out). */
function currentOf(c: ClientView, p: Proposal): { now: unknown; done: boolean } {
  if (p.field === 'industry' || p.field === 'phone') return { now: c[p.field], done: c[p.field] === p.value };
  if (p.field === 'address') {
    const v = p.value as Record<string, string | null>;
    const now = { addressLine1: c.address.line1, city: c.address.city, region: c.address.region, postalCode: c.address.postalCode, country: c.address.country };
    const keys = Object.keys(now) as Array<keyof typeof now>;
    return { now: keys.some((k) => now[k]) ? now : null, done: keys.every((k) => !v[k] || v[k] === now[k]) };
  }
  if (p.field === 'billingEmail') return { now: null, done: c.contacts.some((x) => x.email === p.value) };
  const body = p.field === 'description' ? `From the website: ${p.value}` : `LinkedIn: ${p.value}`;
  return { now: null, done: c.notes.some((n) => n.body === body) };
}

function proposalRow(c: ClientView, p: Proposal) {
  const { now } = currentOf(c, p);
  const clash = !!show(now) && show(now) !== show(p.value);
  const box = clash
    ? html`<input type="checkbox" name="overwrite" value="${p.field}" aria-label="Replace ${p.label}">`
    : html`<input type="checkbox" name="fields" value="${p.field}" checked aria-label="Apply ${p.label}">`;
  return html`<tr data-field="${p.field}"><td>${box}</td><td>${p.label}</td><td><span class="found">${show(p.value)}</span>
    ${clash ? html`<span class="now"><span class="badge warn">replaces</span> ${show(now)}</span>` : ''}</td></tr>`;
}

export function enrichmentCard(c: ClientView, e: EnrichmentView) {
  const open = (e.data?.proposals ?? []).filter((p) => !currentOf(c, p).done);
  const when = e.enrichedAt ? e.enrichedAt.slice(0, 16).replace('T', ' ') : '';
  const state = e.state === 'none' ? ''
    : e.state === 'succeeded' ? html`<p class="muted" id="enrich-state">Read ${e.data?.pages.length ?? 0} page(s) on ${when}: ${open.length} proposed change${open.length === 1 ? '' : 's'}.</p>`
      : html`<p class="error-text" id="enrich-state">${e.state === 'skipped' ? 'Skipped' : 'Failed'} (${when}): ${e.error ?? ''}</p>`;
  return html`<section class="card" id="website"><h2>Website findings</h2>
    ${c.website ? '' : html`<p class="muted">Add the client's website (Identity) to read it.</p>`}
    ${state}
    ${open.length ? html`<form method="post" action="/clients/${c.id}/enrich/apply" id="enrich-apply">
      <table class="findings"><thead><tr><th></th><th>Field</th><th>Found on the website</th></tr></thead><tbody>${open.map((p) => proposalRow(c, p))}</tbody></table>
      <p class="muted">Ticked findings are applied. A value the team entered is only replaced when you tick its row.</p>
      <div class="actions"><button type="submit" class="primary">Apply selected</button></div></form>` : ''}
    <form method="post" action="/clients/${c.id}/enrich" class="actions">
      <button type="submit" id="enrich" ${c.website ? '' : 'disabled'}>${e.state === 'none' ? 'Enrich from website' : 'Read the website again'}</button></form>
  </section>`;
}
