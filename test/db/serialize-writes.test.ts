// The in-process write queue (src/db/serialize-writes.ts): which statements queue, and the fair gap that lets
// another process's busy handler in after a long streak (without it, a second process starved past its 5 s
// busy timeout and surfaced SQLITE_BUSY ~2,100 times in a 2 x 2,400 transaction run).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWriteLock, isBusyError, isReadStatement } from '../../src/db/serialize-writes';

afterEach(() => { vi.useRealTimers(); });

describe('write queue', () => {
  it('lets reads through and queues everything that writes', () => {
    for (const q of ['SELECT 1', '  select * from clients', 'PRAGMA busy_timeout', 'WITH x AS (SELECT 1) SELECT * FROM x', 'EXPLAIN QUERY PLAN SELECT 1']) {
      expect(isReadStatement(q), q).toBe(true);
    }
    for (const q of ['INSERT INTO t VALUES (1)', 'update t set a = 1', 'DELETE FROM t', 'PRAGMA journal_mode = WAL', 'CREATE TABLE t (a)',
      'WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x', 'BEGIN IMMEDIATE']) {
      expect(isReadStatement({ sql: q, args: [] }), q).toBe(false);
    }
  });

  it('runs one holder at a time, in arrival order, and is re-entrant within the holder', async () => {
    const lock = createWriteLock();
    const order: string[] = [];
    const job = (name: string) => lock.run(async () => {
      order.push(`${name}+`);
      await lock.run(async () => { order.push(`${name} nested`); });
      await new Promise((r) => setTimeout(r, 1));
      order.push(`${name}-`);
    });
    await Promise.all([job('a'), job('b'), job('c')]);
    expect(order).toEqual(['a+', 'a nested', 'a-', 'b+', 'b nested', 'b-', 'c+', 'c nested', 'c-']);
  });

  it('after a long streak with writers waiting, leaves a gap before the next one', async () => {
    vi.useFakeTimers();
    const lock = createWriteLock();
    const first = await lock.acquire();
    let granted = false;
    const next = lock.acquire().then((release) => { granted = true; return release; });
    await vi.advanceTimersByTimeAsync(300);
    first();
    await vi.advanceTimersByTimeAsync(100);
    expect(granted).toBe(false);
    await vi.advanceTimersByTimeAsync(30);
    expect(granted).toBe(true);
    (await next)();
    // A short hold hands over at once.
    const a = await lock.acquire();
    let bGranted = false;
    const b = lock.acquire().then((release) => { bGranted = true; return release; });
    a();
    await vi.advanceTimersByTimeAsync(0);
    expect(bGranted).toBe(true);
    (await b)();
  });

  it('recognises SQLITE_BUSY however it is wrapped', () => {
    expect(isBusyError({ code: 'SQLITE_BUSY' })).toBe(true);
    expect(isBusyError(new Error('Failed query', { cause: { code: 'SQLITE_BUSY_SNAPSHOT' } }))).toBe(true);
    expect(isBusyError(new Error('UNIQUE constraint failed'))).toBe(false);
  });
});
