// The client page's cards. Each shows read-only fields, or (one at a time) its edit form with per-field
// errors. Every value goes through hono/html's escaping.
import { html } from 'hono/html';
import { BILLING_ADDRESS, fieldsIn, formLabel, type InputField, labelAt, viewValueAt } from '../../../../domain/clients/client-forms';
import type { ClientView } from '../../../../domain/clients/views';
import type { FieldIssue } from '../../../../errors';
import type { Markup } from './layout';

export type CardName = 'identity' | 'contacts' | 'billing' | 'portal' | 'notes';
/** The card in edit mode, what was typed and what was wrong with it; for contacts, the one being edited. */
export type EditState = { card: CardName; values?: Record<string, string>; issues?: FieldIssue[]; contactId?: number } | null;
/** Whom the owner select offers: the domain's clientOwnerChoices. */
export type OwnerOption = { id: number; label: string };

/** The card that holds a missing-for-invoicing field: "Add details" opens it. */
export const cardForField = (field: string): CardName => (field === 'name' ? 'identity' : field === 'contactName' ? 'contacts' : 'billing');

/** Each card edits the client fields of its section (client-fields.ts), in the model's order, with the model's labels. */
export const CARD_FIELDS: Partial<Record<CardName, readonly InputField[]>> = { identity: fieldsIn('identity'), billing: fieldsIn('billing') };

export function currentValue(c: ClientView, name: string): string {
  const v = viewValueAt(c, name);
  return v === null ? '' : String(v);
}

const issueFor = (issues: FieldIssue[] | undefined, name: string) =>
  issues?.find((i) => i.field === name || (name.startsWith('address.') && i.field === name.slice(8)))?.message;

function input(f: InputField, value: string, issues?: FieldIssue[]) {
  const name = f.input.path;
  const err = issueFor(issues, name);
  const type = f.input.kind === 'email' || f.input.kind === 'tel' || f.input.kind === 'number' || f.input.kind === 'date' ? f.input.kind : 'text';
  const control = f.input.kind === 'select' && f.input.options
    ? html`<select name="${name}">${f.input.options.map((o) => html`<option value="${o}" ${o === value ? 'selected' : ''}>${o}</option>`)}</select>`
    : html`<input name="${name}" type="${type}" value="${value}" ${type === 'number' ? 'step="any"' : ''} placeholder="${f.input.placeholder ?? ''}" aria-invalid="${err ? 'true' : 'false'}">`;
  return html`<label>${formLabel(f)} ${control}${err ? html`<span class="field-error" role="alert">${err}</span>` : ''}</label>`;
}

function frame(c: ClientView, card: CardName, title: string, editing: boolean, body: Markup, canEdit = true) {
  return html`<section class="card" id="${card}" data-card="${card}">
    <h2>${title}${canEdit && !editing ? html`<a class="pencil" href="/clients/${c.id}?edit=${card}#${card}" aria-label="Edit ${title}">✎ Edit</a>` : ''}</h2>
    ${body}
  </section>`;
}

const dl = (rows: Array<[string, unknown]>) =>
  html`<dl class="fields">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v === null || v === undefined || v === '' ? html`<span class="muted">—</span>` : String(v)}</dd>`)}</dl>`;

function fieldsCard(c: ClientView, card: 'identity' | 'billing', title: string, edit: EditState, rows: Array<[string, unknown]>, owners?: OwnerOption[]) {
  const editing = edit?.card === card;
  if (!editing) return frame(c, card, title, false, dl(rows));
  const fields = CARD_FIELDS[card]!;
  return frame(c, card, title, true, html`<form method="post" action="/clients/${c.id}/edit/${card}">
    <div class="form-grid">${fields.map((f) => input(f, edit?.values?.[f.input.path] ?? currentValue(c, f.input.path), edit?.issues))}${owners ? ownerSelect(c, owners, edit) : ''}</div>
    <div class="actions"><button type="submit" class="primary">Save</button><a class="button" href="/clients/${c.id}#${card}">Cancel</a></div>
  </form>`);
}

/**
 * Offers only whom the domain accepts as owner (clientOwnerChoices). A current owner it no longer accepts (removed from
 * the team) shows as a disabled, selected option: not a choice, and a disabled option is not posted, so saving the
 * card leaves the owner as it is unless someone picks another.
 */
function ownerSelect(c: ClientView, owners: OwnerOption[], edit: EditState) {
  const current = edit?.values?.owner ?? (c.ownerId ? String(c.ownerId) : '');
  const err = issueFor(edit?.issues, 'owner');
  const gone = c.ownerId && String(c.ownerId) === current && !owners.some((o) => o.id === c.ownerId)
    ? html`<option value="${c.ownerId}" disabled selected>${c.ownerName ?? `member ${c.ownerId}`} (removed from the team)</option>`
    : '';
  return html`<label>${labelAt('owner')} <select name="owner" id="owner-select"><option value="">No owner</option>${gone}${owners.map((o) => html`<option value="${o.id}" ${String(o.id) === current ? 'selected' : ''}>${o.label}</option>`)}</select>${err ? html`<span class="field-error" role="alert">${err}</span>` : ''}</label>`;
}

/** The read-only rows of a section: each field's label and value, with the card's own additions. */
const rowsOf = (c: ClientView, fields: readonly InputField[], shown: (f: InputField) => unknown = (f) => viewValueAt(c, f.input.path)) =>
  fields.map((f): [string, unknown] => [f.label, shown(f)]);

export const identityCard = (c: ClientView, edit: EditState, owners?: OwnerOption[]) => {
  const [name, ...rest] = rowsOf(c, CARD_FIELDS.identity!);
  return fieldsCard(c, 'identity', 'Identity', edit, [name, ['Number', `#${c.number}`], ...rest, [labelAt('owner'), c.ownerName]], owners);
};

