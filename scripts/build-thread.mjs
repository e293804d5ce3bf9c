// The job thread's entry (src/threads/apply-import-thread.ts) bundled from the sources, for runs that are not
// the production build (`npm run dev`, tests, benches): a worker thread cannot load TypeScript, and loading the
// packages file by file took 2-4 s a thread here, where a bundle loads in a fraction of that. Built once per
// state of the sources (the same fingerprint `npm start` uses) under .tmp/threads/, and shared by every process.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_OPTIONS, ROOT, sourceFingerprint } from './build-server.mjs';

const DIR = join(ROOT, '.tmp', 'threads');
const NAME = 'apply-import-thread';
const STALE_MS = 60 * 60_000;
let building;

/** The entry for the sources as they are now (checked at each thread start: a long `npm run dev` sees edits). */
export function buildDevThread() {
  return (building ??= build().finally(() => { building = undefined; }));
}

async function build() {
  const out = join(DIR, sourceFingerprint().slice(0, 16));
  const file = join(out, `${NAME}.mjs`);
  if (!existsSync(file)) {
    const { build: esbuild } = await import('esbuild');
    // Built beside, then renamed into place: another process building the same sources never sees half a file.
    const tmp = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    mkdirSync(tmp, { recursive: true });
    await esbuild({ ...BUILD_OPTIONS, entryPoints: { [NAME]: join(ROOT, `src/threads/${NAME}.ts`) }, outdir: tmp, splitting: false, sourcemap: 'linked', minify: false });
    try {
      renameSync(tmp, out);
    } catch {
      rmSync(tmp, { recursive: true, force: true });
    }
    prune(out);
  }
  return pathToFileURL(file);
}

/** Builds of older sources, an hour after they were made. */
function prune(keep) {
  for (const name of readdirSync(DIR)) {
    const path = join(DIR, name);
    if (path !== keep && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}
