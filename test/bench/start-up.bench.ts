// Start-up to a healthy /healthz on the seeded database (issue 15), beside a bare Node HTTP server started and
// probed the same way. The product's start is scripts/start-server.mjs (what `npm start` runs after npm itself):
// the production bundle in dist/server, built first if stale (built here before timing), with V8's compile cache.
// Also timed: the first start after a build (no compile cache yet), the same start on an empty database (a start
// that grows with the data would show here), and `npm start` with npm's own start-up. Goal < 1 s. No assertion.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDatabase } from './bench-database';
import { compare, defineBench, quantile, summarize, type BenchRow } from './harness';
import { ROOT, startServerProcess, type StartKind } from './spawn-server';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_START_RUNS ?? 7);

function build(): void {
  const r = spawnSync(process.execPath, ['-e', `import('./scripts/build-server.mjs').then((m) => m.buildServer({ quiet: true }))`],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('the production build failed');
}

async function timeStarts(kind: StartKind, env: Record<string, string>, runs: number): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let tries = 0; wall.length < runs && tries < runs * 3; tries++) {
    const s = await startServerProcess(kind, env);
    await s.stop();
    // A start that rebuilt (sources edited meanwhile) is left out; the next one runs on that build.
    if (s.rebuilt) continue;
    wall.push(s.readyMs);
    cpu.push(s.cpuMs);
  }
  return { wall, cpu };
}

export default defineBench({
  name: 'start-up',
  async run(measure) {
    const db = await benchDatabase(CLIENTS);
    const emptyDir = mkdtempSync(join(tmpdir(), 'clientele-bench-empty-'));
    const env = { DATABASE_URL: db.url, DATA_DIR: db.dir };
    const add = async (row: BenchRow) => Object.assign(await measure(row.name, 1, async () => {}), row);
    try {
      build();
      const cold = await timeStarts('product', env, 1);
      const bare = await timeStarts('bare-node', {}, RUNS);
      const warm = await timeStarts('product', env, RUNS);
      const empty = await timeStarts('product', { DATABASE_URL: `file:${join(emptyDir, 'app.db')}`, DATA_DIR: emptyDir }, RUNS);
      const npm = await timeStarts('npm-start', env, Math.min(RUNS, 3));
      const bareP50 = quantile(bare.wall, 0.5);
      const goal = 'p50 < 1,000 ms';
      const row = (name: string, t: { wall: number[]; cpu: number[] }) => {
        const r = summarize('start-up', name, t.wall);
        r.name += `; CPU p50 ${quantile(t.cpu, 0.5)} ms`;
        return r;
      };
      await add(row(`bare Node HTTP server to 200 (baseline)`, bare));
      await add(compare(row(`first start after a build (no compile cache) on ${CLIENTS} clients`, cold),
        { baseline: 'bare node', baselineValue: bareP50, goal, met: cold.wall[0] < 1000 }));
      const w = await add(compare(row(`start (scripts/start-server.mjs) on ${CLIENTS} clients`, warm),
        { baseline: 'bare node', baselineValue: bareP50, goal, met: quantile(warm.wall, 0.5) < 1000 }));
      await add(compare(row('start on an empty database', empty), { baseline: `${CLIENTS} clients`, baselineValue: w.p50Ms }));
      await add(compare(row(`npm start on ${CLIENTS} clients (npm's own start-up included)`, npm),
        { baseline: 'bare node', baselineValue: bareP50, goal, met: quantile(npm.wall, 0.5) < 1000 }));
    } finally {
      db.cleanup();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  },
});
