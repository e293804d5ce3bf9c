// The team session on the web: cookie name and flags, and the middleware that turns the cookie into a
// member actor. Pages redirect to /sign-in; the JSON API answers 401. Members without client access get
// a page that says so (or 403 from the API).
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { MemberActor } from '../../context';
import type { AppDeps } from '../../deps';
import { SESSION_ABSOLUTE_MS } from '../../domain/auth/policy';
import { readTeamSession } from '../../domain/auth/sessions';
import { noAccessPage } from './team/pages/no-access-page';

export type WebEnv = { Variables: { requestId: string; actor: MemberActor } };

const isSecure = (deps: AppDeps) => deps.env.PUBLIC_URL.startsWith('https:');
/** `__Host-` pins the cookie to this host, path / and HTTPS; plain HTTP (local use) cannot carry that prefix. */
export const sessionCookieName = (deps: AppDeps) => (isSecure(deps) ? '__Host-clientele' : 'clientele_session');

export function setSessionCookie(c: Context, deps: AppDeps, value: string) {
  setCookie(c, sessionCookieName(deps), value, {
    httpOnly: true, sameSite: 'Lax', secure: isSecure(deps), path: '/', maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}
export function clearSessionCookie(c: Context, deps: AppDeps) {
  deleteCookie(c, sessionCookieName(deps), { path: '/', secure: isSecure(deps) });
}
export const readSessionCookie = (c: Context, deps: AppDeps) => getCookie(c, sessionCookieName(deps));

/** 'page': redirect to sign-in; 'api': 401 JSON. With `clients`, members (no client access) are turned away. */
export function requireMember(deps: AppDeps, mode: 'page' | 'api', opts: { clients?: boolean } = {}): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const actor = await readTeamSession(deps.db, readSessionCookie(c, deps), deps.now());
    if (!actor || actor.workspaceId !== deps.workspaceId) {
      if (mode === 'api') return c.json({ error: { code: 'unauthorized', message: 'Sign in first.' } }, 401);
      return c.redirect('/sign-in', 303);
    }
    c.set('actor', actor);
    if (opts.clients && actor.role === 'member') {
      if (mode === 'api') return c.json({ error: { code: 'forbidden', message: 'Your role (member) has no access to clients.' } }, 403);
      return c.html(noAccessPage(actor), 403);
    }
    return next();
  };
}
