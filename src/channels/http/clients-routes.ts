// The client pages: the list (filters, sort, plain-English box) and one client in cards, edited one card at
// a time by same-origin form POSTs that call the domain verbs.
import { Hono } from 'hono';
import { undoChange } from '../../agent/undo';
import type { AppDeps } from '../../deps';
import { makeCtx } from '../../deps';
import { findClients } from '../../domain/clients/find-clients';
import { getClientView } from '../../domain/clients/get-client-view';
import { isDomainError, InvalidInput } from '../../errors';
import { mountClientActions } from './client-action-routes';
import { renderClientPage } from './client-page-data';
import type { ConfirmKind } from './pages/client-page';
import type { CardName, EditState } from './pages/client-cards';
import { clientsListPage, type ListQuery } from './pages/clients-list-page';
import { importPage } from './pages/import-page';
import { saveCard } from './save-client-card';
import { actionBudget } from './security';
import { requireMember, type WebEnv } from './session';
import { describeFilters, understandFilters } from './understand-filters';

const CARDS: readonly CardName[] = ['identity', 'contacts', 'billing', 'portal', 'notes'];
const LIST_KEYS = ['query', 'status', 'archived', 'createdFrom', 'createdTo', 'sort', 'country', 'industry', 'ask'] as const;

export function mountClientPages(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  const member = requireMember(deps, 'page', { clients: true });

  web.get('/clients', member, async (c) => {
    const actor = c.get('actor');
    const q: ListQuery = {};
    for (const k of LIST_KEYS) { const v = c.req.query(k); if (v?.trim()) q[k] = v.trim().slice(0, 300); }
    let understood: string | undefined;
    if (q.ask) {
      const f = await understandFilters(deps, q.ask);
      Object.assign(q, { query: undefined, status: undefined, createdFrom: undefined, createdTo: undefined, country: undefined, industry: undefined }, f);
      understood = describeFilters(f);
    }
    const { ask: _ask, ...filters } = q;
    try {
      const r = await findClients({ ctx: makeCtx(deps, actor), input: { ...filters, limit: 200 } });
      return c.html(clientsListPage({ actor, q, clients: r.clients, total: r.total, understood }));
    } catch (err) {
      if (!(err instanceof InvalidInput)) throw err;
      return c.html(clientsListPage({ actor, q, clients: [], total: 0, understood, error: err.message }), 422);
    }
  });

  web.get('/clients/import', member, (c) => c.html(importPage(c.get('actor'))));

  web.get('/clients/:id{[0-9]+}', member, async (c) => {
    const ctx = makeCtx(deps, c.get('actor'));
    const card = c.req.query('edit') as CardName | undefined;
    const edit: EditState = card && CARDS.includes(card) ? { card } : null;
    const ask = c.req.query('confirm') as ConfirmKind | undefined;
    const confirm = ask === 'send-outreach' || ask === 'reset-portal' ? ask : null;
    return renderClientPage(c, ctx, Number(c.req.param('id')), { edit, confirm });
  });

  web.post('/clients/:id{[0-9]+}/edit/:card', member, async (c) => {
    const ctx = makeCtx(deps, c.get('actor'));
    const id = Number(c.req.param('id'));
    const card = c.req.param('card') as CardName;
    if (!CARDS.includes(card)) return c.notFound();
    const client = await getClientView(ctx.db, ctx, id);
    const form = Object.fromEntries(Object.entries(await c.req.parseBody()).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
    try {
      await saveCard(ctx, client, card, form);
      return c.redirect(`/clients/${id}#${card}`, 303);
    } catch (err) {
      if (!isDomainError(err)) throw err;
      const issues = err instanceof InvalidInput ? err.issues : [{ field: card === 'notes' ? 'text' : 'contact', message: err.message }];
      return renderClientPage(c, ctx, id, { edit: { card, values: form, issues }, error: 'Please fix the fields marked below.' }, 422);
    }
  });

  web.post('/clients/:id{[0-9]+}/undo/:activityId{[0-9]+}', member, actionBudget(deps), async (c) => {
    const ctx = makeCtx(deps, c.get('actor'));
    const id = Number(c.req.param('id'));
    try {
      await undoChange({ deps, ctx, activityId: Number(c.req.param('activityId')) });
      return c.redirect(`/clients/${id}#history`, 303);
    } catch (err) {
      if (!isDomainError(err)) throw err;
      const client = await getClientView(ctx.db, ctx, id).catch(() => null);
      if (!client) return c.redirect('/clients', 303);
      return renderClientPage(c, ctx, id, { error: err.message }, 409);
    }
  });

  mountClientActions(web, deps);
  app.route('/', web);
}
