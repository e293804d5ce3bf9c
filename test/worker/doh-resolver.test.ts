// The Worker's DNS over HTTPS resolver (src/worker/fetch-pages.ts) against a loopback fake of Cloudflare's JSON API,
// and the SSRF guard judging what it returns, as it does on the Worker.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePublicAddresses } from '../../src/domain/enrichment/ssrf-guard';
import { dohResolver } from '../../src/worker/fetch-pages';

const RECORDS: Record<string, Record<string, Array<{ type: number; data: string }>>> = {
  'acme.example': { A: [{ type: 5, data: 'acme.cdn.example.' }, { type: 1, data: '93.184.215.14' }], AAAA: [{ type: 28, data: '2606:2800:21f:cb07::1' }] },
  'rebind.example': { A: [{ type: 1, data: '93.184.215.14' }, { type: 1, data: '10.0.0.5' }], AAAA: [] },
};
let server: Server;
let url = '';
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    asked.push(`${q.get('name')} ${q.get('type')} ${req.headers.accept}`);
    const answer = RECORDS[q.get('name') ?? '']?.[q.get('type') ?? ''];
    res.writeHead(200, { 'content-type': 'application/dns-json' }).end(JSON.stringify(answer ? { Status: 0, Answer: answer } : { Status: 3 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/dns-query`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('DNS over HTTPS for enrichment on Workers', () => {
  it('returns the A and AAAA addresses (not CNAME names), asking for DNS JSON', async () => {
    expect(await dohResolver(fetch, url)('acme.example')).toEqual(['93.184.215.14', '2606:2800:21f:cb07::1']);
    expect(asked).toContain('acme.example A application/dns-json');
  });

  it('a name that does not resolve, or one with any private address, is refused by the guard', async () => {
    const resolve = dohResolver(fetch, url);
    await expect(resolvePublicAddresses(new URL('https://nowhere.example/'), { allowPrivate: false, resolve })).rejects.toThrow(/does not resolve/);
    await expect(resolvePublicAddresses(new URL('https://rebind.example/'), { allowPrivate: false, resolve })).rejects.toThrow(/resolves to 10\.0\.0\.5, a private/);
    expect(await resolvePublicAddresses(new URL('https://acme.example/'), { allowPrivate: false, resolve })).toHaveLength(2);
  });
});
