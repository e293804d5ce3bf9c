// The pages' static files on Workers. Node's mountAssets reads src/channels/http/public from disk; a Worker
// has no such folder, so wrangler uploads it as static assets (wrangler.toml [assets]) and /assets/<name>
// is answered from that binding here, with the same URL and the same no-sniff rule as the app.
export type AssetsBinding = { fetch(request: Request): Promise<Response> };

const ASSET_PATH = /^\/assets\/([a-z0-9-]+\.(?:js|css|svg))$/;

export async function serveWorkerAsset(request: Request, assets: AssetsBinding | undefined): Promise<Response | null> {
  const url = new URL(request.url);
  const match = ASSET_PATH.exec(url.pathname);
  if (!assets || !match || (request.method !== 'GET' && request.method !== 'HEAD')) return null;
  const found = await assets.fetch(new Request(new URL(`/${match[1]}`, url), { method: request.method, headers: request.headers }));
  if (!found.ok && found.status !== 304) return null;
  const response = new Response(found.body, found);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Cache-Control', 'no-cache');
  return response;
}
