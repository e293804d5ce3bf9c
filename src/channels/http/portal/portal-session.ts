// The portal's cookie (separate from the team's) and the middleware that turns it into a contact actor,
// re-checked against the contact's and client's portal switches and epoch on every request.
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../../../deps';
import { PORTAL_SESSION_ABSOLUTE_MS } from '../../../domain/portal/policy';
import { readPortalSession, type PortalSession } from '../../../domain/portal/sessions';

export type PortalEnv = { Variables: { requestId: string; portal: PortalSession | null } };

const isSecure = (deps: AppDeps) => deps.env.PUBLIC_URL.startsWith('https:');
/** `__Host-` pins the cookie to this host, path / and HTTPS; plain HTTP (local use) cannot carry that prefix. */
export const portalCookieName = (deps: AppDeps) => (isSecure(deps) ? '__Host-clientele-portal' : 'clientele_portal');

export function setPortalCookie(c: Context, deps: AppDeps, value: string) {
  setCookie(c, portalCookieName(deps), value, {
    httpOnly: true, sameSite: 'Lax', secure: isSecure(deps), path: '/', maxAge: Math.floor(PORTAL_SESSION_ABSOLUTE_MS / 1000),
  });
}
export function clearPortalCookie(c: Context, deps: AppDeps) {
  deleteCookie(c, portalCookieName(deps), { path: '/', secure: isSecure(deps) });
}
export const readPortalCookie = (c: Context, deps: AppDeps) => getCookie(c, portalCookieName(deps));

/** Loads the session (or null) for every portal request; a dead cookie is cleared. */
export function portalSession(deps: AppDeps): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    const cookie = readPortalCookie(c, deps);
    const session = cookie ? await readPortalSession(deps.db, cookie, deps.now()) : null;
    if (cookie && !session) clearPortalCookie(c, deps);
    c.set('portal', session);
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
