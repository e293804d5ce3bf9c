// Documents on the web, for signed-in team members with client access (the portal's routes are in portal-routes.ts):
//   POST /clients/:id/documents                   upload (multipart: file, title, shared) -> the addDocument tool, the
//                                                 file beside its input (through the runner)
//   GET  /clients/:id/documents/:docId            download (attachment, its own type, nosniff)
//   POST /clients/:id/documents/:docId/share      shared=true|false -> the shareDocument tool (through the runner)
//   POST /clients/:id/documents/:docId/delete     first asks on the page, then (confirmed=1) the deleteDocument tool
import type { Context, Hono } from 'hono';
import type { Ctx } from '../../../context';
import type { AppDeps } from '../../../deps';
import { getClientView } from '../../../domain/clients/get-client-view';
import { attachmentHeader } from '../../../domain/documents/document-rules';
import { readDocument } from '../../../domain/documents/read-document';
import { InvalidInput, NotFound } from '../../../errors';
import { refOf, renderClientPage } from './client-page-data';
import { showRefusal } from '../errors';
import { runPageTool } from './run-page-tool';
import { requireMember, type WebEnv } from '../session';

type C = Context<WebEnv>;

/** A document download: always an attachment, typed, never sniffed or cached. */
export function documentResponse(c: Context, doc: { filename: string; contentType: string }, bytes: Uint8Array) {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': doc.contentType,
    'content-disposition': attachmentHeader(doc.filename),
    'content-length': String(bytes.byteLength),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
}

export function mountDocuments(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });

  /** A refusal's words: the field messages of an invalid input, else its message. */
  const refusal = (e: { message: string; issues?: Array<{ message: string }> }) => (e.issues?.length ? e.issues.map((i) => i.message).join('; ') : e.message);
  const action = (run: (c: C, ctx: Ctx, client: Awaited<ReturnType<typeof getClientView>>) => Promise<Response>) => async (c: C) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    return showRefusal(() => run(c, ctx, client), (err, status) => {
      return renderClientPage(c, ctx, client.id, { error: err instanceof InvalidInput ? refusal(err) : err.message }, status);
    });
  };

  web.post('/clients/:id{[0-9]+}/documents', member, action(async (c, ctx, client) => {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!file || typeof file === 'string' || !file.name) throw new InvalidInput([{ field: 'file', message: 'Choose a file to upload.' }]);
    const input = { client: refOf(client), file: file.name, title: typeof form.title === 'string' ? form.title : undefined, shared: form.shared === 'true' };
    const upload = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    return runPageTool(c, ctx, client.id, 'addDocument', input, (r) => {
      const { document } = r.data as unknown as { document: { title: string; shared: boolean } };
      return renderClientPage(c, ctx, client.id, { notice: `Uploaded “${document.title}”${document.shared ? ', shared in the portal' : ' (team only)'}.` });
    }, { error: refusal, upload });
  }));

  web.get('/clients/:id{[0-9]+}/documents/:docId{[0-9]+}', member, async (c) => {
    const ctx = c.get('ctx');
    const { document, bytes } = await readDocument({ ctx, input: { id: c.req.param('docId') } });
    if (document.clientId !== Number(c.req.param('id'))) throw new NotFound('document');
    return documentResponse(c, document, bytes);
  });

  web.post('/clients/:id{[0-9]+}/documents/:docId{[0-9]+}/share', member, action(async (c, ctx, client) => {
    const form = await c.req.parseBody();
    return runPageTool(c, ctx, client.id, 'shareDocument', { client: refOf(client), document: `id:${c.req.param('docId')}`, shared: form.shared === 'true' },
      () => c.redirect(`/clients/${client.id}#documents`, 303), { error: refusal });
  }));

  web.post('/clients/:id{[0-9]+}/documents/:docId{[0-9]+}/delete', member, action(async (c, ctx, client) => {
    const form = await c.req.parseBody();
    const docId = Number(c.req.param('docId'));
    if (form.confirmed !== '1') return renderClientPage(c, ctx, client.id, { confirmDocument: docId });
    return runPageTool(c, ctx, client.id, 'deleteDocument', { client: refOf(client), document: `id:${docId}` }, (r) =>
      renderClientPage(c, ctx, client.id, { notice: `Deleted “${(r.data as { label: string }).label}”. Undo it from the history if that was a mistake.` }), { error: refusal });
  }));
}
