// Deleting a note from the client page: POST /clients/:id/notes/:noteId/delete first asks on the page, then
// (confirmed=1) deletes it with the deleteNote tool (its author, an owner or an admin; undone from the history).
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../../../deps';
import { getClientView } from '../../../domain/clients/get-client-view';
import { refOf, renderClientPage } from './client-page-data';
import { runPageTool } from './run-page-tool';
import { requireMember, type WebEnv } from '../session';

type C = Context<WebEnv>;

export function mountNotes(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });

  web.post('/clients/:id{[0-9]+}/notes/:noteId{[0-9]+}/delete', member, async (c: C) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    const noteId = Number(c.req.param('noteId'));
    const form = await c.req.parseBody();
    if (form.confirmed !== '1') return renderClientPage(c, ctx, client.id, { confirmNote: noteId });
    return runPageTool(c, ctx, client.id, 'deleteNote', { client: refOf(client), note: `#${noteId}` }, () =>
      renderClientPage(c, ctx, client.id, { notice: 'Deleted the note. Undo it from the history if that was a mistake.' }));
  });
}
