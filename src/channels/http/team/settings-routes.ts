// /settings: groups (create, rename, re-set) for everyone with client access, workspace defaults for owners and
// admins; and a client's group, chosen on its page (updateClient, through the tool runner). Each form calls one
// domain verb, which stays the authority; a refusal's status comes from HTTP's error table.
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppDeps } from '../../../deps';
import { listActivity } from '../../../domain/activity/list-activity';
import { undoActivity } from '../../../domain/activity/undo-activity';
import { listGroups } from '../../../domain/settings/list-groups';
import { readWorkspaceSettings } from '../../../domain/settings/read-workspace';
import { updateWorkspaceSettings } from '../../../domain/settings/update-workspace';
import { InvalidInput } from '../../../errors';
import { httpStatus, showRefusal } from '../errors';
import { runTool } from '../../../../tools/run-tool';
import type { ToolName, ToolSuccess } from '../../../../tools/types';
import { runPageTool } from './run-page-tool';
import { foldChanges } from './pages/folded-changes';
import { settingsPage, type FormState } from './pages/settings-page';
import { actionBudget } from '../security';
import { requireMember, type WebEnv } from '../session';

const SETTING_KEYS = ['name', 'currency', 'paymentTerms', 'reminderTone', 'messagesChannel'] as const;

/** The form's strings; an empty one becomes `empty` (undefined: leave it, null: clear it). */
async function readForm(c: Context, empty: null | undefined) {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  const input: Record<string, unknown> = {};
  for (const k of SETTING_KEYS) {
    const v = typeof body[k] === 'string' ? (body[k] as string).trim() : undefined;
    if (v === undefined) continue;
    values[k] = v;
    input[k] = v === '' ? empty : v;
  }
  return { values, input };
}

export function mountSettings(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  const member = requireMember(deps, 'page', { clients: true });

  const render = async (c: Context<WebEnv>, status: ContentfulStatusCode, extra: { state?: FormState; notice?: string; error?: string } = {}) => {
    const ctx = c.get('ctx');
    // Read past the last ten changes so their undos and redos (newer rows) are in hand to fold in, as on the Team page.
    const [groups, workspace, history] = await Promise.all([listGroups(ctx), readWorkspaceSettings(ctx),
      listActivity({ ctx, input: { entityTypes: ['group', 'workspace'], limit: 50 } })]);
    const changes = foldChanges(history.activities).map(({ change: a, undone, action }) => ({
      id: a.id, summary: a.summary, actorName: a.actorName, createdAt: a.createdAt, undone, action,
    }));
    // The deployment's own workspace mirrors into SLACK_MESSAGES_CHANNEL unless it picks another channel.
    const defaultChannel = ctx.actor.workspaceId === deps.workspaceId ? (deps.env.SLACK_MESSAGES_CHANNEL ?? null) : null;
    return c.html(settingsPage({ actor: c.get('actor'), groups, workspace, defaultChannel, changes, ...extra }), status);
  };
  /** Runs one verb; its field errors go back into the form that was posted, anything else on top. */
  const attempt = (c: Context<WebEnv>, form: string, values: Record<string, string>, work: () => Promise<string>) =>
    showRefusal(async () => render(c, 200, { notice: await work() }), (err, status) => (err instanceof InvalidInput
      ? render(c, status, { state: { form, values, issues: err.issues }, error: 'Please fix the fields marked below.' })
      : render(c, status, { error: err.message })));

  /** Runs one tool through the runner, likewise; the notice is the page's own wording of its result. */
  const attemptTool = async (c: Context<WebEnv>, form: string, values: Record<string, string>, name: ToolName, input: unknown,
    notice: (r: ToolSuccess, group: { name: string }) => string) => {
    const r = await runTool(c.get('ctx'), name, input);
    if (r.ok) return render(c, 200, { notice: notice(r, (r.data as unknown as { group: { name: string } }).group) });
    const status = httpStatus(r.error.code);
    return r.error.issues?.length
      ? render(c, status, { state: { form, values, issues: r.error.issues }, error: 'Please fix the fields marked below.' })
      : render(c, status, { error: r.error.message });
  };

  web.get('/settings', member, (c) => render(c, 200));
  web.post('/settings/groups', member, async (c) => {
    const { values, input } = await readForm(c, undefined);
    return attemptTool(c, 'new-group', values, 'createGroup', input, (_, group) => `Created the group ${group.name}.`);
  });
  web.post('/settings/groups/:id{[0-9]+}', member, async (c) => {
    const { values, input } = await readForm(c, null);
    const id = c.req.param('id');
    // An update that changed nothing records no activity, so it offers no undo.
    return attemptTool(c, `group-${id}`, values, 'updateGroup', { ...input, group: `id:${id}` },
      (r, group) => (r.undo ? `Saved the group ${group.name}.` : `Nothing changed on the group ${group.name}.`));
  });
  web.post('/settings/workspace', member, async (c) => {
    const { values, input } = await readForm(c, null);
    return attempt(c, 'workspace', values, async () => {
      const r = await updateWorkspaceSettings({ ctx: c.get('ctx'), input });
      return r.changed.length ? 'Saved the workspace defaults.' : 'Nothing changed.';
    });
  });

  // Undo of a listed change; the domain decides whether it can still be undone, and by whom.
  web.post('/settings/undo/:activityId{[0-9]+}', member, actionBudget(deps), async (c) => {
    const ctx = c.get('ctx');
    return showRefusal(async () => {
      const r = await undoActivity({ ctx, input: { activityId: Number(c.req.param('activityId')) } });
      return render(c, 200, { notice: `${r.summary}.` });
    }, (err, status) => render(c, status, { error: err.message }));
  });

  // The group select on the client page.
  web.post('/clients/:id{[0-9]+}/group', member, async (c) => {
    const ctx = c.get('ctx');
    const id = Number(c.req.param('id'));
    const body = await c.req.parseBody();
    const group = typeof body.group === 'string' && body.group.trim() ? body.group.trim() : null;
    return runPageTool(c, ctx, id, 'updateClient', { client: `id:${id}`, group }, () => c.redirect(`/clients/${id}#settings`, 303));
  });
  app.route('/', web);
}
