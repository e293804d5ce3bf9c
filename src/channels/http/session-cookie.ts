// A session cookie (the team's or the portal's): httpOnly, SameSite=Lax, path /, Secure on HTTPS, kept as long as
// the session may live. `__Host-` pins it to this host, path / and HTTPS; plain HTTP (local use) cannot carry that prefix.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../../deps';

const isSecure = (deps: AppDeps) => deps.env.PUBLIC_URL.startsWith('https:');

export function sessionCookie(names: { https: string; http: string }, maxAgeMs: number) {
  const name = (deps: AppDeps) => (isSecure(deps) ? names.https : names.http);
  return {
    name,
    set(c: Context, deps: AppDeps, value: string) {
      setCookie(c, name(deps), value, { httpOnly: true, sameSite: 'Lax', secure: isSecure(deps), path: '/', maxAge: Math.floor(maxAgeMs / 1000) });
    },
    clear(c: Context, deps: AppDeps) {
      deleteCookie(c, name(deps), { path: '/', secure: isSecure(deps) });
    },
    read: (c: Context, deps: AppDeps) => getCookie(c, name(deps)),
  };
}
