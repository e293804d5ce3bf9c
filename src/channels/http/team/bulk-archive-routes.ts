// The client list's bulk archive (pages/clients-bulk-archive.ts): the question names the set archiveClients' tool
// would archive (its confirmation's fingerprint); the click runs the tool only if the same set still matches, else
// the list asks again; the notice's Undo reverses the whole set.
import type { Hono, MiddlewareHandler } from 'hono';
import { registry } from '../../../../tools/index';
import { runTool } from '../../../../tools/run-tool';
import { undoChange } from '../../../agent/undo';
import type { Ctx } from '../../../context';
import type { AppDeps } from '../../../deps';
import { isDomainError } from '../../../errors';
import { showRefusal } from '../errors';
import { actionBudget } from '../security';
import type { WebEnv } from '../session';
import { archiveFilters, type ArchiveQuestion } from './pages/clients-bulk-archive';
import { clientsListPage, FILTER_KEYS, listHref, type ListQuery } from './pages/clients-list-page';

export const SET_CHANGED = 'Which clients match changed since you were asked, so nothing was archived; here they are as they are now.';

/** The question for the list's filters: which clients archiveClients would archive, or why it would not. */
export async function askArchive(ctx: Ctx, q: ListQuery): Promise<ArchiveQuestion> {
  try {
    return await registry.archiveClients.fingerprint!({ ctx, input: archiveFilters(q) }) as ArchiveQuestion;
  } catch (err) {
    if (isDomainError(err)) return { error: err.message };
    throw err;
  }
}

const then = (href: string, extra: string) => `${href}${href.includes('?') ? '&' : '?'}${extra}`;

export function mountBulkArchive(web: Hono<WebEnv>, deps: AppDeps, member: MiddlewareHandler<WebEnv>) {
  web.post('/clients/archive', member, actionBudget(deps), async (c) => {
    const ctx = c.get('ctx');
    const body = await c.req.parseBody();
    const q: ListQuery = {};
    for (const k of FILTER_KEYS) if (typeof body[k] === 'string' && body[k].trim()) q[k] = body[k].trim().slice(0, 300);
    const back = listHref(q);
    const now = await askArchive(ctx, q);
    if ('error' in now || now.ids !== body.ids) return c.redirect(then(back, 'confirm=archive&changed=1'), 303);
    const r = await runTool(ctx, 'archiveClients', archiveFilters(q));
    if (!r.ok) return c.html(clientsListPage({ actor: c.get('actor'), q, clients: [], total: 0, page: 1, error: r.error.message }), 409);
    return c.redirect(then(back, `archived-set=${now.count}&activity=${r.undo?.activityId ?? 0}`), 303);
  });

  web.post('/clients/undo/:activityId{[0-9]+}', member, actionBudget(deps), (c) => showRefusal(async () => {
    await undoChange({ deps, ctx: c.get('ctx'), activityId: Number(c.req.param('activityId')) });
    return c.redirect('/clients', 303);
  }, async (err, status) => c.html(clientsListPage({ actor: c.get('actor'), q: {}, clients: [], total: 0, page: 1, error: err.message }), status)));
}
