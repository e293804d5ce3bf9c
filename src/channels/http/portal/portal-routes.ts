// The client portal: /portal (ask for a link, or the overview when signed in), /portal/link (GET shows a
// button and changes nothing; the POST redeems), one project, one invoice, the profile, sign-out.
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../../../deps';
import { makeCtx } from '../../../deps';
import { listPortalDocuments } from '../../../domain/documents/portal-documents';
import { listPortalQuotes } from '../../../domain/quotes/portal-quotes';
import { listMessages } from '../../../domain/messages/list-messages';
import { CARD_MESSAGES } from './portal-messages-card';
import { readDocument } from '../../../domain/documents/read-document';
import { getPortalDashboard } from '../../../domain/portal/get-portal-dashboard';
import { isPortalClosed } from '../../../domain/portal/portal-closed';
import { portalLinkWorkspace, publicPortalBrand, workspaceBrand } from '../../../domain/portal/portal-brand';
import { getPortalInvoiceSheet } from '../../../domain/invoices/get-portal-invoice-sheet';
import { getPortalProject } from '../../../domain/portal/get-portal-records';
import { redeemPortalLink } from '../../../domain/portal/redeem-portal-link';
import { requestPortalLink } from '../../../domain/portal/request-portal-link';
import { endPortalSession, type PortalSession } from '../../../domain/portal/sessions';
import { updateOwnProfile } from '../../../domain/portal/update-own-profile';
import { DomainError, InvalidInput, isDomainError } from '../../../errors';
import { mapHttpError } from '../errors';
import { dashboardPage, profilePage, projectPage, type SignedIn } from './portal-dashboard-pages';
import { invoiceSheetPage } from './portal-invoice-page';
import { mountPortalQuotes } from './portal-quote-routes';
import { linkRefusedPage, linkSentPage, notFoundPage, portalClosedPage, requestPage, signInPage } from './portal-pages';
import { clearPortalCookie, csrfMatches, portalSession, readPortalCookie, setPortalCookie, type PortalEnv } from './portal-session';
import { PORTAL_CSS } from './portal-styles';
import { accountKey, addressKey } from '../client-address';
import { documentResponse } from '../team/document-routes';
import { rateLimit } from '../rate-limit';
import { nextOf, toPortalSignIn } from './portal-return';

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

// Per-IP limits with no rate headers: every answer to "email me a link" must look the same.
const limit = (windowMs: number, max: number, key: (c: Context) => string | Promise<string>) => rateLimit({
  windowMs, limit: max, name: 'portal', key,
  onLimit: (c) => c.text('Too many requests; try again later.', 429, { 'Retry-After': String(Math.ceil(windowMs / 1000)) }),
});

