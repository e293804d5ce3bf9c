// Every request gets an id (also sent back as X-Request-Id, so a person can quote it) and one log line when it
// is answered: method, path, status, milliseconds and the id. The path only: a query string may carry a token.
import type { MiddlewareHandler } from 'hono';
import type { Log } from '../../context';

export function logRequests(log: Log): MiddlewareHandler<{ Variables: { requestId: string } }> {
  return async (c, next) => {
    const start = performance.now();
    const id = crypto.randomUUID().replace(/-/g, '').slice(0, 12);
    c.set('requestId', id);
    try {
      await next();
    } finally {
      c.header('X-Request-Id', id);
      const ms = Math.round((performance.now() - start) * 10) / 10;
      log.info({ req: { id, method: c.req.method, path: c.req.path }, res: { status: c.res.status }, ms }, 'request');
    }
  };
}
