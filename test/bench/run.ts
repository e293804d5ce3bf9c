// `npm run bench [-- <filter>]`: runs every test/bench/*.bench.ts (or those whose file name contains the filter),
// prints one table and writes bench-results.json. Adding a bench is adding one file that default-exports
// defineBench(...) (see harness.ts); a file that instead exports `bench*` functions returning
// { name, samples, p50Ms, p95Ms|p99Ms, maxMs } is run too.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMeasure, type Bench, type BenchRow } from './harness';

const DIR = import.meta.dirname;
const filter = process.argv[2] ?? '';
const files = readdirSync(DIR).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();

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

console.table(rows.map((r) => ({ ...r, p95Ms: Number.isNaN(r.p95Ms) ? '' : r.p95Ms, meanMs: Number.isNaN(r.meanMs) ? '' : r.meanMs })));
const out = resolve(DIR, '../../bench-results.json');
writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, rows, failures }, null, 2)}\n`);
console.error(`wrote ${out}`);
if (failures.length) {
  console.error(failures.join('\n\n'));
  process.exit(1);
}
process.exit(0);
