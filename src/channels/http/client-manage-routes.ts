// The client page's record actions, each a same-origin form POST to domain verbs:
//   archive / unarchive (archiveClient, unarchiveClient), delete after the page's confirm step (deleteClient:
//   owners and admins; refused while invoices were issued), and per contact: save (updateContact, and
//   setPortalAccess to turn its portal off, which also ends its sessions and links) or remove (removeContact).
// A domain refusal re-renders the page with its message (per field for a contact form); nothing else changes.
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { makeCtx } from '../../deps';
import { archiveClient } from '../../domain/clients/archive-client';
import { deleteClient } from '../../domain/clients/delete-client';
import { getClientView } from '../../domain/clients/get-client-view';
import { unarchiveClient } from '../../domain/clients/unarchive-client';
import { removeContact } from '../../domain/contacts/remove-contact';
import { updateContact } from '../../domain/contacts/update-contact';
import { setPortalAccess } from '../../domain/portal/set-portal-access';
import { InvalidInput, isDomainError, NotFound } from '../../errors';
import { refOf, renderClientPage } from './client-page-data';
import { actionBudget } from './security';
import { requireMember, type WebEnv } from './session';

type C = Context<WebEnv>;
const formOf = async (c: C) => Object.fromEntries(Object.entries(await c.req.parseBody()).map(([k, v]) => [k, typeof v === 'string' ? v : '']));

export function mountClientManage(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });

  /** Loads the client (404 for another workspace's id) and shows a domain refusal on its page. */
  const action = (run: (c: C, client: Awaited<ReturnType<typeof getClientView>>) => Promise<Response>) => async (c: C) => {
    const ctx = makeCtx(deps, c.get('actor'));
    const id = Number(c.req.param('id'));
    const client = await getClientView(ctx.db, ctx, id);
    try {
      return await run(c, client);
    } catch (err) {
      if (!isDomainError(err)) throw err;
      return renderClientPage(c, ctx, id, { error: err.message }, err instanceof InvalidInput ? 422 : err instanceof NotFound ? 404 : 409);
    }
  };
  const ctxOf = (c: C) => makeCtx(deps, c.get('actor'));

  web.post('/clients/:id{[0-9]+}/archive', member, action(async (c, client) => {
    await archiveClient({ ctx: ctxOf(c), input: { client: refOf(client) } });
    return c.redirect(`/clients/${client.id}`, 303);
  }));

  web.post('/clients/:id{[0-9]+}/unarchive', member, action(async (c, client) => {
    await unarchiveClient({ ctx: ctxOf(c), input: { client: refOf(client) } });
    return c.redirect(`/clients/${client.id}`, 303);
  }));

  web.post('/clients/:id{[0-9]+}/delete', member, actionBudget(deps), action(async (c, client) => {
    const r = await deleteClient({ ctx: ctxOf(c), input: { client: refOf(client) } });
    const to = new URLSearchParams({ deleted: r.deleted.name, client: String(r.deleted.id), activity: String(r.activityId) });
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
    try {
      await updateContact({ ctx, input: {
        client: refOf(client), contact: contactId, name: form.name ?? '', email: form.email ?? '', phone: form.phone ?? '',
        jobTitle: form.jobTitle ?? '', role: form.role || null,
        // Primary moves by making another contact primary (the client always keeps one).
        primary: form.primary === 'true' && !current.isPrimary ? true : undefined,
        billingDefault: (form.billingDefault === 'true') === current.isBillingDefault ? undefined : form.billingDefault === 'true',
        portalEnabled: wantsPortal && !current.portalEnabled ? true : undefined,
      } });
      if (!wantsPortal && current.portalEnabled) await setPortalAccess({ ctx, input: { client: refOf(client), contact: contactId, enabled: false } });
      return c.redirect(`/clients/${id}?edit=contacts#contacts`, 303);
    } catch (err) {
      if (!isDomainError(err)) throw err;
      const issues = err instanceof InvalidInput ? err.issues : [{ field: 'contact', message: err.message }];
      return renderClientPage(c, ctx, id, { edit: { card: 'contacts', contactId, values: form, issues }, error: 'Please fix the fields marked below.' }, 422);
    }
  });

  web.post('/clients/:id{[0-9]+}/contacts/:contactId{[0-9]+}/remove', member, action(async (c, client) => {
    await removeContact({ ctx: ctxOf(c), input: { client: refOf(client), contact: Number(c.req.param('contactId')) } });
    return c.redirect(`/clients/${client.id}?edit=contacts#contacts`, 303);
  }));
}
