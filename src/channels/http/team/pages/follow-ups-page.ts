// The Follow-ups page: every open follow-up, the person's own or everyone's, in three parts (overdue, today, later),
// each with its client, Done and a day to move it to; after a change, a notice with Undo.
import { html } from 'hono/html';
import type { MemberActor } from '../../../../context';
import type { FollowUpView } from '../../../../domain/follow-ups/follow-up-views';
import { layout } from './layout';

export type FollowUpsPageOpts = {
  actor: MemberActor; scope: 'mine' | 'workspace'; items: FollowUpView[]; more: boolean; today: string;
  notice?: { text: string; activityId?: number }; error?: string;
};

function row(f: FollowUpView, o: FollowUpsPageOpts) {
  const back = html`<input type="hidden" name="scope" value="${o.scope}">`;
  return html`<li data-follow-up="${f.id}"><span class="when">${f.dueOn}</span>
    <span><a href="/clients/${f.clientId}#follow-ups">${f.clientName}</a>: ${f.text}</span>
    ${o.scope === 'workspace' && f.owner ? html`<span class="muted">${f.owner}</span>` : ''}
    <div class="follow-up-actions"><form method="post" action="/follow-ups/${f.id}/done" class="inline">${back}<button type="submit" class="follow-up-done">Done</button></form>
    <form method="post" action="/follow-ups/${f.id}/move" class="inline">${back}<input type="date" name="due" value="${f.dueOn}" required
      aria-label="Move to"><button type="submit" class="follow-up-move">Move</button></form></div></li>`;
}

function part(title: string, id: string, items: FollowUpView[], o: FollowUpsPageOpts) {
  if (!items.length) return '';
  return html`<section class="card" id="${id}"><h2>${title} <span class="muted">${items.length}</span></h2>
    <ul class="plain history follow-ups">${items.map((f) => row(f, o))}</ul></section>`;
}

export function followUpsPage(o: FollowUpsPageOpts) {
  const tab = (scope: 'mine' | 'workspace', label: string) =>
    html`<a href="/follow-ups${scope === 'workspace' ? '?scope=workspace' : ''}" class="${o.scope === scope ? 'on' : ''}">${label}</a>`;
  const notice = o.notice ? html`<div class="card notice" role="status" id="follow-up-notice">${o.notice.text}
    ${o.notice.activityId ? html`<form method="post" action="/follow-ups/undo/${o.notice.activityId}" class="inline"><input type="hidden" name="scope" value="${o.scope}"><button type="submit" class="undo">Undo</button></form>` : ''}</div>` : '';
  const body = html`<h1>Follow-ups</h1>
    <nav class="tabs">${tab('mine', 'Mine')} ${tab('workspace', "Everyone's")}</nav>
    ${o.error ? html`<div class="card error-text" role="alert">${o.error}</div>` : ''}${notice}
    ${o.items.length ? [
      part('Overdue', 'overdue', o.items.filter((f) => f.overdue), o),
      part('Today', 'today', o.items.filter((f) => f.dueOn === o.today), o),
      part('Later', 'later', o.items.filter((f) => f.dueOn > o.today), o),
    ] : html`<section class="card"><p class="muted">No open follow-ups${o.scope === 'mine' ? ' for you' : ''}. Plan one on a client's page, or say
      "remind me to call Acme Corp on Friday" in the chat.</p></section>`}
    ${o.more ? html`<p class="muted">Only the first ${o.items.length} are shown.</p>` : ''}`;
  return layout({ title: 'Follow-ups', actor: o.actor, body, active: 'follow-ups' });
}
