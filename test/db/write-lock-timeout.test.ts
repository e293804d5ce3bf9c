// D8: another process keeps the write lock past the 5 s busy timeout. Our write fails with a clear, typed error
// (libsql-client-ts #352: roll back after SQLITE_BUSY), no connection is left inside a BEGIN, and writes succeed
// once the lock is released. A local file only: a libSQL server arbitrates its own locks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, onSqld, type TestDb } from '../support/db';
import { DatabaseBusy } from '../../src/db/serialize-writes';
import { spawnChild } from './children/spawn-child';
import { count, createStressTables } from './children/stress-tables';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await createStressTables(t.client);
});
afterAll(() => t.cleanup());

const insert = (tag: string) => t.db.transaction(async (tx) => {
  await tx.run(sql`INSERT INTO stress_rows (tag, worker, seq, seen) VALUES (${tag}, 0, 0, 0)`);
});

describe('a write lock held by another process', () => {
  it.runIf(!onSqld)('fails with a clear error, changes nothing, then writes succeed once it is released', async () => {
    const holder = spawnChild('hold-lock.mjs', [t.url]);
    await holder.waitFor((l) => l === 'locked');

    const err = await insert('blocked').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseBusy);
    expect((err as DatabaseBusy).code).toBe('unavailable');
    expect((err as Error).message).toMatch(/busy.*try again/i);
    // Reads still work while the other process writes (WAL), and our failed write left nothing behind.
    expect(await count(t.client, "tag = 'blocked'")).toBe(0);

    holder.send('release');
    await holder.waitFor((l) => l === 'released');
    expect((await holder.exited).code).toBe(0);
    // The failed BEGIN must not leave a pooled connection on its old snapshot (it would miss the holder's row).
    expect(await count(t.client, "tag = 'holder'")).toBe(1);

    await Promise.all(Array.from({ length: 5 }, (_, i) => insert(`after-${i}`)));
    expect(await count(t.client, "tag LIKE 'after-%'")).toBe(5);
    expect(await count(t.client, "tag = 'holder'")).toBe(1);

    // Had any of our pooled connections kept an open BEGIN, this other process could not write now.
    const other = spawnChild('write-workers.ts', [t.url, '1', '3', 'other']);
    const report = JSON.parse(await other.waitFor((l) => l.startsWith('{'))) as { committed: number; errors: string[] };
    expect(report).toEqual({ committed: 3, errors: [] });
    await other.exited;
  }, 120_000);
});
