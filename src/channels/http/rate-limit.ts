// Rate limits on the web routes, counted in the database (src/db/rate-limits.ts) so that several app instances on
// one database share them. createApp puts the counter on each request; a limiter keys its counts by its name,
// window and limit, so two limiters on the same caller never share a budget unless they share a name.
import type { Context, MiddlewareHandler } from 'hono';
import { memoryRateCounter, type RateCounter } from '../../db/rate-limits';

export type RateLimitOptions = {
  windowMs: number;
  limit: number;
  key(c: Context): string | Promise<string>;
  /** Limiters with the same name, window and limit share one budget (e.g. every confirm/cancel/undo route). */
  name?: string;
  /** RateLimit-* headers (draft-6) on every answer; off where all answers must look alike. */
  headers?: boolean;
  onLimit(c: Context, retryAfterSeconds: number): Response | Promise<Response>;
};

const fallback = memoryRateCounter();

/** Puts the app's counter on every request (createApp). */
export const countRatesIn = (counter: RateCounter): MiddlewareHandler => async (c, next) => {
  c.set('rateCounter' as never, counter as never);
  await next();
};

export function rateLimit(opts: RateLimitOptions): MiddlewareHandler {
  const prefix = `${opts.name ?? 'web'}:${opts.windowMs}:${opts.limit}:`;
  return async (c, next) => {
    const counter = (c.get('rateCounter' as never) as RateCounter | undefined) ?? fallback;
    const { hits, resetAt } = await counter.hit(prefix + (await opts.key(c)), opts.windowMs);
    const resetSeconds = Math.max(0, Math.ceil((resetAt - Date.now()) / 1000));
    if (opts.headers) {
      c.header('RateLimit-Policy', `${opts.limit};w=${Math.ceil(opts.windowMs / 1000)}`);
      c.header('RateLimit-Limit', String(opts.limit));
      c.header('RateLimit-Remaining', String(Math.max(0, opts.limit - hits)));
      if (resetSeconds) c.header('RateLimit-Reset', String(resetSeconds));
    }
    if (hits > opts.limit) {
      const retryAfter = resetSeconds || Math.ceil(opts.windowMs / 1000);
      if (opts.headers) c.header('Retry-After', String(retryAfter));
      return opts.onLimit(c, retryAfter);
    }
    await next();
  };
}
