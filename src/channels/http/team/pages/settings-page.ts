// Groups and workspace defaults: every team member with client access sees and edits groups; the workspace
// form is for owners and admins (others see the values). Each form posts to one domain verb.
import { html } from 'hono/html';
import type { MemberActor } from '../../../../context';
import { fieldAt, formLabel, labelAt } from '../../../../domain/clients/client-forms';
import { REMINDER_TONES } from '../../../../domain/clients/value-labels';
import type { GroupListItem } from '../../../../domain/settings/list-groups';
import type { WorkspaceSettings } from '../../../../domain/settings/update-workspace';
import type { FieldIssue } from '../../../../errors';
import { changeButton, type ChangeAction } from './folded-changes';
import { layout } from './layout';
import { readableTime, READABLE_TIME_SCRIPT } from './readable-time';
import { ADMIN_ROLES } from '../../../../domain/access';
import { MESSAGES_OFF } from '../../../../domain/messages/messages-channel';

// Workspace and group settings are the client fields of the same name: one label each.
const L = {
  currency: labelAt('currency'), paymentTerms: labelAt('paymentTerms'), paymentTermsForm: formLabel(fieldAt('paymentTerms')!), reminderTone: labelAt('reminderTone'),
};
/** Which form the last post came from, with what was typed and what was wrong with it. */
export type FormState = { form: string; values: Record<string, string>; issues: FieldIssue[] } | null;

const issue = (s: FormState, form: string, field: string) => (s?.form === form ? s.issues.find((i) => i.field === field)?.message : undefined);
const val = (s: FormState, form: string, field: string, current: unknown) =>
  (s?.form === form ? s.values[field] ?? '' : current === null || current === undefined ? '' : String(current));

function field(s: FormState, form: string, name: string, label: string, current: unknown, extra: { placeholder?: string; type?: string } = {}) {
  const err = issue(s, form, name);
  return html`<label>${label} <input name="${name}" type="${extra.type ?? 'text'}" value="${val(s, form, name, current)}" placeholder="${extra.placeholder ?? ''}" aria-invalid="${err ? 'true' : 'false'}">${err ? html`<span class="field-error" role="alert">${err}</span>` : ''}</label>`;
}

function toneSelect(s: FormState, form: string, current: string | null, emptyLabel?: string) {
  const v = val(s, form, 'reminderTone', current);
  return html`<label>${L.reminderTone} <select name="reminderTone">${emptyLabel ? html`<option value="" ${v === '' ? 'selected' : ''}>${emptyLabel}</option>` : ''}
    ${REMINDER_TONES.map((t) => html`<option value="${t}" ${t === v ? 'selected' : ''}>${t}</option>`)}</select></label>`;
}

function groupFields(s: FormState, form: string, g: Partial<GroupListItem>) {
  return html`${field(s, form, 'name', 'Name', g.name)}${field(s, form, 'currency', L.currency, g.currency, { placeholder: 'workspace default' })}
    ${field(s, form, 'paymentTerms', L.paymentTermsForm, g.paymentTerms, { placeholder: 'workspace default', type: 'number' })}
    ${toneSelect(s, form, g.reminderTone ?? null, 'workspace default')}`;
}

const summary = (g: GroupListItem) => [g.currency, g.paymentTerms !== null ? `${g.paymentTerms} days` : null, g.reminderTone ? `${g.reminderTone} reminders` : null]
  .filter(Boolean).join(' · ') || 'workspace defaults';

/** A recent change to a group or the defaults, its undos and redos folded in (folded-changes.ts), as the card lists it. */
export type SettingsChange = { id: number; summary: string; actorName: string | null; createdAt: string; undone: boolean; action: ChangeAction | null };

const changesCard = (changes: SettingsChange[]) => html`<section class="card" id="history"><h2>Recent changes</h2>
  ${changes.length ? html`<ul class="plain history">${changes.map((a) => html`<li data-activity="${a.id}">
      <span>${a.summary}${a.actorName ? html` <span class="muted">· ${a.actorName}</span>` : ''} <span class="muted">· ${readableTime(a.createdAt)}</span>${a.undone ? html` <span class="badge">undone</span>` : ''}</span>
      ${changeButton('/settings/undo', a.action, a.summary)}</li>`)}</ul>`
    : html`<p class="muted">No changes to groups or defaults yet.</p>`}</section>`;

