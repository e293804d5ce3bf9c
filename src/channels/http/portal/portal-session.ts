// The portal's cookie (separate from the team's) and the middleware that turns it into a contact actor,
// re-checked against the contact's and client's portal switches and epoch on every request.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Ctx } from '../../../context';
import { type AppDeps, makeCtx } from '../../../deps';
import { PORTAL_SESSION_ABSOLUTE_MS } from '../../../domain/portal/policy';
import { readPortalSessionState, type PortalSession } from '../../../domain/portal/sessions';
import { portalClosedPage } from './portal-pages';
import { sessionCookie } from '../session-cookie';

/** `ctx`: the signed-in contact's context, built once per request here (set whenever `portal` is); routes take it
 *  with c.get('ctx') behind the signed-in guard. */
export type PortalEnv = { Variables: { requestId: string; portal: PortalSession | null; ctx: Ctx } };

const portalCookie = sessionCookie({ https: '__Host-clientele-portal', http: 'clientele_portal' }, PORTAL_SESSION_ABSOLUTE_MS);
export const portalCookieName = portalCookie.name;
export const setPortalCookie = portalCookie.set;
export const clearPortalCookie = portalCookie.clear;
export const readPortalCookie = portalCookie.read;

// With a session of a closed portal these still run as signed out: signing out, and a link to another portal.
const OPEN_WHEN_CLOSED = new Set(['/portal/link', '/portal/sign-out']);

/** Loads the session (or null) and, with one, the contact's ctx for every portal request; a dead cookie is cleared. A session of a workspace whose
 *  portal is closed gets the "not available" page (403) and keeps its cookie, so a reopened portal takes it back. */
export function portalSession(deps: AppDeps): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    const cookie = readPortalCookie(c, deps);
    const state = cookie ? await readPortalSessionState(deps.db, cookie, deps.now()) : null;
    if (state === 'closed' && !OPEN_WHEN_CLOSED.has(c.req.path)) {
      c.header('Cache-Control', 'no-store');
      return c.html(portalClosedPage(), 403);
    }
    const session = state === 'closed' ? null : state;
    if (cookie && !state) clearPortalCookie(c, deps);
    c.set('portal', session);
    if (session) c.set('ctx', makeCtx(deps, session.actor));
    await next();
    // Private pages: never cached by the browser or a proxy.
    c.header('Cache-Control', 'no-store');
  };
}

/** Compares the form's CSRF token with the session's in constant time. */
export function csrfMatches(session: PortalSession, sent: unknown): boolean {
  if (typeof sent !== 'string' || !session.csrfToken) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
