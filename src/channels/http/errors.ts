// Domain errors to HTTP, once: { error: { code, message, requestId } } with a status.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Log } from '../../context';
import { isDomainError, type ErrorCode } from '../../errors';

const STATUS: Record<ErrorCode, number> = {
  invalid: 422, not_found: 404, ambiguous: 409, conflict: 409, duplicate: 409, forbidden: 403,
  needs_confirmation: 409, expired: 410, too_large: 413, rate_limited: 429, unavailable: 503,
};

export function mapHttpError(err: Error, c: Context, log: Log) {
  const requestId = (c.get('requestId') as string | undefined) ?? '';
  if (err instanceof HTTPException) {
    const res = err.getResponse();
    return c.json({ error: { code: 'http', message: err.message || res.statusText, requestId } }, res.status as 400);
  }
  if (isDomainError(err)) {
    return c.json({ error: { ...err.toJSON(), requestId } }, STATUS[err.code] as 400);
  }
  log.error({ err, requestId }, 'unhandled error');
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side.', requestId } }, 500);
}
