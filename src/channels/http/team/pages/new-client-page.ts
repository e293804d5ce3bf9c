// "New client": Kiaro's full form (name, contact person, email, complete billing address; everything an invoice
// needs, every missing field marked at once) and, beside it, quick add (a name is enough).
import { html } from 'hono/html';
import type { MemberActor } from '../../../../context';
import { FULL_FORM_FIELDS, fieldAt, formLabel, type InputField } from '../../../../domain/clients/client-forms';
import type { FieldIssue } from '../../../../errors';
import { layout } from './layout';

type Field = { name: string; label: string; type?: string; required?: boolean; placeholder?: string };
const asField = (f: InputField, required = f.fullForm === 'required'): Field => ({
  name: f.input.path, label: formLabel(f), type: f.input.kind === 'email' || f.input.kind === 'tel' ? f.input.kind : 'text', required,
  placeholder: f.input.placeholder,
});
/** The full form: every field client-fields.ts puts in it, required where it says so. */
export const FULL_FORM: Field[] = FULL_FORM_FIELDS.map((f) => asField(f));
const QUICK_NAME = asField(fieldAt('name')!, true);

export type NewClientState = { mode: 'full' | 'quick'; values: Record<string, string>; issues: FieldIssue[]; error?: string } | null;

const issueFor = (s: NewClientState, mode: string, name: string) => (s?.mode === mode ? s.issues.find((i) => i.field === name)?.message : undefined);

function input(s: NewClientState, mode: 'full' | 'quick', f: Field) {
  const err = issueFor(s, mode, f.name);
  const value = s?.mode === mode ? s.values[f.name] ?? '' : '';
  return html`<label>${f.label}${f.required ? html` <span class="muted">(required)</span>` : ''}
    <input name="${f.name}" type="${f.type ?? 'text'}" value="${value}" placeholder="${f.placeholder ?? ''}" aria-invalid="${err ? 'true' : 'false'}">${err ? html`<span class="field-error" role="alert">${err}</span>` : ''}</label>`;
}

export function newClientPage(actor: MemberActor, state: NewClientState = null) {
  const count = state?.issues.length ?? 0;
  return layout({
    title: 'New client', actor, active: 'clients',
    body: html`<div class="toolbar"><h1>New client</h1><a class="button" href="/clients">All clients</a></div>
    ${state?.error ? html`<div class="card error-text" role="alert" id="form-error">${state.error}</div>`
      : count ? html`<div class="card error-text" role="alert" id="form-error">${count === 1 ? '1 field needs' : `${count} fields need`} attention; nothing was saved.</div>` : ''}
    <section class="card" id="full-form"><h2>Everything for invoicing</h2>
      <form method="post" action="/clients/new"><input type="hidden" name="mode" value="full">
        <div class="form-grid">${FULL_FORM.map((f) => input(state, 'full', f))}</div>
        <div class="actions"><button type="submit" class="primary">Create client</button></div></form></section>
    <section class="card" id="quick-add"><h2>Quick add</h2><p class="muted">Just a name; the rest can follow.</p>
      <form method="post" action="/clients/new"><input type="hidden" name="mode" value="quick">
        <div class="form-grid">${input(state, 'quick', QUICK_NAME)}</div>
        <div class="actions"><button type="submit">Add client</button></div></form></section>`,
  });
}
