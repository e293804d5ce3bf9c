// The web pages' front end: React components (src/channels/http/web/) bundled by esbuild into plain ES modules
// beside the other static files (src/channels/http/public/chat-app.js and charts.js), which Hono and the Worker
// serve as they are; no inline script, so the CSP stays script-src 'self'. Built by `npm run build`, by the test
// setup and by `npm run build:web`; the outputs are not committed.
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const WEB = resolve(ROOT, 'src/channels/http/web');
export const WEB_OUT = resolve(ROOT, 'src/channels/http/public');
export const WEB_BUNDLES = ['chat-app.js', 'charts.js'];

export async function buildWeb({ quiet = false } = {}) {
  const started = performance.now();
  const { build } = await import('esbuild');
  await build({
    entryPoints: { 'chat-app': resolve(WEB, 'chat-app.tsx'), charts: resolve(WEB, 'charts.ts') },
    outdir: WEB_OUT, bundle: true, format: 'esm', platform: 'browser', target: ['es2022', 'chrome111', 'firefox111', 'safari16'],
    jsx: 'automatic', minify: true, legalComments: 'none', logLevel: 'error', tsconfig: resolve(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  if (!quiet) console.error(`built the web bundles in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await buildWeb();
}
