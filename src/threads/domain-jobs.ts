// ctx.jobs on Node: long domain jobs (an import's dry run and apply, a CSV export) run in one worker thread with its own database
// connection, so the server's event loop keeps answering (/healthz, Slack acks, progress lines) while they run.
// The thread starts with the first job and stops after a while idle; a thread that dies fails its jobs (its
// connection's open transaction is rolled back with it, so nothing is half-applied).
// A local file's writers stay one at a time across both threads (write-lock-port.ts); a libSQL server orders
// them itself. `:memory:` and embedded replicas have no second connection to the same data: no jobs there.
import { Worker } from 'node:worker_threads';
import type { DomainConfig, DomainJobs, Log } from '../context';
import type { WriteLock } from '../db/serialize-writes';
import { serveWriteLock } from '../db/write-lock-port';
import type { ExportCsvResult, ExportProgress } from '../domain/exports/write-export-csv';
import type { ApplyImportResult } from '../domain/imports/apply-import-rows';
import type { ImportReport } from '../domain/imports/import-report';
import type { Progress } from '../domain/imports/plan-import';
import type { FromThread, ThreadData, ToThread } from './apply-import-thread';
import { createExportFiles, newExportId } from '../files/export-files';
import { errorFromData } from './job-errors';

// As long as a kept dry-run plan lives (kept-plans.ts): the thread holds them.
const IDLE_MS = 15 * 60_000;
const STOP_WAIT_MS = 10_000;
export type NodeJobs = DomainJobs & { close(): Promise<void> };
// `cleanUp`: what a job leaves behind if its thread ends under it (an export's partial file).
type Pending = { ok(r: unknown): void; fail(e: Error): void; onProgress?: (p: never) => void; cleanUp?: () => void };

/** Where the thread's code is: beside the bundle in production, else bundled from the sources now (dev, tests). */
async function threadEntry(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts')) return new URL('./apply-import-thread.mjs', import.meta.url);
  const build = new URL('../../scripts/build-thread.mjs', import.meta.url).href;
  const { buildDevThread } = await import(build) as { buildDevThread(): Promise<URL> };
  return buildDevThread();
}

/** `stopWaitMs`: how long close() lets a running job stop by itself before ending its thread (tests shorten it). */
export function createDomainJobs(opts: {
  url: string; authToken?: string; syncUrl?: string; lock?: WriteLock; config: DomainConfig; log: Log; stopWaitMs?: number;
}): NodeJobs | undefined {
  if (opts.syncUrl || opts.url.includes(':memory:')) return undefined;
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const data: ThreadData = { url: opts.url, authToken: opts.authToken, shareLock: !!opts.lock, config: opts.config, stop: stop.buffer as SharedArrayBuffer };
  const pending = new Map<number, Pending>();
  let next = 0;
  let thread: Promise<Worker> | null = null;
  let current: Worker | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const start = (): Promise<Worker> => (thread ??= threadEntry().then((entry) => {
    // The thread runs bundled JavaScript: a TypeScript loader the process was started with (tsx) is not passed on.
    const execArgv = process.execArgv.filter((a, i, all) => !/tsx/.test(a) && !(/^--(import|loader|require)$/.test(a) && /tsx/.test(all[i + 1] ?? '')));
    const worker = new Worker(entry, { workerData: data, name: 'clientele-jobs', execArgv });
    current = worker;
    const freeLocks = opts.lock ? serveWriteLock(worker, opts.lock) : () => {};
    worker.on('message', (m: FromThread) => {
      if ('log' in m) return opts.log[m.log](m.obj, m.msg);
      const p = pending.get(m.job);
      if (!p) return;
      if ('progress' in m) return p.onProgress?.(m.progress as never);
      pending.delete(m.job);
      if ('result' in m) p.ok(m.result);
      else p.fail(errorFromData(m.error));
      settle(worker);
    });
    const stopped = (why: string) => {
      freeLocks();
      if (current === worker) {
        current = null;
        thread = null;
      }
      for (const p of pending.values()) {
        // The thread could not remove what it had written: the main thread does, now that the thread is gone.
        try { p.cleanUp?.(); } catch (err) { opts.log.error({ err }, 'could not clean up after a stopped job'); }
        p.fail(new Error(`The job stopped before it finished (${why}); nothing of it was saved.`));
      }
      pending.clear();
    };
    worker.on('error', (err) => { opts.log.error({ err }, 'job thread failed'); stopped(err.message); });
    worker.on('exit', (code) => stopped(`its thread exited with code ${code}`));
    worker.unref();
    return worker;
  }).catch((err) => { thread = null; throw err; }));

  // While a job runs the thread keeps the process alive (a one-shot terminal command waits for it); idle, it does not.
  const settle = (worker: Worker) => {
    if (pending.size) return;
    worker.unref();
    clearTimeout(idle);
    idle = setTimeout(() => { if (!pending.size) void worker.terminate(); }, IDLE_MS);
    idle.unref();
  };

  const send = async <R>(m: Omit<ToThread, 'job'> & Record<string, unknown>, onProgress?: Progress | ExportProgress, cleanUp?: () => void): Promise<R> => {
    const worker = await start();
    clearTimeout(idle);
    worker.ref();
    const id = ++next;
    const done = new Promise<R>((ok, fail) => pending.set(id, { ok: ok as (r: unknown) => void, fail, onProgress, cleanUp }));
    worker.postMessage({ ...m, job: id });
    return done;
  };

  return {
    importCsv: (check, onProgress) => send<ImportReport>({ check }, onProgress),
    applyImport: (apply, onProgress) => send<ApplyImportResult>({ apply }, onProgress),
    // The export's file id is chosen here, so a file cut short by ending the thread can be removed at once.
    exportCsv: (job, onProgress) => {
      const fileId = newExportId();
      return send<ExportCsvResult>({ export: job, fileId }, onProgress, () => createExportFiles(job.dir).discard(fileId));
    },
    async close() {
      clearTimeout(idle);
      const t = thread;
      thread = null;
      // A running job is asked to stop at its next batch and roll back; the thread ends once it has (or after a while).
      if (pending.size) {
        Atomics.store(stop, 0, 1);
        const settled = Promise.all([...pending.values()].map((p) => new Promise<void>((done) => {
          const { ok, fail } = p;
          p.ok = (r) => { ok(r); done(); };
          p.fail = (e) => { fail(e); done(); };
        })));
        await Promise.race([settled, new Promise((done) => setTimeout(done, opts.stopWaitMs ?? STOP_WAIT_MS).unref())]);
      }
      if (t) await (await t.catch(() => null))?.terminate();
      Atomics.store(stop, 0, 0);
    },
  };
}
