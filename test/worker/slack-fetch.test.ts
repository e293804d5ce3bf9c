// slackFetch (the Web API client's fetch, made to work in workerd) still refuses redirects, as redirect: 'error' did.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackFetch } from '../../src/channels/slack/slack-fetch';

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/moved') res.writeHead(302, { location: '/api/auth.test' }).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('slackFetch', () => {
  it('answers a plain call, called without a `this` (as the Web API client calls it)', async () => {
    const holder = { fetchFn: slackFetch };
    const res = await holder.fetchFn(`${origin}/api/auth.test`, { method: 'POST', redirect: 'error' });
    expect(await res.json()).toEqual({ ok: true });
  });

  it('refuses a redirect when asked for redirect: error', async () => {
    await expect(slackFetch(`${origin}/moved`, { method: 'POST', redirect: 'error' })).rejects.toThrow(/redirect \(302\)/);
  });

  it('leaves other redirect modes to fetch', async () => {
    const res = await slackFetch(`${origin}/moved`, { redirect: 'follow' });
    expect(res.status).toBe(200);
  });
});
