// D1/D2/D4: a child process writing many rows in one transaction is SIGKILLed at random points. Afterwards the
// file passes integrity_check, each batch is all there or not there at all, every batch whose COMMIT returned
// (the child said so) is there, and the work can be resumed to the exact total. A local file only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, onSqld, type TestDb } from '../support/db';
import { openDatabase } from '../../src/db/client';
import { spawnChild } from './children/spawn-child';
import { count, createStressTables } from './children/stress-tables';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await createStressTables(t.client);
});
afterAll(() => t.cleanup());

const ROWS = 1500;
const RUNS = 6;

describe('a writer killed mid-transaction', () => {
  it.runIf(!onSqld)(`leaves every batch all-or-nothing over ${RUNS} random kills, and resumes to the exact total`, async () => {
    const acknowledged: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const batch = `kill-${run}`;
      const child = spawnChild('bulk-write.mjs', [t.url, batch, String(ROWS)]);
      await child.waitFor((l) => l === 'started');
      // Kill points spread from "before the first insert" to "around COMMIT" (a run takes ~20-100 ms);
      // the first run dies at once, so at least one transaction is surely cut.
      await new Promise((r) => setTimeout(r, run === 0 ? 0 : Math.floor(Math.random() * 80)));
      child.proc.kill('SIGKILL');
      await child.exited;
      if (child.lines.includes(`committed ${batch}`)) acknowledged.push(batch);
    }

    // Reopen the file as a fresh process would.
    const reopened = await openDatabase({ url: t.url });
    try {
      const integrity = await reopened.client.execute('PRAGMA integrity_check');
      expect(integrity.rows.map((r) => r[0])).toEqual(['ok']);
      const complete: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        const n = await count(reopened.client, 'tag = ?', [`kill-${run}`]);
        if (n === ROWS) complete.push(`kill-${run}`);
        expect([0, ROWS], `batch kill-${run} has ${n} rows`).toContain(n);
        if (acknowledged.includes(`kill-${run}`)) expect(n).toBe(ROWS);
      }
      expect(complete.length, 'some kill must have cut a transaction').toBeLessThan(RUNS);
      // Resume: redo the batches that are missing, without killing.
      for (let run = 0; run < RUNS; run++) {
        if (await count(reopened.client, 'tag = ?', [`kill-${run}`]) === ROWS) continue;
        const child = spawnChild('bulk-write.mjs', [t.url, `kill-${run}`, String(ROWS)]);
        expect((await child.exited).code).toBe(0);
      }
      expect(await count(reopened.client, "tag LIKE 'kill-%'")).toBe(RUNS * ROWS);
    } finally {
      reopened.close();
    }
  }, 120_000);
});
