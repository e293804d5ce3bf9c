// `npm run bench [-- <filter>...]`: runs every test/bench/*.bench.ts (or those whose file name contains the filter),
// prints one table and writes bench-results.json. Adding a bench is adding one file that default-exports
// defineBench(...) (see harness.ts); a file that instead exports `bench*` functions returning
// { name, samples, p50Ms, p95Ms|p99Ms, maxMs } is run too.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMeasure, type Bench, type BenchRow } from './harness';

const DIR = import.meta.dirname;
// Any number of filters: a file runs when its name contains one of them (all files without any).
const filters = process.argv.slice(2);
const files = readdirSync(DIR).filter((f) => f.endsWith('.bench.ts') && (!filters.length || filters.some((x) => f.includes(x)))).sort();

type Figures = { name: string; samples: number; p50Ms: number; p95Ms?: number; p99Ms?: number; maxMs: number };
const isBench = (v: unknown): v is Bench => !!v && typeof v === 'object' && typeof (v as Bench).run === 'function';

const rows: Array<BenchRow & { p99Ms?: number }> = [];
const failures: string[] = [];
for (const file of files) {
  const bench = file.replace(/\.bench\.ts$/, '');
  console.error(`bench ${bench} ...`);
  try {
    const mod = await import(pathToFileURL(join(DIR, file)).href) as Record<string, unknown>;
    if (isBench(mod.default)) {
      await mod.default.run(createMeasure(bench, rows));
      continue;
    }
    for (const [key, fn] of Object.entries(mod)) {
      if (!key.startsWith('bench') || typeof fn !== 'function') continue;
      const out = await (fn as () => Promise<Figures | Figures[]>)();
      for (const f of Array.isArray(out) ? out : [out]) {
        rows.push({ bench, name: f.name, iterations: f.samples, p50Ms: f.p50Ms, p95Ms: f.p95Ms ?? NaN, p99Ms: f.p99Ms, maxMs: f.maxMs, meanMs: NaN });
      }
    }
  } catch (err) {
    failures.push(`${bench}: ${(err as Error).stack ?? err}`);
  }
}

const blank = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '' : n);
console.table(rows.map((r) => ({
  bench: r.bench, name: r.name, n: r.iterations, p50Ms: blank(r.p50Ms), p95Ms: blank(r.p95Ms), p99Ms: blank(r.p99Ms), maxMs: blank(r.maxMs),
  value: r.value === undefined ? '' : `${r.value} ${r.unit ?? ''}`.trim(), baseline: r.baseline === undefined ? '' : `${r.baseline}: ${r.baselineValue}`,
  ratio: blank(r.ratio), goal: r.goal ?? '', met: r.met === undefined ? '' : r.met ? 'yes' : 'NO',
})));
const out = resolve(DIR, '../../bench-results.json');
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memGb: Math.round(totalmem() / 2 ** 30), loadAvg: loadavg(), os: `${platform()} ${release()}` };
writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, clients: process.env.BENCH_CLIENTS ?? '100000', machine, rows, failures }, null, 2)}\n`);
console.error(`wrote ${out}`);
if (failures.length) {
  console.error(failures.join('\n\n'));
  process.exit(1);
}
process.exit(0);