export function settingsPage(opts: {
  actor: MemberActor; groups: GroupListItem[]; workspace: WorkspaceSettings; defaultChannel?: string | null; changes?: SettingsChange[]; state?: FormState; notice?: string; error?: string;
}) {
  const s = opts.state ?? null;
  const w = opts.workspace;
  const canEditWorkspace = ADMIN_ROLES.includes(opts.actor.role);
  const fallback = opts.defaultChannel ? `default: ${opts.defaultChannel}` : 'not mirrored';
  return layout({
    title: 'Settings', actor: opts.actor, active: 'settings', scripts: [READABLE_TIME_SCRIPT],
    body: html`<div class="toolbar"><h1>Settings</h1></div>
    ${opts.notice ? html`<div class="card notice" role="status">${opts.notice}</div>` : ''}
    ${opts.error ? html`<div class="card error-text" role="alert">${opts.error}</div>` : ''}
    <section class="card" id="workspace"><h2>Workspace defaults</h2>
      <p class="muted">A client takes its own setting, else its group's, else these.</p>
      ${canEditWorkspace ? html`<form method="post" action="/settings/workspace" id="workspace-form"><div class="form-grid">
          ${field(s, 'workspace', 'name', 'Workspace name', w.name)}${field(s, 'workspace', 'currency', L.currency, w.currency)}
          ${field(s, 'workspace', 'paymentTerms', L.paymentTermsForm, w.paymentTerms, { type: 'number' })}${toneSelect(s, 'workspace', w.reminderTone)}
          ${field(s, 'workspace', 'messagesChannel', 'Slack messages channel', w.messagesChannel, { placeholder: fallback })}</div>
          <p class="muted">Client message threads from the portal are mirrored in this Slack channel, one thread per client. Paste the channel's id
            (channel details, at the bottom) or type <code>/client messages here</code> in the channel; <code>off</code>: not mirrored; empty: ${fallback}.</p>
          <div class="actions"><button type="submit" class="primary">Save defaults</button></div></form>`
        : html`<dl class="fields"><dt>Workspace</dt><dd>${w.name}</dd><dt>${L.currency}</dt><dd>${w.currency}</dd><dt>${L.paymentTerms}</dt><dd>${w.paymentTerms} days</dd>
          <dt>${L.reminderTone}</dt><dd>${w.reminderTone}</dd><dt>Slack messages channel</dt><dd>${w.messagesChannel === MESSAGES_OFF ? 'off: not mirrored' : (w.messagesChannel ?? fallback)}</dd></dl><p class="muted">Only owners and admins change these.</p>`}
    </section>
    <section class="card" id="groups"><h2>Groups</h2>
      <p class="muted">Clients in a group take its settings when they set none themselves. Put a client in a group on its page.</p>
      ${opts.groups.length ? html`<ul class="plain groups">${opts.groups.map((g) => html`<li data-group="${g.name}"><details ${s?.form === `group-${g.id}` ? 'open' : ''}>
          <summary><b>${g.name}</b> <span class="muted">${summary(g)} · ${g.clientCount} client${g.clientCount === 1 ? '' : 's'}</span></summary>
          <form method="post" action="/settings/groups/${g.id}"><div class="form-grid">${groupFields(s, `group-${g.id}`, g)}</div>
            <div class="actions"><button type="submit">Save ${g.name}</button></div></form></details></li>`)}</ul>`
        : html`<p class="muted">No groups yet.</p>`}
      <h3>New group</h3>
      <form method="post" action="/settings/groups" id="new-group"><div class="form-grid">${groupFields(s, 'new-group', {})}</div>
        <div class="actions"><button type="submit" class="primary">Create group</button></div></form>
    </section>
    ${changesCard(opts.changes ?? [])}`,
  });
}
