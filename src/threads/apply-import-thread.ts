// The job thread's entry (a worker_threads Worker started by domain-jobs.ts): its own libSQL connection to the
// same database, whose writes take the main thread's writer queue first (write-lock-port.ts), and the domain's
// long jobs run here, so they never hold the server's event loop: an import's dry run (checkImportRows) and apply
// (applyImportRows), and a CSV export (writeExportCsv, into the same exports folder). Bundled on its own by
// `npm run build` (dist/server/apply-import-thread.mjs) and, from sources, by scripts/build-thread.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { type Ctx, type DomainConfig, type Log, silentLog } from '../context';
import { openDatabase } from '../db/client';
import { writeLockOverPort } from '../db/write-lock-port';
import { writeExportCsv, type ExportCsvJob } from '../domain/exports/write-export-csv';
import { createExportFiles } from '../files/export-files';
import { applyImportRows, type ApplyImportJob } from '../domain/imports/apply-import-rows';
import { checkImportRows, type ImportCsvJob } from '../domain/imports/import-csv';
import { errorToData } from './job-errors';

export type ThreadData = { url: string; authToken?: string; shareLock: boolean; config: DomainConfig; stop: SharedArrayBuffer };
export const STOPPED = 'The job stopped before it finished (the server is stopping); nothing of it was saved.';
export type ToThread = { job: number; apply: ApplyImportJob } | { job: number; check: ImportCsvJob } | { job: number; export: ExportCsvJob; fileId: string };
type JobProgress = { phase: 'checking' | 'writing'; done: number; total: number } | { rows: number };
export type FromThread =
  | { job: number; progress: JobProgress }
  | { job: number; result: unknown }
  | { job: number; error: ReturnType<typeof errorToData> }
  | { log: 'warn' | 'error'; obj: object | string; msg?: string };

const port = parentPort!;
const data = workerData as ThreadData;
const post = (m: FromThread) => port.postMessage(m);
const stop = new Int32Array(data.stop);
// Opened once, on start (jobs that arrive meanwhile wait for it); a failure to open fails each job with its reason.
const opening = openDatabase({ url: data.url, authToken: data.authToken, lock: data.shareLock ? writeLockOverPort(port) : undefined });
opening.catch(() => {});
const log: Log = { ...silentLog, warn: (obj, msg) => post({ log: 'warn', obj, msg }), error: (obj, msg) => post({ log: 'error', obj, msg }) };

async function run(id: number, m: ToThread): Promise<void> {
  const job = 'apply' in m ? m.apply : 'check' in m ? m.check : m.export;
  const now = new Date(job.now);
  try {
    const handle = await opening;
    const ctx: Ctx = {
      db: handle.db, actor: job.actor, now: () => now, log, config: data.config, fetch: globalThis.fetch,
      mailer: { kind: 'log', send: async () => { throw new Error('A job thread sends no email.'); } },
    };
    // Stopping is asked between batches (a flag the main thread sets): the error rolls the transaction back here,
    // which ending the thread in the middle of a native call cannot do safely (it can abort the whole process).
    const onProgress = (progress: JobProgress) => {
      if (Atomics.load(stop, 0)) throw new Error(STOPPED);
      post({ job: id, progress });
    };
    // The dry run keeps its decisions in this thread's memory (kept-plans.ts), where the apply will look for them.
    const result = 'apply' in m ? await applyImportRows(ctx, m.apply, onProgress)
      : 'check' in m ? await checkImportRows(ctx, m.check, onProgress)
      : await writeExportCsv({ ...ctx, files: createExportFiles(m.export.dir, () => m.fileId) }, m.export.filters, { onProgress, pageSize: m.export.pageSize });
    post({ job: id, result });
  } catch (err) {
    post({ job: id, error: errorToData(err) });
  }
}

port.on('message', (m: unknown) => {
  const msg = m as ToThread;
  if (typeof msg?.job === 'number' && ('apply' in msg || 'check' in msg || 'export' in msg)) void run(msg.job, msg);
});
