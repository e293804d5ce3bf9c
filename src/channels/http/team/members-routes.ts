// The team page for owners and admins: who is in the workspace, invite someone, change a role, and undo a recent
// team change. The rules (who may grant what, the last owner, what can still be undone) live in the domain verbs;
// this page only shows their answers.
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type MemberActor, ROLES } from '../../../context';
import type { AppDeps } from '../../../deps';
import { listActivity } from '../../../domain/activity/list-activity';
import { undoActivity } from '../../../domain/activity/undo-activity';
import { inviteMember } from '../../../domain/members/invite-member';
import { listMembers } from '../../../domain/members/list-members';
import type { MemberView } from '../../../domain/members/member-view';
import { setMemberRole } from '../../../domain/members/set-member-role';
import { showRefusal } from '../errors';
import { layout } from './pages/layout';
import { teamChangesCard, toTeamChanges, type TeamChange } from './pages/team-changes-card';
import { actionBudget } from '../security';
import { requireMember, type WebEnv } from '../session';
import { ADMIN_ROLES } from '../../../domain/access';

const roleSelect = (name: string, current: string) =>
  html`<select name="${name}">${ROLES.map((r) => html`<option value="${r}" ${r === current ? 'selected' : ''}>${r}</option>`)}</select>`;

function membersPage(actor: MemberActor, list: MemberView[], changes: TeamChange[], opts: { notice?: string; error?: string } = {}) {
  return layout({
    title: 'Team', actor, active: 'members', scripts: ['relative-time.js'],
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
      ${list.map((m) => html`<tr><td>${m.name ?? ''}</td><td>${m.email ?? ''}</td><td>
        <form method="post" action="/members/${m.id}/role" class="inline">${roleSelect('role', m.role)} <button type="submit">Save</button></form></td>
        <td>${m.id === actor.memberId ? html`<span class="muted">you</span>` : ''}</td></tr>`)}
    </tbody></table></section>
    ${teamChangesCard(changes)}`,
  });
}

export function mountMembers(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  const member = requireMember(deps, 'page');
  const adminOnly = async (c: any, next: () => Promise<void>) => {
    const a = c.get('actor') as MemberActor;
    if (!ADMIN_ROLES.includes(a.role)) return c.html(layout({ title: 'Team', actor: a, body: html`<section class="card narrow"><h1>Team</h1><p>Only owners and admins manage the team.</p></section>` }), 403);
    return next();
  };
  const render = async (c: any, status: ContentfulStatusCode, opts: { notice?: string; error?: string } = {}) => {
    const ctx = c.get('ctx');
    // Read past the last ten changes so their undos and redos (newer rows) are in hand too.
    const [list, history] = await Promise.all([listMembers(ctx), listActivity({ ctx, input: { entityTypes: ['member'], limit: 50 } })]);
    return c.html(membersPage(c.get('actor'), list, toTeamChanges(history.activities), opts), status);
  };
  const attempt = (c: any, work: () => Promise<string>) =>
    showRefusal(async () => render(c, 200, { notice: await work() }), (err, status) => render(c, status, { error: err.message }));

  web.get('/members', member, adminOnly, (c) => render(c, 200));
  web.post('/members/invite', member, adminOnly, async (c) => {
    const f = await c.req.parseBody();
    const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
    return attempt(c, async () => {
      const r = await inviteMember({ ctx: c.get('ctx'), input: { email: s(f.email) ?? '', name: s(f.name), role: s(f.role) } });
      return r.created ? `Invited ${r.member.email} as ${r.member.role}; a sign-in link is on its way.` : `${r.member.email} is already a member; a new sign-in link is on its way.`;
    });
  });
  web.post('/members/:id{[0-9]+}/role', member, adminOnly, async (c) => {
    const f = await c.req.parseBody();
    return attempt(c, async () => {
      const r = await setMemberRole({ ctx: c.get('ctx'), input: { member: Number(c.req.param('id')), role: f.role } });
      return r.changed ? `${r.member.name ?? r.member.email} is now ${r.member.role}.` : 'Nothing changed.';
    });
  });
  // Undo (or redo) of a listed team change, through the same domain verb as every other undo; it decides whether
  // the change can still be undone and by whom, and its refusal shows as the page's error.
  web.post('/members/undo/:activityId{[0-9]+}', member, adminOnly, actionBudget(deps), (c) =>
    attempt(c, async () => `${(await undoActivity({ ctx: c.get('ctx'), input: { activityId: Number(c.req.param('activityId')) } })).summary}.`));
  app.route('/', web);
}
