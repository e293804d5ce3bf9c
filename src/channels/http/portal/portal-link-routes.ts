// Portal sign-in (mounted by portal-routes.ts after the session middleware): POST /portal asks for a link,
// /portal/link (GET shows a button and changes nothing; the POST redeems). There is no contact yet, so these are
// the portal routes that build a ctx themselves, for the system actor.
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../../../deps';
import { makeCtx } from '../../../deps';
import { isPortalClosed } from '../../../domain/portal/portal-closed';
import { portalLinkWorkspace, publicPortalBrand, workspaceBrand } from '../../../domain/portal/portal-brand';
import { redeemPortalLink } from '../../../domain/portal/redeem-portal-link';
import { requestPortalLink } from '../../../domain/portal/request-portal-link';
import { endPortalSession } from '../../../domain/portal/sessions';
import { accountKey, addressKey } from '../client-address';
import { showRefusal } from '../errors';
import { rateLimit } from '../rate-limit';
import { linkRefusedPage, linkSentPage, portalClosedPage, signInPage } from './portal-pages';
import { nextOf } from './portal-return';
import { readPortalCookie, setPortalCookie, type PortalEnv } from './portal-session';

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

// Per-IP limits with no rate headers: every answer to "email me a link" must look the same.
const limit = (windowMs: number, max: number, key: (c: Context) => string | Promise<string>) => rateLimit({
  windowMs, limit: max, name: 'portal', key,
  onLimit: (c) => c.text('Too many requests; try again later.', 429, { 'Retry-After': String(Math.ceil(windowMs / 1000)) }),
});

export function mountPortalLinks(portal: Hono<PortalEnv>, deps: AppDeps) {
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
  // The lookup spans every workspace (each OAuth-installed Slack team's too); the actor only runs housekeeping.
  const signInCtx = () => makeCtx(deps, { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'Portal sign-in' });

  portal.post('/portal', askPerAddress, askPerAccount, async (c) => {
    const form = await c.req.parseBody();
    const brand = await publicBrand();
    // Off the request path, and the same page for every address: nothing tells a known address from another.
    deps.deferrer.defer(requestPortalLink({ ctx: signInCtx(), input: { email: text(form.email), next: form.next } }));
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
    return showRefusal(async () => {
      const old = readPortalCookie(c, deps);
      if (old) await endPortalSession(deps.db, old, deps.now());
      const { cookie } = await redeemPortalLink({ ctx: signInCtx(), input: { token: text(form.token) } });
      setPortalCookie(c, deps, cookie);
      // Checked again here: the form's next is as untrusted as the link's.
      return c.redirect(nextOf(form.next) ?? '/portal', 303);
    }, {
      // A link expired, used or no longer valid; the workspace's portal closed.
      410: async (_err, status) => c.html(linkRefusedPage(await linkBrand(text(form.token)), nextOf(form.next)), status),
      403: (_err, status) => c.html(portalClosedPage(), status),
    });
  });
}
