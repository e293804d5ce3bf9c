// The production build: src/server.ts and the terminal chat bundled by esbuild into dist/server/ (packages stay
// external: they come from node_modules), plus the web assets. `npm start` runs the bundle and rebuilds it first
// when a source changed (a fingerprint of every source file's path, size and mtime, kept beside the bundle), so
// no TypeScript is compiled at start. The bundle sits two folders deep so `../../drizzle` (src/db/migrate.ts)
// still names the migrations. Usage: `node scripts/build-server.mjs` (or `npm run build`).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { buildWeb, WEB_BUNDLES, WEB_OUT } from './build-web.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
export const OUT_DIR = join(ROOT, 'dist', 'server');
const STAMP = join(OUT_DIR, 'build-stamp.json');
// Everything the bundle is made of. models/ holds the offline model's weights, inlined as JSON.
// Packages bundled too: resolving and loading ~1,500 module files was most of a start (measured with --cpu-prof).
// Left out: native bindings and what loads its own files at run time (pino's transports run in workers).
const EXTERNAL = ['libsql', '@libsql/linux-*', '@libsql/darwin-*', '@libsql/win32-*', 'pino', 'pino-pretty', 'thread-stream'];
const SOURCES = ['src', 'tools', 'prompts', 'emails', 'models', 'package-lock.json', 'tsconfig.json', 'scripts/build-server.mjs', 'scripts/build-web.mjs',
  'scripts/build-thread.mjs', 'scripts/migrate-database.ts'];
// Build outputs inside src/ (the web bundles) are not sources: building them must not make the bundle stale.
const OUTPUTS = new Set(WEB_BUNDLES.map((name) => join(WEB_OUT, name)));

function walk(path, out) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s || OUTPUTS.has(path)) return;
  if (!s.isDirectory()) {
    out.push(`${relative(ROOT, path)}\t${s.size}\t${s.mtimeMs}`);
    return;
  }
  for (const name of readdirSync(path).sort()) walk(join(path, name), out);
}

/** A hash of every source file's path, size and mtime (a few ms: stats only, no reads). */
export function sourceFingerprint() {
  const lines = [];
  for (const s of SOURCES) walk(join(ROOT, s), lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** True when the bundle is missing or was built from other sources. */
export function isStale() {
  if (!existsSync(join(OUT_DIR, 'server.mjs'))) return true;
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')).fingerprint !== sourceFingerprint();
  } catch {
    return true;
  }
}

// The offline model's weights (6.8 MB): as a JS object literal they were half the bundle's compile time at start,
// and reading and parsing them as JSON still took ~0.4 s; so the module exports a proxy that reads the copied
// file on first use (the first offline turn), which the model code cannot tell from the object.
const jsonAtRunTime = {
  name: 'json-at-run-time',
  setup(b) {
    b.onLoad({ filter: /[\\/]models[\\/][^\\/]+\.json$/ }, (args) => {
      const name = basename(args.path);
      cpSync(args.path, join(OUT_DIR, name));
      const contents = `import { readFileSync } from 'node:fs';
let data;
const load = () => (data ??= JSON.parse(readFileSync(new URL(${JSON.stringify(`./${name}`)}, import.meta.url), 'utf8')));
export default new Proxy({}, {
  get: (_, k) => load()[k], has: (_, k) => k in load(), ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, k) => Reflect.getOwnPropertyDescriptor(load(), k),
});`;
      return { loader: 'js', contents };
    });
  },
};

// i18n-iso-countries' Node entry registers all ~80 of its locales with a computed require(), so esbuild bundled
// every one (0.75 MB read at each start); the code registers the few it reads itself (en, de, fr, es, nl), so the
// bundle takes the library's core.
const countriesCore = {
  name: 'countries-core',
  setup(b) {
    b.onResolve({ filter: /^i18n-iso-countries$/ }, () => ({ path: join(ROOT, 'node_modules', 'i18n-iso-countries', 'index.js') }));
  },
};

/** What every server-side bundle shares (this build and scripts/build-thread.mjs). */
export const BUILD_OPTIONS = {
  plugins: [countriesCore],
  outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', target: 'node22', jsx: 'automatic', external: EXTERNAL,
  // Bundled CommonJS packages call require(): give the ES module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  keepNames: true, legalComments: 'none', logLevel: 'error', tsconfig: join(ROOT, 'tsconfig.json'),
};

export async function buildServer({ quiet = false } = {}) {
  const started = performance.now();
  // esbuild is a dev dependency: a production install runs a bundle built beforehand.
  const { build } = await import('esbuild');
  const fingerprint = sourceFingerprint();
  rmSync(OUT_DIR, { recursive: true, force: true });
  await build({
    ...BUILD_OPTIONS,
    // The job thread (src/threads/domain-jobs.ts) is started from its own file beside the bundle.
    // `npm run db:migrate` runs the migrate entry, so a production install (no tsx) can migrate a libSQL server.
    entryPoints: {
      server: join(ROOT, 'src/server.ts'), chat: join(ROOT, 'src/channels/cli/chat.ts'), migrate: join(ROOT, 'scripts/migrate-database.ts'),
      'apply-import-thread': join(ROOT, 'src/threads/apply-import-thread.ts'),
    },
    outdir: OUT_DIR, splitting: true, chunkNames: 'chunk-[hash]', plugins: [...BUILD_OPTIONS.plugins, jsonAtRunTime], minify: true, sourcemap: 'linked',
  });
  // The web pages' React bundles go into public/ first; src/channels/http/assets-route.ts serves the files beside
  // the module that imports it.
  await buildWeb({ quiet: true });
  cpSync(join(ROOT, 'src/channels/http/public'), join(OUT_DIR, 'public'), { recursive: true });
  writeFileSync(STAMP, `${JSON.stringify({ fingerprint, builtAt: new Date().toISOString() })}\n`);
  if (!quiet) console.error(`built ${relative(ROOT, OUT_DIR)} in ${Math.round(performance.now() - started)} ms`);
}

/** Builds when stale; without esbuild (a production install) an existing bundle is used as it is. */
export async function ensureBuilt({ quiet = false } = {}) {
  if (!isStale()) return;
  const canBuild = existsSync(join(ROOT, 'node_modules', 'esbuild'));
  if (canBuild) return buildServer({ quiet });
  if (existsSync(join(OUT_DIR, 'server.mjs'))) {
    console.error('dist/server is older than the sources, and esbuild is not installed (a production install): running it as built.');
    return;
  }
  throw new Error('No build in dist/server. Run `npm run build` in a full install (`npm ci`), then install for production.');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await buildServer();
}
