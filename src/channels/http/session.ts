// The team session on the web: cookie name and flags, and the middleware that turns the cookie into a
// member actor. Pages redirect to /sign-in; the JSON API answers 401. Members without client access get
// a page that says so (or 403 from the API).
import type { MiddlewareHandler } from 'hono';
import type { Ctx, MemberActor } from '../../context';
import { type AppDeps, makeCtx } from '../../deps';
import { SESSION_ABSOLUTE_MS } from '../../domain/auth/policy';
import { readTeamSession } from '../../domain/auth/sessions';
import { Forbidden } from '../../errors';
import { sessionCookie } from './session-cookie';
import { noAccessPage } from './team/pages/no-access-page';

/** `ctx`: the signed-in member's context, built once per request here; routes take it with c.get('ctx'). */
export type WebEnv = { Variables: { requestId: string; actor: MemberActor; ctx: Ctx } };

const teamCookie = sessionCookie({ https: '__Host-clientele', http: 'clientele_session' }, SESSION_ABSOLUTE_MS);
export const sessionCookieName = teamCookie.name;
export const setSessionCookie = teamCookie.set;
export const clearSessionCookie = teamCookie.clear;
export const readSessionCookie = teamCookie.read;

/** 'page': redirect to sign-in; 'api': 401 JSON. With `clients`, members (no client access) are turned away. */
export function requireMember(deps: AppDeps, mode: 'page' | 'api', opts: { clients?: boolean } = {}): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const actor = await readTeamSession(deps.db, readSessionCookie(c, deps), deps.now());
    if (!actor || actor.workspaceId !== deps.workspaceId) {
      if (mode === 'api') return c.json({ error: { code: 'unauthorized', message: 'Sign in first.' } }, 401);
      return c.redirect('/sign-in', 303);
    }
    c.set('actor', actor);
    c.set('ctx', makeCtx(deps, actor));
    if (opts.clients && actor.role === 'member') {
      if (mode === 'api') throw new Forbidden('Your role (member) has no access to clients.');
      return c.html(noAccessPage(actor), 403);
    }
    return next();
  };
}
