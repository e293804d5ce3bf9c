// The team page for owners and admins: who is in the workspace, invite someone, change a role, remove someone
// (after the page asks), and undo a recent team change. The rules (who may grant what or remove whom, the last owner,
// what can still be undone) live in the domain verbs; this page only shows their answers. Invite, role and removal
// run their tools through the one runner.
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { MemberActor } from '../../../context';
import type { AppDeps } from '../../../deps';
import { listActivity } from '../../../domain/activity/list-activity';
import { undoActivity } from '../../../domain/activity/undo-activity';
import { listMembers } from '../../../domain/members/list-members';
import { countOwnedClients, type HandedClients } from '../../../domain/members/hand-over-clients';
import { cancelledWords } from '../../../domain/members/cancelled-words';
import { httpStatus, showRefusal } from '../errors';
import { runTool } from '../../../../tools/run-tool';
import type { ToolName } from '../../../../tools/types';
import type { MemberView } from '../../../domain/members/member-view';
import { layout } from './pages/layout';
import { membersPage, type MembersPageOpts } from './pages/members-page';
import { toTeamChanges } from './pages/team-changes-card';
import { actionBudget } from '../security';
import { clearSessionCookie, requireMember, type WebEnv } from '../session';
import { ADMIN_ROLES } from '../../../domain/access';

export function mountMembers(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  const member = requireMember(deps, 'page');
  const adminOnly = async (c: any, next: () => Promise<void>) => {
    const a = c.get('actor') as MemberActor;
    if (!ADMIN_ROLES.includes(a.role)) return c.html(layout({ title: 'Team', actor: a, body: html`<section class="card narrow"><h1>Team</h1><p>Only owners and admins manage the team.</p></section>` }), 403);
    return next();
  };
  const render = async (c: any, status: ContentfulStatusCode, opts: MembersPageOpts = {}) => {
    const ctx = c.get('ctx');
    // Read past the last ten changes so their undos and redos (newer rows) are in hand too.
    const [list, history, ownedClients] = await Promise.all([listMembers(ctx), listActivity({ ctx, input: { entityTypes: ['member'], limit: 50 } }),
      opts.confirmRemove ? countOwnedClients(ctx.db, ctx, opts.confirmRemove) : 0]);
    return c.html(membersPage(c.get('actor'), list, toTeamChanges(history.activities), { ...opts, ownedClients }), status);
  };
  const attempt = (c: any, work: () => Promise<string>) =>
    showRefusal(async () => render(c, 200, { notice: await work() }), (err, status) => render(c, status, { error: err.message }));
  /** Runs a tool; the notice is worded from its result's data, a failure is its message at the error table's status. */
  const attemptTool = async <D>(c: any, name: ToolName, input: unknown, notice: (d: D) => string) => {
    const r = await runTool(c.get('ctx'), name, input);
    return r.ok ? render(c, 200, { notice: notice(r.data as D) }) : render(c, httpStatus(r.error.code), { error: r.error.message });
  };
  type Member = { member: MemberView };
  const dataOf = <D>(data: unknown) => data as D;

  web.get('/members', member, adminOnly, (c) => render(c, 200, { confirmRemove: Number(c.req.query('remove')) || undefined }));
  web.post('/members/invite', member, adminOnly, async (c) => {
    const f = await c.req.parseBody();
    const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
    return attemptTool<Member & { created: boolean }>(c, 'inviteMember', { email: s(f.email) ?? '', name: s(f.name), role: s(f.role) }, (r) =>
      (r.created ? `Invited ${r.member.email} as ${r.member.role}; a sign-in link is on its way.` : `${r.member.email} is already a member; a new sign-in link is on its way.`));
  });
  web.post('/members/:id{[0-9]+}/role', member, adminOnly, async (c) => {
    const f = await c.req.parseBody();
    return attemptTool<Member & { changed: boolean }>(c, 'setMemberRole', { member: Number(c.req.param('id')), role: f.role }, (r) =>
      (r.changed ? `${r.member.name ?? r.member.email} is now ${r.member.role}.` : 'Nothing changed.'));
  });
  // Removal ends access at once, so it runs only from the confirmation's own button (confirmed=1); a bare post
  // shows that confirmation. Removing yourself signs you out here too. The confirmation's select says who takes
  // over their clients (empty: no owner; absent, as when they own none: nobody is asked to).
  web.post('/members/:id{[0-9]+}/remove', member, adminOnly, actionBudget(deps), async (c) => {
    const id = Number(c.req.param('id'));
    const body = await c.req.parseBody();
    if (body.confirmed !== '1') return render(c, 200, { confirmRemove: id });
    // The select's member id goes as the tool's exact id ("id:<n>"): the verb checks it (one removed since the page
    // was opened cannot take over clients, 422), as it checks the member leaving.
    const picked = typeof body.reassignTo === 'string' ? body.reassignTo.trim() : undefined;
    const reassignTo = picked === undefined ? undefined : picked ? `id:${picked}` : null;
    const r = await runTool(c.get('ctx'), 'removeMember', { member: id, reassignTo });
    if (!r.ok) return render(c, httpStatus(r.error.code), { error: r.error.message });
    const d = dataOf<Member & { handedClients: HandedClients | null; handedFollowUps: { count: number; toName: string | null } | null; cancelled: number; removedSelf: boolean }>(r.data);
    if (d.removedSelf) {
      clearSessionCookie(c, deps);
      return c.redirect('/sign-in', 303);
    }
    const who = d.member.name ?? d.member.email;
    const h = d.handedClients;
    const n = h?.clientIds.length ?? 0;
    const clients = h ? ` Their ${n === 1 ? 'client' : `${n} clients`} ${h.to === null ? `now ${n === 1 ? 'has' : 'have'} no owner` : `went to ${h.toName}`}.` : '';
    const f = d.handedFollowUps;
    const follow = f ? ` ${f.count === 1 ? 'Their open follow-up' : `Their ${f.count} open follow-ups`} ${f.toName ? `went to ${f.toName}` : `now ${f.count === 1 ? 'has' : 'have'} no one to do ${f.count === 1 ? 'it' : 'them'}`}.` : '';
    const asked = d.cancelled ? ` ${cancelledWords(d.cancelled).replace(/^t/, 'T')}.` : '';
    return render(c, 200, { notice: `Removed ${who} from the team: they were signed out and their sign-in links no longer work.${clients}${follow}${asked} Undo it from Recent team changes.` });
  });
  // Undo (or redo) of a listed team change, through the same domain verb as every other undo; it decides whether
  // the change can still be undone and by whom, and its refusal shows as the page's error.
  web.post('/members/undo/:activityId{[0-9]+}', member, adminOnly, actionBudget(deps), (c) =>
    attempt(c, async () => `${(await undoActivity({ ctx: c.get('ctx'), input: { activityId: Number(c.req.param('activityId')) } })).summary}.`));
  app.route('/', web);
}
