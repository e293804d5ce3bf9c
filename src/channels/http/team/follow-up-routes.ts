// The client page's follow-ups (pages/client-follow-ups-card.ts): planning one, moving one to another day and marking
// one done, each through its tool; a refusal (an empty text, a wrong date) is shown on the page with the tool's words.
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../../../deps';
import { getClientView } from '../../../domain/clients/get-client-view';
import { refOf, renderClientPage } from './client-page-data';
import { runPageTool, withIssues } from './run-page-tool';
import { requireMember, type WebEnv } from '../session';

type C = Context<WebEnv>;

export function mountFollowUps(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });

  web.post('/clients/:id{[0-9]+}/follow-ups', member, async (c: C) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    const form = await c.req.parseBody();
    const input = { client: refOf(client), text: String(form.text ?? ''), due: String(form.due ?? '') };
    return runPageTool(c, ctx, client.id, 'addFollowUp', input, () => c.redirect(`/clients/${client.id}#follow-ups`, 303), { error: withIssues });
  });

  web.post('/clients/:id{[0-9]+}/follow-ups/:followUpId{[0-9]+}/done', member, async (c: C) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    return runPageTool(c, ctx, client.id, 'completeFollowUp', { client: refOf(client), followUp: `#${c.req.param('followUpId')}` }, () =>
      renderClientPage(c, ctx, client.id, { notice: 'Marked it done. Undo it from the history if that was a mistake.' }));
  });

  web.post('/clients/:id{[0-9]+}/follow-ups/:followUpId{[0-9]+}/move', member, async (c: C) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    const due = String((await c.req.parseBody()).due ?? '');
    return runPageTool(c, ctx, client.id, 'updateFollowUp', { client: refOf(client), followUp: `#${c.req.param('followUpId')}`, due }, () =>
      renderClientPage(c, ctx, client.id, { notice: `Moved it to ${due}. Undo it from the history if that was a mistake.` }), { error: withIssues });
  });
}
