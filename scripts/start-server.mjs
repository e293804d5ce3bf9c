// `npm start` (and `npm run chat`): build dist/server when missing or stale, then run the bundle in this
// process (no second Node start, no TypeScript compiled). `node scripts/start-server.mjs chat [...]` runs the
// terminal chat instead, `... migrate` applies the migrations (`npm run db:migrate`).
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, OUT_DIR } from './build-server.mjs';

// The node dev dependency puts Node 24 first on npm's PATH; without it (an older system Node) say so plainly.
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Node 22 or newer needed (24 recommended), got ${process.version}; install without --ignore-scripts.`);
  process.exit(1);
}
const entry = ['chat', 'migrate'].includes(process.argv[2]) ? process.argv[2] : 'server';
if (entry !== 'server') process.argv.splice(2, 1);
try {
  await ensureBuilt();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
// V8's compiled code kept beside the bundle (a rebuild deletes it): later starts skip compiling ~8 MB of JS.
enableCompileCache(join(OUT_DIR, '.compile-cache'));
const mod = await import(pathToFileURL(join(OUT_DIR, `${entry}.mjs`)).href);
// The bundle runs its own main only when it is the process's entry file; here it is imported.
if (entry === 'server') await mod.runMain();