export function mountPortal(app: Hono<any>, deps: AppDeps) {
  const portal = new Hono<PortalEnv>();
  // Per caller (forwarded behind a TRUSTED_PROXY) and per address asked for, like the team sign-in (A7).
  const askPerAddress = limit(60 * 60 * 1000, 50, addressKey(deps));
  const askPerAccount = limit(60 * 60 * 1000, 10, accountKey(deps));
  const redeemLimit = limit(60 * 1000, 20, addressKey(deps));

  // What anyone can open names the deployment's workspace only if it is the only one (null: neutral pages).
  const publicBrand = () => publicPortalBrand(deps.db, deps.workspaceId);
  // A link's pages (and its expired page) carry the name of the workspace it was sent from: only its holder sees it.
  const linkBrand = async (token: string) => {
    const ws = TOKEN_SHAPE.test(token) ? await portalLinkWorkspace(deps.db, token) : undefined;
    return ws === undefined ? publicBrand() : workspaceBrand(deps.db, ws);
  };
  const signedIn = (s: PortalSession): SignedIn =>
    ({ brand: s.workspaceName, clientName: s.clientName, csrf: s.csrfToken, today: deps.now().toISOString().slice(0, 10) });
  const ctxOf = (s: PortalSession) => makeCtx(deps, s.actor);
  const notFound = async (c: Context<PortalEnv>) => {
    const s = c.get('portal');
    return c.html(notFoundPage(s ? s.workspaceName : await publicBrand(), s ? signedIn(s) : undefined), 404);
  };

  // A record the contact cannot see (another client's, or none) is the same 404 page on every portal route: the
  // routes let NotFound through to here rather than each catching it.
  portal.onError((err, c) => (isDomainError(err) && err.code === 'not_found' ? notFound(c) : mapHttpError(err, c, deps.log)));

  portal.get('/portal/portal.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(PORTAL_CSS);
  });

  portal.use('/portal', portalSession(deps));
  portal.use('/portal/*', portalSession(deps));

  portal.get('/portal', async (c) => {
    const s = c.get('portal');
    const next = nextOf(c.req.query('next'));
    if (!s) return c.html(requestPage(await publicBrand(), next));
    // Already signed in (an email's link opened in a browser with a session): straight to the page it names.
    if (next) return c.redirect(next, 303);
    const ctx = ctxOf(s);
    // peek: the overview shows what is new without marking it read (the Messages page does).
    const messages = await listMessages({ ctx, input: { limit: CARD_MESSAGES, peek: true } });
    return c.html(dashboardPage(signedIn(s), await getPortalDashboard({ ctx }), { documents: await listPortalDocuments({ ctx }), quotes: await listPortalQuotes({ ctx }), messages }));
  });

  portal.post('/portal', askPerAddress, askPerAccount, async (c) => {
    const form = await c.req.parseBody();
    const brand = await publicBrand();
    // Off the request path, and the same page for every address: nothing tells a known address from another.
    // The lookup spans every workspace (each OAuth-installed Slack team's too); the actor only runs housekeeping.
    const ctx = makeCtx(deps, { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'Portal sign-in' });
    deps.deferrer.defer(requestPortalLink({ ctx, input: { email: text(form.email), next: form.next } }));
    return c.html(linkSentPage(brand));
  });

  portal.get('/portal/link', async (c) => {
    const token = c.req.query('token') ?? '';
    if (!TOKEN_SHAPE.test(token)) return c.html(linkRefusedPage(await publicBrand(), nextOf(c.req.query('next'))), 410);
    // Read only (scanners fetch links): brand the page with the workspace the link belongs to.
    const ws = await portalLinkWorkspace(deps.db, token);
    if (ws !== undefined && await isPortalClosed(deps.db, ws)) return c.html(portalClosedPage(), 403);
    return c.html(signInPage(await linkBrand(token), token, nextOf(c.req.query('next'))));
  });

  portal.post('/portal/link', redeemLimit, async (c) => {
    const form = await c.req.parseBody();
    const ctx = makeCtx(deps, { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'Portal sign-in' });
    try {
      const old = readPortalCookie(c, deps);
      if (old) await endPortalSession(deps.db, old, deps.now());
      const { cookie } = await redeemPortalLink({ ctx, input: { token: text(form.token) } });
      setPortalCookie(c, deps, cookie);
      // Checked again here: the form's next is as untrusted as the link's.
      return c.redirect(nextOf(form.next) ?? '/portal', 303);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'expired') return c.html(linkRefusedPage(await linkBrand(text(form.token)), nextOf(form.next)), 410);
      if (err instanceof DomainError && err.code === 'unavailable') return c.html(portalClosedPage(), 403);
      throw err;
    }
  });

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
    return c.html(projectPage(signedIn(s), await getPortalProject({ ctx: ctxOf(s), input: { id: c.req.param('id') } })));
  });

  portal.get('/portal/invoices/:id', async (c) => {
    const s = c.get('portal')!;
    return c.html(invoiceSheetPage(signedIn(s), await getPortalInvoiceSheet({ ctx: ctxOf(s), input: { id: c.req.param('id') } })));
  });

  // A shared document of the contact's own client; any other id is the same 404 page as every portal route.
  portal.get('/portal/documents/:id', async (c) => {
    const s = c.get('portal')!;
    const { document, bytes } = await readDocument({ ctx: ctxOf(s), input: { id: c.req.param('id') } });
    return documentResponse(c, document, bytes);
  });

  portal.get('/portal/profile', async (c) => {
    const s = c.get('portal')!;
    const { me } = await getPortalDashboard({ ctx: ctxOf(s) });
    return c.html(profilePage(signedIn(s), { name: me.name ?? '', phone: me.phone ?? '', email: me.email, saved: c.req.query('saved') === '1' }));
  });

  portal.post('/portal/profile', async (c) => {
    const s = c.get('portal')!;
    const form = await c.req.parseBody();
    if (!csrfMatches(s, form.csrf)) return c.text('Refused: reload the page and try again.', 403);
    const input = { name: text(form.name), phone: text(form.phone) };
    try {
      await updateOwnProfile({ ctx: ctxOf(s), input });
      return c.redirect('/portal/profile?saved=1', 303);
    } catch (err) {
      if (!(err instanceof InvalidInput)) throw err;
      const { me } = await getPortalDashboard({ ctx: ctxOf(s) });
      return c.html(profilePage(signedIn(s), { ...input, email: me.email, issues: err.issues }), 422);
    }
  });

  mountPortalQuotes(portal, { ctxOf, signedIn });
  portal.all('/portal/*', notFound);
  app.route('/', portal);
}
