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

export type RefusalPage = (err: DomainError, status: ContentfulStatusCode) => Response | Promise<Response>;

/** Runs a page action; a domain refusal is shown by `show` with the table's status: one page for every refusal, or a
 *  page per status (`{ 410: expiredPage }`), where a status not listed goes on to the app's error handler like any bug. */
export async function showRefusal(run: () => Promise<Response>, show: RefusalPage | Partial<Record<number, RefusalPage>>): Promise<Response> {
  try {
    return await run();
  } catch (err) {
    if (!isDomainError(err)) throw err;
    const status = httpStatus(err.code);
    const page = typeof show === 'function' ? show : show[status];
    if (!page) throw err;
    return page(err, status);
  }
}

/** An `onError` for a group of routes: a domain error whose status has a page here is shown by it (the portal's 404
 *  page); everything else is mapHttpError's. */
export function onHttpError(log: Log, pages: Partial<Record<number, (c: Context) => Response | Promise<Response>>> = {}) {
  return (err: Error, c: Context) => {
    const page = isDomainError(err) ? pages[httpStatus(err.code)] : undefined;
    return page ? page(c) : mapHttpError(err, c, log);
  };
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
