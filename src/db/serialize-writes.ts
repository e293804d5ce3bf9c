// One writer at a time inside this process, for local files. libSQL's native calls are synchronous: a
// BEGIN IMMEDIATE that waits on busy_timeout blocks the event loop, so it can never see the lock released by
// another transaction of the same process and fails with SQLITE_BUSY after 5 s (tested). Queueing writers
// here leaves busy_timeout for other processes, which is what it is for.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client';
import { DomainError } from '../errors';

type Hold = { active: boolean };

export type WriteLock = {
  /** Runs fn holding the lock; re-entrant within fn's async flow. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  /** Takes the lock until the returned release is called (idempotent). */
  acquire(): Promise<() => void>;
  held(): boolean;
};

// SQLite has no fair queue between processes: a waiter polls (every 100 ms at most) and a process that
// commits back to back keeps winning. After a long streak we leave a gap longer than one poll.
const FAIR_SLICE_MS = 250;
const FAIR_PAUSE_MS = 120;

export function createWriteLock(): WriteLock {
  const als = new AsyncLocalStorage<Hold>();
  let tail: Promise<void> = Promise.resolve();
  let waiting = 0;
  let streakStart: number | null = null;
  const acquire = async (): Promise<() => void> => {
    let free!: () => void;
    const prev = tail;
    tail = new Promise<void>((r) => { free = r; });
    waiting++;
    await prev;
    waiting--;
    streakStart ??= Date.now();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (waiting === 0) {
        streakStart = null;
        free();
      } else if (Date.now() - streakStart! >= FAIR_SLICE_MS) {
        streakStart = null;
        setTimeout(free, FAIR_PAUSE_MS);
      } else {
        free();
      }
    };
  };
  const held = () => als.getStore()?.active === true;
  return {
    acquire,
    held,
    async run(fn) {
      if (held()) return fn();
      const release = await acquire();
      const hold: Hold = { active: true };
      try {
        return await als.run(hold, fn);
      } finally {
        // Work spawned inside fn that outlives it must queue like everyone else.
        hold.active = false;
        release();
      }
    },
  };
}

const READ_ONLY = /^\s*(select|explain|values)\b/i;
const READ_PRAGMA = /^\s*pragma\s+[\w.]+\s*;?\s*$/i;
const WRITE_WORD = /\b(insert|update|delete|replace|create|drop|alter)\b/i;

/** Whether a statement can only read (runs without the lock; WAL readers never wait). */
export function isReadStatement(stmt: InStatement): boolean {
  const text = typeof stmt === 'string' ? stmt : stmt.sql;
  if (READ_ONLY.test(text) || READ_PRAGMA.test(text)) return true;
  return /^\s*with\b/i.test(text) && !WRITE_WORD.test(text);
}

/**
 * The same client, with every write (statement, batch, transaction) queued behind the lock. A write that fails
 * with SQLITE_BUSY leaves its pooled connection on a stale snapshot (the failed statement is never reset, so
 * later reads on it miss newer commits and its next BEGIN IMMEDIATE fails at once, until GC: tested on 0.18.0),
 * so the pool is reopened then, once no read transaction is using it.
 */
export function serializeClient(client: Client, lock: WriteLock): Client {
  let readTxs = 0;
  let stale = false;
  const heal = async (e: unknown) => {
    if (!isBusyError(e)) return;
    stale = true;
    if (readTxs === 0) { stale = false; await client.reconnect(); }
  };
  const guarded = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      await heal(e);
      throw e;
    }
  };
  const wrapTx = (tx: Transaction, release: () => void): Transaction =>
    new Proxy(tx, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (prop === 'commit' || prop === 'rollback') {
          return async () => { try { return await guarded(() => value.call(target)); } finally { release(); } };
        }
        if (prop === 'close') return () => { try { value.call(target); } finally { release(); } };
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const readDone = () => {
    readTxs--;
    if (readTxs === 0 && stale) { stale = false; void client.reconnect(); }
  };
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      switch (prop) {
        case 'execute':
          return (stmt: InStatement, args?: unknown) =>
            isReadStatement(stmt) ? value.call(target, stmt, args) : lock.run(() => guarded(() => value.call(target, stmt, args)));
        case 'batch':
          return (stmts: InStatement[], mode?: TransactionMode) =>
            mode === 'read' ? value.call(target, stmts, mode) : lock.run(() => guarded(() => value.call(target, stmts, mode)));
        case 'migrate':
        case 'executeMultiple':
          return (arg: unknown) => lock.run(() => guarded(() => value.call(target, arg)));
        case 'transaction':
          return async (mode?: TransactionMode) => {
            if (mode === 'read') {
              readTxs++;
              let open = true;
              const done = () => { if (open) { open = false; readDone(); } };
              const tx = await value.call(target, mode).catch((e: unknown) => { done(); throw e; });
              return wrapTx(tx, done);
            }
            const release = lock.held() ? () => {} : await lock.acquire();
            try {
              return wrapTx(await guarded(() => value.call(target, mode)), release);
            } catch (e) {
              release();
              throw e;
            }
          };
        default:
          return value.bind(target);
      }
    },
  });
}

/** Whether an error is SQLite's "database is locked" (another process kept the write lock past busy_timeout). */
export function isBusyError(e: unknown): boolean {
  const err = e as { code?: unknown; rawCode?: unknown; message?: unknown; cause?: unknown } | null;
  if (!err || typeof err !== 'object') return false;
  if (typeof err.code === 'string' && err.code.startsWith('SQLITE_BUSY')) return true;
  if (err.rawCode === 5) return true;
  return err.cause ? isBusyError(err.cause) : false;
}

export class DatabaseBusy extends DomainError {
  constructor(cause: unknown) {
    super('unavailable', 'The database is busy: another process has held the write lock for more than 5 seconds. Nothing was changed; try again.');
    this.cause = cause;
  }
}
