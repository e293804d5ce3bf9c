// The client pages: the list (filters, sort, plain-English box) and one client in cards, edited one card at
// a time by same-origin form POSTs that run their tools (save-client-card.ts); the list runs findClients, a page
// at a time (its offset).
import { Hono } from 'hono';
import { undoChange } from '../../../agent/undo';
import type { AppDeps } from '../../../deps';
import { runTool } from '../../../../tools/run-tool';
import type { ToolData } from '../../../../tools/types';
import { chartFigures } from '../../../domain/ledger/chart-figures';
import { getClientView } from '../../../domain/clients/get-client-view';
import { mountClientActions } from './client-action-routes';
import { mountDocuments } from './document-routes';
import { mountInvoices } from './invoice-routes';
import { mountNotes } from './note-routes';
import { mountFollowUps } from './follow-up-routes';
import { mountFollowUpsPage } from './follow-ups-page-routes';
import { mountQuotes } from './quote-routes';
import { mountClientMessages } from './client-message-routes';
import { mountClientManage } from './client-manage-routes';
import { askArchive, mountBulkArchive, SET_CHANGED } from './bulk-archive-routes';
import { renderClientPage } from './client-page-data';
import type { ConfirmKind } from './pages/client-page';
import type { CardName, EditState } from './pages/client-cards';
import { clientsListPage, FILTER_KEYS, listHref, PAGE_SIZE, type ListQuery } from './pages/clients-list-page';
import { importPage } from './pages/import-page';
import { saveCard } from './save-client-card';
import { actionBudget } from '../security';
import { requireMember, type WebEnv } from '../session';
import { describeFilters, understandFilters } from './understand-filters';
import { httpStatus, showRefusal } from '../errors';

const CARDS: readonly CardName[] = ['identity', 'contacts', 'billing', 'portal', 'notes'];
const LIST_KEYS = [...FILTER_KEYS, 'ask'] as const;

/** After a delete: the name and the undo of it, from the redirect's query (the undo itself is checked by the domain). */
function deletedNotice(c: { req: { query(k: string): string | undefined } }) {
  const name = c.req.query('deleted');
  const client = Number(c.req.query('client'));
  const activity = Number(c.req.query('activity'));
  return name && client && activity ? { name: name.slice(0, 200), client, activity } : undefined;
}

export function mountClientPages(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  const member = requireMember(deps, 'page', { clients: true });

  web.get('/clients', member, async (c) => {
    const actor = c.get('actor');
    const q: ListQuery = {};
    for (const k of LIST_KEYS) { const v = c.req.query(k); if (v?.trim()) q[k] = v.trim().slice(0, 300); }
    if (q.ask) {
      // The words become filters in the URL (a link, Back and the pages keep them); the page says how it read them.
      const f = await understandFilters(deps, q.ask);
      const to = listHref({ archived: q.archived, ...f });
      return c.redirect(`${to}${to.includes('?') ? '&' : '?'}understood=1`, 303);
    }
    const understood = c.req.query('understood') ? describeFilters(Object.fromEntries(FILTER_KEYS.filter((k) => q[k]).map((k) => [k, q[k]!]))) : undefined;
    const page = Math.max(1, Math.min(1_000_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const ctx = c.get('ctx');
    const [r, charts] = await Promise.all([
      runTool(ctx, 'findClients', { ...q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), chartFigures({ ctx }),
    ]);
    // A bad filter (a wrong status, an unknown group or owner, an ambiguous owner) is shown on the list with the table's status.
    if (!r.ok) return c.html(clientsListPage({ actor, q, clients: [], total: 0, page: 1, understood, error: r.error.message }), httpStatus(r.error.code));
    const found = r.data as Extract<ToolData, { kind: 'clients' }>;
    const archiveAsk = c.req.query('confirm') === 'archive' ? await askArchive(ctx, q) : undefined;
    const archivedSet = { count: Number(c.req.query('archived-set')), activity: Number(c.req.query('activity')) };
    return c.html(clientsListPage({
      actor, q, clients: found.clients, total: found.total, over: found.over, page, understood, deleted: deletedNotice(c), charts, archiveAsk,
      archivedSet: archivedSet.count && archivedSet.activity ? archivedSet : undefined, error: c.req.query('changed') ? SET_CHANGED : undefined,
    }));
  });

  web.get('/clients/import', member, (c) => c.html(importPage(c.get('actor'))));

  web.get('/clients/:id{[0-9]+}', member, async (c) => {
    const ctx = c.get('ctx');
    const card = c.req.query('edit') as CardName | undefined;
    const contactId = Number(c.req.query('contact')) || undefined;
    const edit: EditState = card && CARDS.includes(card) ? { card, contactId: card === 'contacts' ? contactId : undefined } : null;
    const ask = c.req.query('confirm') as ConfirmKind | undefined;
    const confirm = ask === 'send-outreach' || ask === 'reset-portal' || ask === 'delete' ? ask : null;
    return renderClientPage(c, ctx, Number(c.req.param('id')), { edit, confirm });
  });

  web.post('/clients/:id{[0-9]+}/edit/:card', member, async (c) => {
    const ctx = c.get('ctx');
    const id = Number(c.req.param('id'));
    const card = c.req.param('card') as CardName;
    if (!CARDS.includes(card)) return c.notFound();
    const client = await getClientView(ctx.db, ctx, id);
    const form = Object.fromEntries(Object.entries(await c.req.parseBody()).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
    const r = await saveCard(ctx, client, card, form);
    // Contacts stay open for the next edit (the card has a Done button); other cards close.
    if (r.ok) return c.redirect(card === 'contacts' ? `/clients/${id}?edit=contacts#contacts` : `/clients/${id}#${card}`, 303);
    // A fault of ours (the table's 5xx) is no field's to fix: the page says so with its status.
    const status = httpStatus(r.error.code);
    if (status >= 500) return renderClientPage(c, ctx, id, { error: r.error.message }, status);
    // The identity card names a member only in its owner select (one removed since the page was opened, say).
    const field = card === 'notes' ? 'text' : card === 'identity' && r.error.what === 'member' ? 'owner' : 'contact';
    const issues = r.error.issues ?? [{ field, message: r.error.message }];
    return renderClientPage(c, ctx, id, { edit: { card, values: form, issues }, error: 'Please fix the fields marked below.' }, 422);
  });

  web.post('/clients/:id{[0-9]+}/undo/:activityId{[0-9]+}', member, actionBudget(deps), async (c) => {
    const ctx = c.get('ctx');
    const id = Number(c.req.param('id'));
    return showRefusal(async () => {
      await undoChange({ deps, ctx, activityId: Number(c.req.param('activityId')) });
      return c.redirect(`/clients/${id}#history`, 303);
    }, async (err, status) => {
      const client = await getClientView(ctx.db, ctx, id).catch(() => null);
      if (!client) return c.redirect('/clients', 303);
      return renderClientPage(c, ctx, id, { error: err.message }, status);
    });
  });

  mountClientActions(web, deps);
  mountDocuments(web, deps);
  mountInvoices(web, deps);
  mountNotes(web, deps);
  mountFollowUps(web, deps);
  mountFollowUpsPage(web, deps);
  mountQuotes(web, deps);
  mountClientMessages(web, deps);
  mountClientManage(web, deps);
  mountBulkArchive(web, deps, member);
  app.route('/', web);
}
