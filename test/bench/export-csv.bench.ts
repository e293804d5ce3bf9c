// CSV export at 100,000 clients (issue 7: "streamed so memory stays flat at 100,000 clients"): seeds a temp-file
// database in batches (contacts, invoices, notes as in the find-clients bench), then times exportCsv of every
// client and of every contact while sampling the process's RSS every 10 ms. The row names carry the peak RSS
// growth over the level before the export; the bench fails above RSS_LIMIT_MB (a flat stream stays around
// 20-40 MB whatever the size; a file built in memory grows with the rows). The export runs as on the server: in
// the job thread (ctx.jobs, src/threads/), whose memory is the process's too. BENCH_CLIENTS=20000 for a quicker run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_UNDO_WINDOW_MS, silentLog } from '../../src/context';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { exportCsv, type ExportCsvResult } from '../../src/domain/exports/export-csv';
import { createDomainJobs } from '../../src/threads/domain-jobs';
import { seedWorkspace, testCtx } from '../support/factories';
import { defineBench } from './harness';
import { seedClients, seedRelated } from './seed-clients';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const RSS_LIMIT_MB = 100;
const MB = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

/** Runs `fn` while sampling RSS; returns its result and the peak growth over the level at the start. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; start: number; growth: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 10);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, start, growth: peak - start };
  } finally {
    clearInterval(timer);
  }
}

export default defineBench({
  name: 'export-csv',
  async run(measure) {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
    const url = `file:${join(dir, 'bench.db')}`;
    const handle = await openDatabase({ url });
    const jobs = createDomainJobs({ url, lock: handle.lock, log: silentLog, config: { publicUrl: 'http://localhost', allowPrivateFetch: false, undoWindowMs: DEFAULT_UNDO_WINDOW_MS } });
    const written: string[] = [];
    try {
      await migrateDatabase(handle.db);
      const ws = await seedWorkspace(handle.db, { name: 'Bench Studio', currency: 'EUR' });
      await measure(`seed ${CLIENTS} clients with contacts, invoices, notes`, 1, async () => {
        await seedClients(handle.client, ws.workspaceId, CLIENTS, 5_000);
        await seedRelated(handle.client, ws.workspaceId);
      });
      const ctx = { ...testCtx(handle.db, ws.actors.manager), jobs };
      // The thread starts (and loads its code) before the measures: its start-up is neither export time nor RSS growth.
      await exportCsv({ ctx, input: { query: 'no-such-client-anywhere' } });
      for (const kind of ['clients', 'contacts'] as const) {
        let result: ExportCsvResult | undefined;
        let growth = 0;
        let rssBefore = 0;
        const row = await measure(`export every ${kind}`, 1, async () => {
          const r = await withPeakRss(() => exportCsv({ ctx, input: { kind } }));
          result = r.value;
          growth = r.growth;
          rssBefore = r.start;
        });
        const r = result!;
        written.push(r.path);
        const expected = kind === 'clients' ? CLIENTS : Math.floor(CLIENTS / 3);
        if (r.rows !== expected) throw new Error(`exported ${r.rows} ${kind}, expected ${expected}`);
        row.name = `${row.name}: ${r.rows} rows, ${MB(r.bytes)} MB file, RSS ${MB(rssBefore)} MB before, peak +${MB(growth)} MB`;
        console.error(`  ${row.name}`);
        if (MB(growth) > RSS_LIMIT_MB) throw new Error(`RSS grew by ${MB(growth)} MB exporting a ${MB(r.bytes)} MB file: not flat`);
      }
    } finally {
      await jobs?.close();
      handle.close();
      for (const p of written) rmSync(p, { force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
