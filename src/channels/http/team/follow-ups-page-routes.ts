// The Follow-ups page (pages/follow-ups-page.ts): the list through listFollowUps, Done and Move through their tools,
// each change answered with a notice and its Undo; a refusal is shown on the page with the tool's words.
import type { Context, Hono } from 'hono';
import { runTool } from '../../../../tools/run-tool';
import type { ToolName } from '../../../../tools/types';
import { undoChange } from '../../../agent/undo';
import type { AppDeps } from '../../../deps';
import type { FollowUpList } from '../../../domain/follow-ups/list-follow-ups';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { httpStatus, showRefusal } from '../errors';
import { actionBudget } from '../security';
import { requireMember, type WebEnv } from '../session';
import { followUpsPage, type FollowUpsPageOpts } from './pages/follow-ups-page';

type C = Context<WebEnv>;
const scopeOf = (v: unknown) => (v === 'workspace' ? 'workspace' : 'mine');

async function render(c: C, scope: 'mine' | 'workspace', extra: Pick<FollowUpsPageOpts, 'notice' | 'error'> = {}, status: ContentfulStatusCode = 200) {
  const ctx = c.get('ctx');
  const r = await runTool(ctx, 'listFollowUps', { scope, limit: 200 });
  if (!r.ok) return c.html(followUpsPage({ actor: c.get('actor'), scope, items: [], more: false, today: '', error: r.error.message }), httpStatus(r.error.code));
  const list = r.data as unknown as FollowUpList;
  const today = ctx.now().toISOString().slice(0, 10);
  return c.html(followUpsPage({ actor: c.get('actor'), scope: list.scope, items: list.items, more: list.more, today, ...extra }), status);
}

export function mountFollowUpsPage(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });
  web.get('/follow-ups', member, (c) => render(c, scopeOf(c.req.query('scope'))));

  const change = (tool: ToolName, said: (body: Record<string, unknown>) => string) => async (c: C) => {
    const body = await c.req.parseBody();
    const input = { followUp: `#${c.req.param('followUpId')}`, ...(tool === 'updateFollowUp' ? { due: String(body.due ?? '') } : {}) };
    const r = await runTool(c.get('ctx'), tool, input);
    if (!r.ok) return render(c, scopeOf(body.scope), { error: r.error.message }, httpStatus(r.error.code));
    return render(c, scopeOf(body.scope), { notice: { text: said(body), activityId: r.undo?.activityId } });
  };
  web.post('/follow-ups/:followUpId{[0-9]+}/done', member, actionBudget(deps), change('completeFollowUp', () => 'Marked it done.'));
  web.post('/follow-ups/:followUpId{[0-9]+}/move', member, actionBudget(deps), change('updateFollowUp', (b) => `Moved it to ${String(b.due)}.`));
  web.post('/follow-ups/undo/:activityId{[0-9]+}', member, actionBudget(deps), async (c) => {
    const scope = scopeOf((await c.req.parseBody()).scope);
    return showRefusal(async () => {
      const turn = await undoChange({ deps, ctx: c.get('ctx'), activityId: Number(c.req.param('activityId')) });
      return render(c, scope, { notice: { text: `${turn.text}.` } });
    }, (err, status) => render(c, scope, { error: err.message }, status));
  });
}
