// HTTP's error table, once: a domain error's (or a tool failure's) code decides the status; the API answers
// { error: { code, message, requestId } }, a page shows the message with that status. Routes do not pick statuses.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Log } from '../../context';
import { type DomainError, type ErrorCode, isDomainError } from '../../errors';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid: 422, not_found: 404, ambiguous: 409, conflict: 409, duplicate: 409, forbidden: 403,
  needs_confirmation: 409, expired: 410, too_large: 413, rate_limited: 429, unavailable: 503,
  portal_closed: 409,
};

/** The status of a domain error or a tool failure's code; anything unknown ('internal') is ours: 500. */
export const httpStatus = (code: string): ContentfulStatusCode => STATUS[code as ErrorCode] ?? 500;

/** Runs a page action; a domain refusal is shown by `show` (the page with its message) with the table's status.
 *  Anything else is a bug and goes on to mapHttpError. */
export async function showRefusal(run: () => Promise<Response>, show: (err: DomainError, status: ContentfulStatusCode) => Response | Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (err) {
    if (!isDomainError(err)) throw err;
    return show(err, httpStatus(err.code));
  }
}

export function mapHttpError(err: Error, c: Context, log: Log) {
  const requestId = (c.get('requestId') as string | undefined) ?? '';
  if (err instanceof HTTPException) {
    const res = err.getResponse();
    return c.json({ error: { code: 'http', message: err.message || res.statusText, requestId } }, res.status as 400);
  }
  if (isDomainError(err)) {
    return c.json({ error: { ...err.toJSON(), requestId } }, httpStatus(err.code));
  }
  log.error({ err, requestId }, 'unhandled error');
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side.', requestId } }, 500);
}
