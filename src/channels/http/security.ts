// The web surface's shared defences (security.md section 7): secure headers with a strict CSP, a body
// limit, same-origin checks on every state-changing request except Slack's (signed instead), a JSON-only
// API and rate limits. createApp installs the global ones; route files pick the limiters they need.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from '../../deps';
import { clientAddress } from './client-address';
import { rateLimit } from './rate-limit';

export const securityHeaders = (): MiddlewareHandler => secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // No inline styles anywhere: every page takes its rules from app.css or portal.css, and scripts style through
    // CSSOM (el.style.x), which CSP allows; a style attribute or <style> slipped into a page is refused and shows unstyled.
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  crossOriginResourcePolicy: 'same-origin',
  removePoweredBy: true,
});

export const MAX_BODY_BYTES = 1024 * 1024;
/** File uploads (CSV import) get more room; the import route applies its own, smaller limit. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/** A client document upload: the 20 MB file plus the form around it (the domain checks the file itself). */
export const MAX_DOCUMENT_UPLOAD_BYTES = 21 * 1024 * 1024;
const DOCUMENT_UPLOAD = /^\/clients\/\d+\/documents$/;

export const limitBodies = (): MiddlewareHandler => {
  const small = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: { code: 'too_large', message: 'The request body is too large.' } }, 413) });
  const large = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: (c) => c.json({ error: { code: 'too_large', message: 'The file is too large.' } }, 413) });
  const documents = bodyLimit({ maxSize: MAX_DOCUMENT_UPLOAD_BYTES, onError: (c) => c.html('<!doctype html><title>Too large</title><p>Documents are limited to 20 MB. Go back and choose a smaller file.</p>', 413) });
  return (c, next) => {
    if (!/^(multipart\/form-data|text\/csv)/i.test(c.req.header('content-type') ?? '')) return small(c, next);
    return DOCUMENT_UPLOAD.test(c.req.path) ? documents(c, next) : large(c, next);
  };
};

const SAFE = /^(GET|HEAD|OPTIONS)$/;

/**
 * CSRF: a state-changing request must prove it comes from our own pages, by `Sec-Fetch-Site: same-origin` or
 * an `Origin` equal to ours (the request's or PUBLIC_URL's). Neither header -> refused too. Stricter than
 * hono/csrf, which only looks at form and text content types. Not on /slack/*: Slack signs its requests.
 */
export const sameOriginOnly = (publicUrl: string): MiddlewareHandler => {
  const publicOrigin = new URL(publicUrl).origin;
  return async (c, next) => {
    if (SAFE.test(c.req.method) || c.req.path.startsWith('/slack/')) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    // A plain form POST from a page under `Referrer-Policy: no-referrer` carries `Origin: null`; the browser's
    // own Sec-Fetch-Site still says where it came from.
    const ok = site
      ? site === 'same-origin' && (!origin || origin === 'null' || isOurs(origin, c, publicOrigin))
      : !!origin && isOurs(origin, c, publicOrigin);
    if (!ok) return c.json({ error: { code: 'forbidden', message: 'Cross-site request refused.' } }, 403);
    return next();
  };
};
const isOurs = (origin: string, c: Context, publicOrigin: string) => origin === publicOrigin || origin === new URL(c.req.url).origin;

/** The chat API speaks JSON only: anything else is refused before the body is read. */
export const jsonOnly = (): MiddlewareHandler => async (c, next) => {
  if (SAFE.test(c.req.method)) return next();
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    return c.json({ error: { code: 'unsupported_media_type', message: 'Send JSON (Content-Type: application/json).' } }, 415);
  }
  return next();
};

/** By default a limit keys on the socket's peer (see client-address.ts for TRUSTED_PROXY and per-account keys). */
export const limitRate = (opts: { windowMs: number; limit: number; key?: (c: Context) => string | Promise<string>; name?: string }): MiddlewareHandler =>
  rateLimit({
    windowMs: opts.windowMs,
    limit: opts.limit,
    name: opts.name,
    headers: true,
    key: opts.key ?? ((c) => clientAddress(c)),
    onLimit: (c) => (wantsPage(c)
      ? c.html('<!doctype html><title>Slow down</title><p>Too many requests; go back and try again in a moment.</p>', 429)
      : c.json({ error: { code: 'rate_limited', message: 'Too many requests; try again in a moment.' } }, 429)),
  });

/** A form POST from a page (not fetch): it gets a readable page, not JSON. */
const wantsPage = (c: Context) => /text\/html/.test(c.req.header('accept') ?? '') && !/^application\/json/i.test(c.req.header('content-type') ?? '');

/** Emails and fetches of other sites from a team page (sends, invites, enrichment): 20 a minute per person. */
export const outboundBudget = (): MiddlewareHandler =>
  limitRate({ windowMs: 60 * 1000, limit: 20, key: (c) => `m${(c.get('actor') as { memberId: number }).memberId}` });

const actionBudgets = new WeakMap<AppDeps, MiddlewareHandler>();
/**
 * Confirm, cancel and undo run agent verbs (W8), from the chat API and the client page's form alike: one budget
 * of 30 a minute per signed-in person across all of them, shared by every route of the same app (deps).
 */
export function actionBudget(deps: AppDeps): MiddlewareHandler {
  let limiter = actionBudgets.get(deps);
  if (!limiter) {
    limiter = limitRate({ windowMs: 60 * 1000, limit: 30, name: 'actions', key: (c) => `m${(c.get('actor') as { memberId: number }).memberId}` });
    actionBudgets.set(deps, limiter);
  }
  return limiter;
}
