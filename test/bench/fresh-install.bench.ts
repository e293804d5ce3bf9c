// A fresh install (issue 15): the time of `npm ci` on a copy of the repository (npm's cache as the machine has
// it), and of a production install (`npm ci --omit=dev`) with its size, beside the full install's; then the
// product runs from the production install (`npm start` on a new database, the build made beforehand, as a
// deployment ships it) to a healthy /healthz. Minutes of work: on by default only at full scale
// (BENCH_INSTALL=1 forces it, 0 skips it).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare, defineBench, summarize, type BenchRow } from './harness';
import { ROOT, startServerProcess } from './spawn-server';

const ENABLED = process.env.BENCH_INSTALL ? process.env.BENCH_INSTALL === '1' : !process.env.BENCH_CLIENTS;
const COPY = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts', 'src', 'tools', 'prompts', 'emails', 'models', 'drizzle', 'dist'];
const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);

function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-install-'));
  // Timestamps kept, so the copied build still matches its sources (start-server.mjs compares them).
  for (const p of COPY) cpSync(join(ROOT, p), join(dir, p), { recursive: true, preserveTimestamps: true });
  return dir;
}

function npmCi(dir: string, args: string[]): number {
  const start = performance.now();
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error', ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - start;
}

const sizeOf = (path: string) => Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);

export default defineBench({
  name: 'fresh-install',
  async run(measure) {
    if (!ENABLED) {
      console.error('  skipped (BENCH_INSTALL=1 runs it)');
      return;
    }
    const add = async (row: BenchRow) => Object.assign(await measure(row.name, 1, async () => {}), row);
    const full = copyRepo();
    const prod = copyRepo();
    try {
      const fullMs = npmCi(full, []);
      const prodMs = npmCi(prod, ['--omit=dev']);
      const fullBytes = sizeOf(join(full, 'node_modules'));
      const prodBytes = sizeOf(join(prod, 'node_modules'));
      const nodeBytes = sizeOf(join(prod, 'node_modules', 'node'));
      await add(summarize('fresh-install', 'npm ci --omit=dev (production install)', [prodMs]));
      await add(compare(summarize('fresh-install', 'npm ci (full install, dev tools included)', [fullMs]), { baseline: 'npm ci --omit=dev', baselineValue: prodMs }));
      await add(Object.assign(summarize('fresh-install', 'full install size', [0]), { value: MB(fullBytes), unit: 'MB' }));
      await add(compare(Object.assign(summarize('fresh-install', `production install size (of it ${MB(nodeBytes)} MB the Node 24 binary)`, [0]),
        { value: MB(prodBytes), unit: 'MB' }), { baseline: 'full install MB', baselineValue: MB(fullBytes) }));
      const server = await startServerProcess('npm-start', { DATABASE_URL: `file:${join(prod, 'data', 'app.db')}`, DATA_DIR: join(prod, 'data') }, { cwd: prod });
      await server.stop();
      await add(summarize('fresh-install', 'npm start from the production install to a healthy /healthz (new database)', [server.readyMs]));
    } finally {
      rmSync(full, { recursive: true, force: true });
      rmSync(prod, { recursive: true, force: true });
    }
  },
});
