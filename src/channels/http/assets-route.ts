// Serves the web pages' own static files (plain JS modules and CSS, no CDN, no framework) from public/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hono } from 'hono';

// Resolved when first used: a Worker has no import.meta.dirname (it serves these files itself, src/worker/).
const dir = () => join(import.meta.dirname, 'public');
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml' };
const cache = new Map<string, string>();

export function mountAssets(app: Hono<any>) {
  app.get('/assets/:name{[a-z0-9-]+\\.(?:js|css|svg)}', async (c) => {
    const name = c.req.param('name');
    let body = cache.get(name);
    if (body === undefined) {
      try {
        body = await readFile(join(dir(), name), 'utf8');
      } catch {
        return c.notFound();
      }
      cache.set(name, body);
    }
    c.header('Content-Type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
    c.header('Cache-Control', 'no-cache');
    return c.body(body);
  });
}
