// Opens the libSQL database (a local file, :memory:, a libSQL server over http/ws, or an embedded replica).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema';

export type Db = LibSQLDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: reads and writes accept both. */
export type DbOrTx = Db | Tx;
export type DbHandle = { db: Db; client: Client; url: string; close(): void };

export type DatabaseOptions = { url: string; authToken?: string; syncUrl?: string };

// A busy timeout on every pooled connection (a PRAGMA sent once reaches only one of them).
const BUSY_TIMEOUT_MS = 5000;

export async function openDatabase(opts: DatabaseOptions): Promise<DbHandle> {
  const isFile = opts.url.startsWith('file:');
  if (isFile) {
    const path = opts.url.slice('file:'.length).split('?')[0];
    if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient({
    url: opts.url,
    authToken: opts.authToken,
    syncUrl: opts.syncUrl,
    timeout: BUSY_TIMEOUT_MS,
  });
  if (isFile && !opts.syncUrl) {
    // WAL persists in the file itself; foreign keys are on for every libSQL connection.
    await client.execute('PRAGMA journal_mode = WAL');
  }
  if (opts.syncUrl) await client.sync();
  // drizzle runs db.transaction() as BEGIN IMMEDIATE: the write lock is taken up front, so a
  // read-then-write transaction never fails on a lock upgrade.
  const db = drizzle(client, { schema });
  return { db, client, url: opts.url, close: () => client.close() };
}