// Currency and terms say where they come from (the client, its group or the workspace).
export const billingCard = (c: ClientView, edit: EditState) => fieldsCard(c, 'billing', BILLING_ADDRESS, edit, rowsOf(c, CARD_FIELDS.billing!, (f) =>
  f.input.path === 'currency' ? `${c.currency} (${c.currencySource})`
    : f.input.path === 'paymentTerms' ? `${c.paymentTerms} days (${c.paymentTermsSource})` : viewValueAt(c, f.input.path)));

const stamp = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : null);

export function portalCard(c: ClientView, edit: EditState, confirmingReset = false) {
  const invitable = c.contacts.filter((x) => x.portalEnabled && x.email).length;
  const body = html`${dl([['Portal', c.portalEnabled ? 'On' : 'Off'], ['Contacts with access', invitable],
    ['Last contact sign-in', stamp(c.contacts.map((x) => x.portalLastSignInAt).filter(Boolean).sort().at(-1) ?? null)]])}`;
  if (edit?.card === 'portal') {
    return frame(c, 'portal', 'Portal settings', true, html`${body}<form method="post" action="/clients/${c.id}/edit/portal">
      <label><input type="checkbox" name="enabled" value="true" ${c.portalEnabled ? 'checked' : ''}> The client's contacts may use the portal</label>
      <div class="actions"><button type="submit" class="primary">Save</button><a class="button" href="/clients/${c.id}#portal">Cancel</a></div></form>`);
  }
  const toggle = html`<form method="post" action="/clients/${c.id}/edit/portal" class="inline">
    <input type="hidden" name="enabled" value="${c.portalEnabled ? 'false' : 'true'}">
    <button type="submit" id="portal-switch" role="switch" aria-checked="${c.portalEnabled ? 'true' : 'false'}">${c.portalEnabled ? 'Turn the portal off' : 'Turn the portal on'}</button></form>`;
  const actions = c.portalEnabled
    ? html`<div class="actions wrap">${toggle}
        <form method="post" action="/clients/${c.id}/portal/invite" class="inline"><button type="submit" class="primary" id="portal-invite" ${invitable ? '' : 'disabled'}>Invite to portal</button></form>
        <a class="button" id="portal-reset" href="/clients/${c.id}?confirm=reset-portal#portal">Reset portal links…</a></div>`
    : html`<div class="actions wrap">${toggle}</div>`;
  const confirm = confirmingReset ? html`<div class="confirm-box" role="alertdialog" id="confirm-reset">
      <p>Reset the portal links of ${c.name}? Every link already sent stops working and every contact signed in is signed out.
        They can ask for a new link on the portal page, or you invite them again.</p>
      <div class="actions"><form method="post" action="/clients/${c.id}/portal/reset" class="inline"><button type="submit" class="danger" id="portal-reset-confirm">Reset portal links</button></form>
        <a class="button" href="/clients/${c.id}#portal">Cancel</a></div></div>` : '';
  return frame(c, 'portal', 'Portal settings', false, html`${body}${actions}${confirm}`, false);
}

// Each note has Delete…, which asks first (deleteNote: its author, an owner or an admin; undone from the history).
function noteItem(c: ClientView, n: ClientView['notes'][number], confirm: boolean) {
  return html`<li data-note="${n.id}"><span class="when">${n.createdAt.slice(0, 10)}</span><span>${n.body}</span>${n.author ? html`<span class="muted">${n.author}</span>` : ''}
    <form method="post" action="/clients/${c.id}/notes/${n.id}/delete" class="inline"><button type="submit" class="delete-note">Delete…</button></form>
    ${confirm ? html`<div class="confirm-box" role="alertdialog" id="confirm-delete-note"><p>Delete this note? You can undo it from the history.</p>
      <div class="actions"><form method="post" action="/clients/${c.id}/notes/${n.id}/delete" class="inline">
        <input type="hidden" name="confirmed" value="1"><button type="submit" class="danger" id="delete-note">Delete note</button></form>
        <a class="button" href="/clients/${c.id}#notes">Cancel</a></div></div>` : ''}</li>`;
}

export function notesCard(c: ClientView, edit: EditState, confirmNote: number | null = null) {
  const list = c.notes.length
    ? html`<ul class="plain history">${c.notes.map((n) => noteItem(c, n, confirmNote === n.id))}</ul>`
    : html`<p class="muted">No notes yet.</p>`;
  if (edit?.card !== 'notes') return frame(c, 'notes', 'Notes', false, list);
  return frame(c, 'notes', 'Notes', true, html`<form method="post" action="/clients/${c.id}/edit/notes">
    <label>New note <textarea name="text" rows="3">${edit?.values?.text ?? ''}</textarea></label>
    ${issueFor(edit?.issues, 'text') ? html`<p class="field-error">${issueFor(edit?.issues, 'text')}</p>` : ''}
    <div class="actions"><button type="submit" class="primary">Add note</button><a class="button" href="/clients/${c.id}#notes">Cancel</a></div></form>${list}`);
}
