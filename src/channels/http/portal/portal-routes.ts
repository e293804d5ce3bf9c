// The client portal: /portal (ask for a link, or the overview when signed in), sign-in by link
// (portal-link-routes.ts), one project, one invoice, one document, the profile, sign-out. The session middleware
// builds the contact's ctx once per request; every signed-in route takes it with c.get('ctx').
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../../../deps';
import { listPortalDocuments } from '../../../domain/documents/portal-documents';
import { listPortalQuotes } from '../../../domain/quotes/portal-quotes';
import { listMessages } from '../../../domain/messages/list-messages';
import { CARD_MESSAGES } from './portal-messages-card';
import { readDocument } from '../../../domain/documents/read-document';
import { getPortalDashboard } from '../../../domain/portal/get-portal-dashboard';
import { publicPortalBrand } from '../../../domain/portal/portal-brand';
import { getPortalInvoiceSheet } from '../../../domain/invoices/get-portal-invoice-sheet';
import { getPortalProject } from '../../../domain/portal/get-portal-records';
import { endPortalSession, type PortalSession } from '../../../domain/portal/sessions';
import { updateOwnProfile } from '../../../domain/portal/update-own-profile';
import { InvalidInput } from '../../../errors';
import { onHttpError } from '../errors';
import { dashboardPage, profilePage, projectPage, type SignedIn } from './portal-dashboard-pages';
import { invoiceSheetPage } from './portal-invoice-page';
import { mountPortalLinks } from './portal-link-routes';
import { mountPortalQuotes } from './portal-quote-routes';
import { notFoundPage, requestPage } from './portal-pages';
import { clearPortalCookie, csrfMatches, portalSession, readPortalCookie, type PortalEnv } from './portal-session';
import { documentResponse } from '../team/document-routes';
import { nextOf, toPortalSignIn } from './portal-return';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function mountPortal(app: Hono<any>, deps: AppDeps) {
  const portal = new Hono<PortalEnv>();
  // What anyone can open names the deployment's workspace only if it is the only one (null: neutral pages).
  const publicBrand = () => publicPortalBrand(deps.db, deps.workspaceId);
  const signedIn = (s: PortalSession): SignedIn =>
    ({ brand: s.workspaceName, clientName: s.clientName, csrf: s.csrfToken, today: deps.now().toISOString().slice(0, 10) });
  const notFound = async (c: Context<PortalEnv>) => {
    const s = c.get('portal');
    return c.html(notFoundPage(s ? s.workspaceName : await publicBrand(), s ? signedIn(s) : undefined), 404);
  };

  // A record the contact cannot see (another client's, or none) is the same 404 page on every portal route: the
  // routes let NotFound (the error table's 404) through to here rather than each catching it.
  portal.onError(onHttpError(deps.log, { 404: notFound }));

  portal.use('/portal', portalSession(deps));
  portal.use('/portal/*', portalSession(deps));

  portal.get('/portal', async (c) => {
    const s = c.get('portal');
    const next = nextOf(c.req.query('next'));
    if (!s) return c.html(requestPage(await publicBrand(), next));
    // Already signed in (an email's link opened in a browser with a session): straight to the page it names.
    if (next) return c.redirect(next, 303);
    const ctx = c.get('ctx');
    // peek: the overview shows what is new without marking it read (the Messages page does).
    const messages = await listMessages({ ctx, input: { limit: CARD_MESSAGES, peek: true } });
    return c.html(dashboardPage(signedIn(s), await getPortalDashboard({ ctx }), { documents: await listPortalDocuments({ ctx }), quotes: await listPortalQuotes({ ctx }), messages }));
  });

  mountPortalLinks(portal, deps);

  portal.post('/portal/sign-out', async (c) => {
    const s = c.get('portal');
    const form = await c.req.parseBody();
    if (s && !csrfMatches(s, form.csrf)) return c.text('Refused: reload the page and try again.', 403);
    await endPortalSession(deps.db, readPortalCookie(c, deps), deps.now());
    clearPortalCookie(c, deps);
    return c.redirect('/portal', 303);
  });

  // Everything below needs a live session; without one, back to the sign-in form.
  portal.use('/portal/*', async (c, next) => (c.get('portal') ? next() : toPortalSignIn(c)));

  portal.get('/portal/projects/:id', async (c) => {
    const s = c.get('portal')!;
    return c.html(projectPage(signedIn(s), await getPortalProject({ ctx: c.get('ctx'), input: { id: c.req.param('id') } })));
  });

  portal.get('/portal/invoices/:id', async (c) => {
    const s = c.get('portal')!;
    return c.html(invoiceSheetPage(signedIn(s), await getPortalInvoiceSheet({ ctx: c.get('ctx'), input: { id: c.req.param('id') } })));
  });

  // A shared document of the contact's own client; any other id is the same 404 page as every portal route.
  portal.get('/portal/documents/:id', async (c) => {
    const { document, bytes } = await readDocument({ ctx: c.get('ctx'), input: { id: c.req.param('id') } });
    return documentResponse(c, document, bytes);
  });

  portal.get('/portal/profile', async (c) => {
    const s = c.get('portal')!;
    const { me } = await getPortalDashboard({ ctx: c.get('ctx') });
    return c.html(profilePage(signedIn(s), { name: me.name ?? '', phone: me.phone ?? '', email: me.email, saved: c.req.query('saved') === '1' }));
  });

  portal.post('/portal/profile', async (c) => {
    const s = c.get('portal')!;
    const form = await c.req.parseBody();
    if (!csrfMatches(s, form.csrf)) return c.text('Refused: reload the page and try again.', 403);
    const input = { name: text(form.name), phone: text(form.phone) };
    try {
      await updateOwnProfile({ ctx: c.get('ctx'), input });
      return c.redirect('/portal/profile?saved=1', 303);
    } catch (err) {
      if (!(err instanceof InvalidInput)) throw err;
      const { me } = await getPortalDashboard({ ctx: c.get('ctx') });
      return c.html(profilePage(signedIn(s), { ...input, email: me.email, issues: err.issues }), 422);
    }
  });

  mountPortalQuotes(portal, { signedIn });
  portal.all('/portal/*', notFound);
  app.route('/', portal);
}
