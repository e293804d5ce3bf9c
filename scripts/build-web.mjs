// The web pages' front end: React components (src/channels/http/web/) bundled by esbuild into plain ES modules
// beside the other static files (src/channels/http/public/chat-app.js and charts.js), which Hono and the Worker
// serve as they are; no inline script, so the CSP stays script-src 'self'. Built by `npm run build`, by the test
// setup, by `npm run build:web` and before `npm run deploy`; `npm run dev` and `npm run dev:worker` rebuild them on
// every change (watchWeb). The outputs are not committed.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const WEB = resolve(ROOT, 'src/channels/http/web');
export const WEB_OUT = resolve(ROOT, 'src/channels/http/public');
export const WEB_BUNDLES = ['chat-app.js', 'charts.js'];

// `webDir`/`outDir` differ only in tests (a copy of the sources, a temp folder).
function webOptions({ webDir = WEB, outDir = WEB_OUT } = {}) {
  return {
    entryPoints: { 'chat-app': resolve(webDir, 'chat-app.tsx'), charts: resolve(webDir, 'charts.ts') },
    outdir: outDir, bundle: true, format: 'esm', platform: 'browser', target: ['es2022', 'chrome111', 'firefox111', 'safari16'],
    jsx: 'automatic', minify: true, legalComments: 'none', logLevel: 'error', tsconfig: resolve(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

// Writes only the bundles whose bytes changed (a watching `npm run dev` restarts on a change), each written beside
// and renamed over the old one, so a concurrent reader (a test, the server) never sees half a file.
async function writeChanged(files) {
  let changed = 0;
  for (const file of files) {
    const old = await readFile(file.path).catch(() => null);
    if (old && Buffer.compare(old, file.contents) === 0) continue;
    await mkdir(dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    await writeFile(tmp, file.contents);
    await rename(tmp, file.path);
    changed++;
  }
  return changed;
}

export async function buildWeb({ quiet = false } = {}) {
  const started = performance.now();
  const { build } = await import('esbuild');
  const result = await build({ ...webOptions(), write: false });
  await writeChanged(result.outputFiles);
  if (!quiet) console.error(`built the web bundles in ${Math.round(performance.now() - started)} ms`);
}

/**
 * `npm run dev` and `npm run dev:worker`: builds the bundles, then rebuilds them whenever a file they are made of
 * changes (esbuild's watch mode). Outputs are written by writeChanged, not by esbuild, so that a failed rebuild
 * (esbuild prints its errors) keeps the last good bundle instead of removing it. `onRebuild` runs after each successful rebuild that
 * changed a file, `onFail` after a failed one. Resolves once the first build is written; `dispose()` stops watching.
 */
export async function watchWeb({ onRebuild = () => {}, onFail = () => {}, log = console.error, webDir, outDir } = {}) {
  const { context } = await import('esbuild');
  let builds = 0;
  let started = performance.now();
  let firstBuilt;
  const firstBuild = new Promise((done) => { firstBuilt = done; });
  const writer = {
    name: 'clientele-web-writer',
    setup(b) {
      b.onStart(() => { started = performance.now(); });
      b.onEnd(async (result) => {
        const first = builds++ === 0;
        if (result.errors.length) {
          onFail();
          if (first) firstBuilt();
          return;
        }
        const changed = await writeChanged(result.outputFiles ?? []);
        if (first) return firstBuilt();
        if (!changed) return;
        log(`rebuilt the web bundles in ${Math.round(performance.now() - started)} ms`);
        onRebuild();
      });
    },
  };
  const ctx = await context({ ...webOptions({ webDir, outDir }), write: false, plugins: [writer] });
  await ctx.watch();
  await firstBuild;
  return { dispose: () => ctx.dispose() };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await buildWeb();
}
