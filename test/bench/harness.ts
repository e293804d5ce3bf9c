// A tiny bench harness of our own: a bench file default-exports defineBench({ name, run }); run() calls
// measure(name, iterations, fn) for each case and gets p50/p95/max back. test/bench/run.ts finds the files.
export type BenchRow = {
  bench: string; name: string; iterations: number; p50Ms: number; p95Ms: number; maxMs: number; meanMs: number; p99Ms?: number;
  /** A figure that is not a latency (rows/s, turns/s, MB, s), with its unit. */
  value?: number; unit?: string;
  /** What the figure is measured beside, its value (same unit as value, else ms at the same percentile) and figure/baseline. */
  baseline?: string; baselineValue?: number; ratio?: number;
  /** The goal in words, and whether this run met it. */
  goal?: string; met?: boolean;
};
export type Measure = (name: string, iterations: number, fn: (i: number) => Promise<unknown>) => Promise<BenchRow>;
export type Bench = { name: string; run(measure: Measure): Promise<void> };

export const defineBench = (bench: Bench): Bench => bench;

const round = (n: number) => Math.round(n * 100) / 100;

export function summarize(bench: string, name: string, times: number[]): BenchRow {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return {
    bench, name, iterations: sorted.length,
    p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted[sorted.length - 1]),
    meanMs: round(sorted.reduce((s, t) => s + t, 0) / sorted.length),
  };
}

/** A measure function that times each call one after another and collects the rows. */
export function createMeasure(bench: string, rows: BenchRow[]): Measure {
  return async (name, iterations, fn) => {
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      await fn(i);
      times.push(performance.now() - start);
    }
    const row = summarize(bench, name, times);
    rows.push(row);
    return row;
  };
}

/** Sets a row's baseline and ratio (figure / baseline, two decimals) and, when given, its goal and verdict. */
export function compare(row: BenchRow, c: { baseline: string; baselineValue: number; figure?: number; goal?: string; met?: boolean }): BenchRow {
  const figure = c.figure ?? row.value ?? row.p50Ms;
  Object.assign(row, { baseline: c.baseline, baselineValue: round(c.baselineValue), ratio: round(figure / c.baselineValue), goal: c.goal, met: c.met });
  return row;
}

/** The q-quantile (0..1) of samples, nearest rank. */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]);
}
