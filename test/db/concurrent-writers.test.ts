// D6/D7: many writers on one database, in this process and in two others, never surface SQLITE_BUSY, and
// read-then-write transactions never fail on a lock upgrade (write transactions are BEGIN IMMEDIATE).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, onSqld, type TestDb } from '../support/db';
import { spawnChild } from './children/spawn-child';
import { count, createStressTables } from './children/stress-tables';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await createStressTables(t.client);
});
afterAll(() => t.cleanup());

const counter = async () => Number((await t.client.execute('SELECT n FROM stress_counter WHERE id = 1')).rows[0].n);

describe('concurrent writers', () => {
  it('40 read-then-write transactions in one process: every one commits, none is lost', async () => {
    const start = await counter();
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => t.db.transaction(async (tx) => {
      const [row] = await tx.all<{ n: number }>(sql`SELECT n FROM stress_counter WHERE id = 1`);
      await new Promise((r) => setTimeout(r, i % 3)); // yield while holding the transaction
      await tx.run(sql`INSERT INTO stress_rows (tag, worker, seq, seen) VALUES ('local', 0, ${i}, ${row.n})`);
      await tx.run(sql`UPDATE stress_counter SET n = ${row.n + 1} WHERE id = 1`);
    })));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await count(t.client, "tag = 'local'")).toBe(40);
    expect(await counter()).toBe(start + 40);
  });

  it('2 processes x 8 async workers: 0 SQLITE_BUSY, the exact row count, and no lost increment', async () => {
    const start = await counter();
    // Small counts keep this to seconds (each commit is an fsync; over HTTP a round trip per statement).
    const [workers, perWorker] = [8, onSqld ? 4 : 15];
    const children = ['a', 'b'].map((tag) => spawnChild('write-workers.ts', [t.url, String(workers), String(perWorker), tag]));
    const reports = await Promise.all(children.map(async (c) => {
      const line = await c.waitFor((l) => l.startsWith('{'));
      const exit = await c.exited;
      expect(exit.code, exit.stderr).toBe(0);
      return JSON.parse(line) as { committed: number; errors: string[] };
    }));
    const each = workers * perWorker;
    expect(reports.flatMap((r) => r.errors)).toEqual([]);
    expect(reports.map((r) => r.committed)).toEqual([each, each]);
    expect(await count(t.client, "tag IN ('a', 'b')")).toBe(2 * each);
    // Each transaction read the counter and wrote it back + 1: a lost update would leave it short.
    expect(await counter()).toBe(start + 2 * each);
  }, 120_000);
});
