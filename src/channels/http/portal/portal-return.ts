// Signed out on a portal page (an email's link to an invoice or the messages): to the sign-in form, which keeps
// the page as `next` and goes there after sign-in. Only a GET's own path is kept, and only if safePortalPath passes.
import type { Context } from 'hono';
import { safePortalPath } from '../../../domain/portal/portal-next';

export function toPortalSignIn(c: Context) {
  const url = new URL(c.req.url);
  const next = c.req.method === 'GET' ? safePortalPath(url.pathname + url.search) : undefined;
  return c.redirect(next ? `/portal?next=${encodeURIComponent(next)}` : '/portal', 303);
}

/** The hidden field the sign-in forms carry, when there is somewhere to go back to. */
export const nextOf = (value: unknown) => safePortalPath(value);
