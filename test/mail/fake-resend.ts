// A small stand-in for Resend's API on loopback: records every request and dedupes by Idempotency-Key
// for 24 hours, as Resend does. Tests point the real `resend` SDK at it.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

export type FakeRequest = { method: string; path: string; headers: Record<string, string>; body: any };
export type FakeResend = {
  url: string;
  requests: FakeRequest[];
  /** Emails the fake "delivered" (deduped by idempotency key). */
  delivered: any[];
  /** Make the next sends fail with this status and Resend error body. */
  failWith(status: number, body: { name: string; message: string; statusCode?: number }): void;
  close(): Promise<void>;
};

export async function startFakeResend(): Promise<FakeResend> {
  const requests: FakeRequest[] = [];
  const delivered: any[] = [];
  const byKey = new Map<string, string>();
  let failure: { status: number; body: object } | null = null;
  const app = new Hono();
  app.post('/emails', async (c) => {
    const body = await c.req.json();
    requests.push({ method: 'POST', path: '/emails', headers: Object.fromEntries(c.req.raw.headers.entries()), body });
    if (failure) return c.json(failure.body, failure.status as 422);
    if (c.req.header('authorization') !== 'Bearer re_test_key') {
      return c.json({ statusCode: 401, name: 'validation_error', message: 'API key is invalid' }, 401);
    }
    const key = c.req.header('idempotency-key');
    const existing = key ? byKey.get(key) : undefined;
    if (existing) return c.json({ id: existing });
    const id = `em_${delivered.length + 1}`;
    if (key) byKey.set(key, id);
    delivered.push(body);
    return c.json({ id });
  });
  let server!: ServerType;
  const port = await new Promise<number>((ok) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => ok(info.port));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    failWith(status, body) { failure = { status, body: { statusCode: status, ...body } }; },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
