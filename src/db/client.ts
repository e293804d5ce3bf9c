// Opens the libSQL database (a local file, :memory:, a libSQL server over http/ws, or an embedded replica).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema';
import { createWriteLock, DatabaseBusy, isBusyError, serializeClient, type WriteLock } from './serialize-writes';

export type Db = LibSQLDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: reads and writes accept both. */
export type DbOrTx = Db | Tx;
/** `lock`: this process's writer queue for a local file (a worker thread's connection takes it too, write-lock-port.ts). */
export type DbHandle = { db: Db; client: Client; url: string; close(): void; lock?: WriteLock };

/**
 * `lock`: a writer queue shared with another thread's connection to the same file (default: a new one).
 * `syncInterval`: an embedded replica's seconds between background syncs from the primary (0/none: at open only).
 */
export type DatabaseOptions = { url: string; authToken?: string; syncUrl?: string; syncInterval?: number; lock?: WriteLock };

// A busy timeout on every pooled connection (a PRAGMA sent once reaches only one of them).
const BUSY_TIMEOUT_MS = 5000;

export async function openDatabase(opts: DatabaseOptions): Promise<DbHandle> {
  const isFile = opts.url.startsWith('file:');
  if (isFile) {
    const path = opts.url.slice('file:'.length).split('?')[0];
    if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  }
  const raw = createClient({
    url: opts.url,
    authToken: opts.authToken,
    syncUrl: opts.syncUrl,
    // libSQL syncs on a thread of its own: the event loop never waits on the primary (a blocking sync() would,
    // for as long as an unreachable primary keeps it retrying).
    ...(opts.syncUrl && opts.syncInterval ? { syncInterval: opts.syncInterval } : {}),
    timeout: BUSY_TIMEOUT_MS,
  });
  // A local file queues this process's writers (see serialize-writes.ts); a server orders them itself.
  const lock = opts.lock ?? createWriteLock();
  const client = isFile ? serializeClient(raw, lock) : raw;
  if (isFile && !opts.syncUrl) {
    // WAL persists in the file itself; foreign keys are on for every libSQL connection.
    await client.execute('PRAGMA journal_mode = WAL');
  }
  if (opts.syncUrl) await client.sync();
  // drizzle runs db.transaction() as BEGIN IMMEDIATE: the write lock is taken up front, so a
  // read-then-write transaction never fails on a lock upgrade.
  const db = drizzle(client, { schema });
  const transaction = db.transaction.bind(db);
  // drizzle rolls back on any error; a lock held past busy_timeout becomes a clear, typed error (#352).
  const queue = isFile ? lock.run : <T>(fn: () => Promise<T>) => fn();
  db.transaction = ((fn, config) => queue(async () => {
    try {
      return await transaction(fn, config);
    } catch (e) {
      throw isBusyError(e) ? new DatabaseBusy(e) : e;
    }
  })) as Db['transaction'];
  return { db, client, url: opts.url, close: () => client.close(), ...(isFile ? { lock } : {}) };
}
