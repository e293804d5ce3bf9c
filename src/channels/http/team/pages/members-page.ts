// The Team page: invite someone, the members with their role and a Remove that asks first, and the recent team
// changes. Whether a Remove is offered is the domain's own rule (removalRefusal), so the page never shows a button
// the verb would refuse.
import { html } from 'hono/html';
import { type MemberActor, ROLES } from '../../../../context';
import { handOverRefusal } from '../../../../domain/members/hand-over-clients';
import type { MemberView } from '../../../../domain/members/member-view';
import { removalRefusal } from '../../../../domain/members/removal-refusal';
import { layout } from './layout';
import { teamChangesCard, type TeamChange } from './team-changes-card';
import { READABLE_TIME_SCRIPT } from './readable-time';

/** `ownedClients`: how many clients the member to remove (confirmRemove) owns. */
export type MembersPageOpts = { notice?: string; error?: string; confirmRemove?: number; ownedClients?: number };

const roleSelect = (name: string, current: string) =>
  html`<select name="${name}">${ROLES.map((r) => html`<option value="${r}" ${r === current ? 'selected' : ''}>${r}</option>`)}</select>`;
const labelOf = (m: MemberView) => m.name ?? m.email ?? `member ${m.id}`;

/**
 * Whom the leaving member's clients go to: the teammates removeMember accepts (the domain's handOverRefusal), or no
 * owner; the one removing them is picked first (no owner when that is the one leaving).
 */
function handOverSelect(actor: MemberActor, m: MemberView, list: MemberView[], n: number) {
  const to = list.filter((x) => !handOverRefusal(x, { id: m.id, label: labelOf(m) }));
  const picked = to.some((x) => x.id === actor.memberId) ? actor.memberId : null;
  const whose = m.id === actor.memberId ? 'your' : 'their';
  return html`<label>Hand ${whose} ${n} client${n === 1 ? '' : 's'} to: <select name="reassignTo" id="remove-reassign-to">
      ${to.map((x) => html`<option value="${x.id}" ${x.id === picked ? 'selected' : ''}>${labelOf(x)}${x.id === actor.memberId ? ' (you)' : ''}</option>`)}
      <option value="" ${picked === null ? 'selected' : ''}>No owner</option></select></label>`;
}

/** Says what removal takes away and what stays, and who takes over their clients, before anything is done. */
function confirmRemoval(actor: MemberActor, m: MemberView, list: MemberView[], ownedClients: number) {
  const self = m.id === actor.memberId;
  return html`<tr class="confirm-row"><td colspan="4"><div class="confirm-box" role="alertdialog" id="confirm-remove-member" aria-labelledby="confirm-remove-text">
    <p id="confirm-remove-text">${self ? 'Leave the team yourself' : html`Remove ${labelOf(m)}${m.email && m.name ? html` (${m.email})` : ''}, ${m.role}, from the team`}?
      ${self ? 'You' : 'They'} will be signed out everywhere at once and every sign-in link already sent stops working.
      Past work keeps ${self ? 'your' : 'their'} name${ownedClients ? html`; ${self ? 'you own' : 'they own'} ${ownedClients} client${ownedClients === 1 ? '' : 's'}` : ''}.
      It can be undone from Recent team changes.</p>
    <div class="actions"><form method="post" action="/members/${m.id}/remove" class="inline"><input type="hidden" name="confirmed" value="1">
      ${ownedClients ? handOverSelect(actor, m, list, ownedClients) : ''}
      <button type="submit" class="danger" id="remove-member-confirm">${self ? 'Leave the team' : `Remove ${labelOf(m)}`}</button></form>
      <a class="button" href="/members#members-table">Cancel</a></div></div></td></tr>`;
}

export function membersPage(actor: MemberActor, list: MemberView[], changes: TeamChange[], opts: MembersPageOpts = {}) {
  const owners = list.filter((m) => m.role === 'owner').length;
  const mayRemove = (m: MemberView) => !removalRefusal(actor, m, owners);
  const row = (m: MemberView) => html`<tr data-member="${m.id}"><td>${m.name ?? ''}</td><td>${m.email ?? ''}</td><td>
      <form method="post" action="/members/${m.id}/role" class="inline">${roleSelect('role', m.role)} <button type="submit">Save</button></form></td>
      <td>${m.id === actor.memberId ? html`<span class="muted">you</span> ` : ''}${mayRemove(m)
        ? html`<a class="button danger remove-member" href="/members?remove=${m.id}#confirm-remove-member" aria-label="Remove ${labelOf(m)}">Remove…</a>`
        : ''}</td></tr>
    ${opts.confirmRemove === m.id && mayRemove(m) ? confirmRemoval(actor, m, list, opts.ownedClients ?? 0) : ''}`;
  return layout({
    title: 'Team', actor, active: 'members', scripts: [READABLE_TIME_SCRIPT],
    body: html`<div class="toolbar"><h1>Team</h1></div>
    ${opts.notice ? html`<div class="card" role="status">${opts.notice}</div>` : ''}
    ${opts.error ? html`<div class="card error-text" role="alert">${opts.error}</div>` : ''}
    <section class="card"><h2>Invite someone</h2>
      <form method="post" action="/members/invite" class="form-grid">
        <label>Email <input type="email" name="email" required></label>
        <label>Name <input name="name"></label>
        <label>Role ${roleSelect('role', 'manager')}</label>
        <div class="actions"><button type="submit" class="primary">Send invitation</button></div>
      </form>
      <p class="muted">Managers, admins and owners work with clients; members have no client access.</p>
    </section>
    <section class="card"><h2>Members</h2><table id="members-table"><thead><tr><th>Name</th><th>Email</th><th>Role</th><th></th></tr></thead><tbody>
      ${list.map(row)}
    </tbody></table></section>
    ${teamChangesCard(changes)}`,
  });
}
