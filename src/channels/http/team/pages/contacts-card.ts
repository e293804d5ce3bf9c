// The client page's Contacts card: the contacts with their badges and portal line; in edit mode, each contact can
// be edited (name, email, phone, title, role, primary, billing default, portal access) or removed, and one added.
// The rules (a client keeps one contact, one primary, one billing default, portal needs an email) are the domain's.
import { html } from 'hono/html';
import type { ClientView, ContactView } from '../../../../domain/clients/views';
import { CONTACT_ROLE_LABELS, labelOf } from '../../../../domain/clients/value-labels';
import { CONTACT_FIELDS, type ContactFieldDef } from '../../../../domain/contacts/contact-fields';
import type { FieldIssue } from '../../../../errors';
import type { EditState } from './client-cards';
import { readableTime } from './readable-time';

const FIELDS = CONTACT_FIELDS as readonly ContactFieldDef[];
const issueFor = (issues: FieldIssue[] | undefined, name: string) => issues?.find((i) => i.field === name)?.message;
const err = (issues: FieldIssue[] | undefined, name: string) => {
  const m = issueFor(issues, name);
  return m ? html`<span class="field-error" role="alert">${m}</span>` : '';
};

/** A contact's portal line: off (for the client or the contact), no email, never signed in, or the last sign-in. */
function portalStatus(c: ClientView, ct: ContactView) {
  if (!ct.portalEnabled) return html`<span class="portal-status muted">Portal off</span>`;
  if (!c.portalEnabled) return html`<span class="portal-status muted">Portal off for the client</span>`;
  if (!ct.email) return html`<span class="portal-status muted">Portal on · no email to sign in with</span>`;
  return html`<span class="portal-status">Portal on · ${ct.portalLastSignInAt ? html`last sign-in ${readableTime(ct.portalLastSignInAt)}` : 'never signed in'}</span>`;
}

function summary(c: ClientView, ct: ContactView, editing: boolean) {
  return html`<div>${ct.name ?? ct.email ?? 'Contact'}
    ${ct.email && ct.name ? html`<span class="muted">${ct.email}</span>` : ''} ${ct.jobTitle ? html`<span class="muted">· ${ct.jobTitle}</span>` : ''}
    ${ct.role ? html`<span class="muted">· ${labelOf(CONTACT_ROLE_LABELS, ct.role)}</span>` : ''} ${ct.phone ? html`<span class="muted">· ${ct.phone}</span>` : ''}
    ${ct.isPrimary ? html`<span class="badge">primary</span>` : ''}${ct.isBillingDefault ? html`<span class="badge billing">billing</span>` : ''}${ct.portalEnabled ? html`<span class="badge portal">portal</span>` : ''}</div>
    ${portalStatus(c, ct)}
    ${editing ? html`<div class="actions wrap"><a class="button" href="/clients/${c.id}?edit=contacts&contact=${ct.id}#contact-${ct.id}" aria-label="Edit ${ct.name ?? ct.email ?? 'contact'}">Edit</a>
      <form method="post" action="/clients/${c.id}/contacts/${ct.id}/remove" class="inline"><button type="submit" class="danger" aria-label="Remove ${ct.name ?? ct.email ?? 'contact'}">Remove</button></form></div>` : ''}`;
}

function checkbox(name: string, label: string, checked: boolean, disabled = false, hint = '') {
  return html`<label class="check"><input type="checkbox" name="${name}" value="true" ${checked ? 'checked' : ''} ${disabled ? 'disabled' : ''}> ${label}${hint ? html` <span class="muted">${hint}</span>` : ''}</label>`;
}

/** The fields of one contact (to edit it, or empty to add one). */
function contactForm(c: ClientView, ct: ContactView | null, values: Record<string, string>, issues: FieldIssue[] | undefined) {
  const v = (k: string, cur: string | null | undefined) => values[k] ?? cur ?? '';
  const flag = (k: string, cur: boolean) => (values[k] !== undefined ? values[k] === 'true' : cur);
  return html`<form method="post" action="${ct ? `/clients/${c.id}/contacts/${ct.id}` : `/clients/${c.id}/edit/contacts`}" id="${ct ? `contact-form-${ct.id}` : 'contact-add'}">
    <div class="form-grid">
      ${FIELDS.map((f) => {
        if (f.kind === 'flag') {
          const cur = ct ? !!(ct as unknown as Record<string, unknown>)[f.column ?? f.key] : (f.initial ?? false);
          // The primary contact stays primary until another one is made primary.
          const locked = f.key === 'primary' && !!ct?.isPrimary;
          return html`${checkbox(f.key, f.label, flag(f.key, cur), locked, locked ? '(make another contact primary to change it)' : '')}${err(issues, f.key)}`;
        }
        const value = v(f.key, (ct as unknown as Record<string, string | null> | null)?.[f.key]);
        const control = f.kind === 'select'
          ? html`<select name="${f.key}"><option value="">—</option>${(f.options ?? []).map((r) => html`<option value="${r}" ${r === value ? 'selected' : ''}>${labelOf(CONTACT_ROLE_LABELS, r)}</option>`)}</select>`
          : html`<input name="${f.key}" ${f.kind === 'text' ? '' : html`type="${f.kind}"`} value="${value}" aria-invalid="${issueFor(issues, f.key) ? 'true' : 'false'}">`;
        return html`<label>${f.label} ${control}${err(issues, f.key)}</label>`;
      })}
    </div>
    ${issueFor(issues, 'contact') ? html`<p class="field-error" role="alert">${issueFor(issues, 'contact')}</p>` : ''}
    <div class="actions"><button type="submit" class="primary">${ct ? 'Save contact' : 'Add contact'}</button><a class="button" href="/clients/${c.id}?edit=contacts#contacts">Cancel</a></div>
  </form>`;
}

export function contactsCard(c: ClientView, edit: EditState) {
  const editing = edit?.card === 'contacts';
  const open = editing ? edit?.contactId : undefined;
  const items = c.contacts.map((ct) => html`<li data-contact-id="${ct.id}" id="contact-${ct.id}">
    ${open === ct.id ? contactForm(c, ct, edit?.values ?? {}, edit?.issues) : summary(c, ct, editing)}</li>`);
  const list = c.contacts.length ? html`<ul class="plain contacts">${items}</ul>` : html`<p class="muted">No contacts yet.</p>`;
  const pencil = editing ? '' : html`<a class="pencil" href="/clients/${c.id}?edit=contacts#contacts" aria-label="Edit Contacts">✎ Edit</a>`;
  const add = editing && open === undefined ? html`<h3>Add a contact</h3>${contactForm(c, null, edit?.values ?? {}, edit?.issues)}` : '';
  const done = editing ? html`<div class="actions"><a class="button" id="contacts-done" href="/clients/${c.id}#contacts">Done</a></div>` : '';
  return html`<section class="card" id="contacts" data-card="contacts"><h2>Contacts${pencil}</h2>${list}${add}${done}</section>`;
}
