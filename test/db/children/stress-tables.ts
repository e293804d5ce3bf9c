// Plain tables for the storage tests, beside the product's schema (they exercise the engine, not the model).
import type { Client } from '@libsql/client';

export async function createStressTables(client: Client): Promise<void> {
  await client.batch([
    'CREATE TABLE IF NOT EXISTS stress_rows (id INTEGER PRIMARY KEY, tag TEXT NOT NULL, worker INTEGER NOT NULL, seq INTEGER NOT NULL, seen INTEGER NOT NULL)',
    'CREATE TABLE IF NOT EXISTS stress_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)',
    'INSERT OR IGNORE INTO stress_counter (id, n) VALUES (1, 0)',
  ], 'write');
}

export async function count(client: Client, where = '1 = 1', args: Array<string | number> = []): Promise<number> {
  const r = await client.execute({ sql: `SELECT count(*) AS n FROM stress_rows WHERE ${where}`, args });
  return Number(r.rows[0].n);
}
