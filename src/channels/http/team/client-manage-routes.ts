// The client page's record actions, each a same-origin form POST run through the tool runner:
//   archive / unarchive (archiveClient, unarchiveClient), delete after the page's confirm step (deleteClient:
//   owners and admins; refused while invoices were issued), and per contact: save (updateContact, and
//   setPortalAccess to turn its portal off, which also ends its sessions and links) or remove (removeContact).
// A refusal re-renders the page with its message and the error table's status, or, for a contact form, per field
// (the tool failure's issues) with 422.
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../../../deps';
import type { ToolName, ToolSuccess } from '../../../../tools/types';
import { getClientView } from '../../../domain/clients/get-client-view';
import type { ClientView } from '../../../domain/clients/views';
import { runTool } from '../../../../tools/run-tool';
import { refOf, renderClientPage } from './client-page-data';
import { runPageTool } from './run-page-tool';
import { httpStatus } from '../errors';
import { actionBudget } from '../security';
import { requireMember, type WebEnv } from '../session';

type C = Context<WebEnv>;
const formOf = async (c: C) => Object.fromEntries(Object.entries(await c.req.parseBody()).map(([k, v]) => [k, typeof v === 'string' ? v : '']));

export function mountClientManage(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });

  /** Loads the client (404 for another workspace's id) and runs the form's tool; a refusal is shown on its page. */
  const action = (name: ToolName, then: (c: C, client: ClientView, r: ToolSuccess) => Response) => async (c: C) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    const contact = c.req.param('contactId');
    const input = { client: refOf(client), ...(contact ? { contact: Number(contact) } : {}) };
    return runPageTool(c, ctx, client.id, name, input, (r) => then(c, client, r));
  };
  const ctxOf = (c: C) => c.get('ctx');

  web.post('/clients/:id{[0-9]+}/archive', member, action('archiveClient', (c, client) => c.redirect(`/clients/${client.id}`, 303)));

  web.post('/clients/:id{[0-9]+}/unarchive', member, action('unarchiveClient', (c, client) => c.redirect(`/clients/${client.id}`, 303)));

  web.post('/clients/:id{[0-9]+}/delete', member, actionBudget(deps), action('deleteClient', (c, client, r) => {
    const to = new URLSearchParams({ deleted: client.name, client: String(client.id), activity: String(r.undo?.activityId ?? '') });
    return c.redirect(`/clients?${to}`, 303);
  }));

  web.post('/clients/:id{[0-9]+}/contacts/:contactId{[0-9]+}', member, async (c) => {
    const ctx = ctxOf(c);
    const id = Number(c.req.param('id'));
    const contactId = Number(c.req.param('contactId'));
    const client = await getClientView(ctx.db, ctx, id);
    const current = client.contacts.find((x) => x.id === contactId);
    if (!current) return c.notFound();
    const form = await formOf(c);
    const wantsPortal = form.portalEnabled === 'true';
    const saved = await runTool(ctx, 'updateContact', {
      client: refOf(client), contact: contactId, name: form.name ?? '', email: form.email ?? '', phone: form.phone ?? '',
      jobTitle: form.jobTitle ?? '', role: form.role || null,
      // Primary moves by making another contact primary (the client always keeps one).
      primary: form.primary === 'true' && !current.isPrimary ? true : undefined,
      billingDefault: (form.billingDefault === 'true') === current.isBillingDefault ? undefined : form.billingDefault === 'true',
      portalEnabled: wantsPortal && !current.portalEnabled ? true : undefined,
    });
    // Turning the portal off is its own tool: it also ends the contact's sessions and links.
    const r = saved.ok && !wantsPortal && current.portalEnabled
      ? await runTool(ctx, 'setPortalAccess', { client: refOf(client), contact: contactId, enabled: false }) : saved;
    if (r.ok) return c.redirect(`/clients/${id}?edit=contacts#contacts`, 303);
    // A fault of ours (the table's 5xx) is no field's to fix: the page says so with its status.
    const status = httpStatus(r.error.code);
    if (status >= 500) return renderClientPage(c, ctx, id, { error: r.error.message }, status);
    // The form's own fields show what to fix, so every refusal is answered as a form error.
    const issues = r.error.issues ?? [{ field: 'contact', message: r.error.message }];
    return renderClientPage(c, ctx, id, { edit: { card: 'contacts', contactId, values: form, issues }, error: 'Please fix the fields marked below.' }, 422);
  });

  web.post('/clients/:id{[0-9]+}/contacts/:contactId{[0-9]+}/remove', member,
    action('removeContact', (c, client) => c.redirect(`/clients/${client.id}?edit=contacts#contacts`, 303)));
}
