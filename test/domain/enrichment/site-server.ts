// A small company website on 127.0.0.1 (port 0; or another loopback address and port) for enrichment tests;
// records every request path.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Site = { url: string; requests: string[]; close(): Promise<void> };

export async function startSite(
  pages: Record<string, string | { status: number; headers?: Record<string, string>; body?: string | Buffer }>,
  at: { host?: string; port?: number } = {},
): Promise<Site> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    const page = pages[req.url ?? '/'];
    if (page === undefined) { res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'); return; }
    if (typeof page === 'string') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page); return; }
    res.writeHead(page.status, { 'content-type': 'text/html', ...page.headers }).end(page.body ?? '');
  });
  const host = at.host ?? '127.0.0.1';
  await new Promise<void>((ok) => server.listen(at.port ?? 0, host, ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
