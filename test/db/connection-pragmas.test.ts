// D5: settings made per connection must hold on every pooled connection, including while a transaction holds
// one (a PRAGMA sent with execute() reaches a single connection: libsql-client-ts #288).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Transaction } from '@libsql/client';
import { createTestDb, onSqld, type TestDb } from '../support/db';

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(() => t.cleanup());

type Pragmas = { busy: number; fk: number };
const num = (rows: Array<Record<string, unknown>>) => Number(Object.values(rows[0])[0]);

describe('connection settings on every pooled connection', () => {
  it('100 transactions, each with a concurrent plain statement, all see foreign keys on (and a 5 s busy timeout on a file)', async () => {
    const seen: Pragmas[] = [];
    const readVia = async (q: { all: typeof t.db.all }): Promise<Pragmas> => ({
      busy: num(await q.all(sql`PRAGMA busy_timeout`)),
      fk: num(await q.all(sql`PRAGMA foreign_keys`)),
    });
    await Promise.all(Array.from({ length: 100 }, () => t.db.transaction(async (tx) => {
      const [inside, outside] = await Promise.all([readVia(tx), readVia(t.db)]);
      seen.push(inside, outside);
    })));
    expect(seen).toHaveLength(200);
    expect(seen.filter((p) => p.fk !== 1)).toEqual([]);
    if (!onSqld) expect(seen.filter((p) => p.busy !== 5000)).toEqual([]);
  });

  it('holds while many connections are open at once', async () => {
    // Read transactions are not queued, so 12 of them hold 12 distinct connections together.
    const txs: Transaction[] = await Promise.all(Array.from({ length: 12 }, () => t.client.transaction('read')));
    try {
      const results = await Promise.all(txs.map(async (tx) => ({
        busy: Number((await tx.execute('PRAGMA busy_timeout')).rows[0][0]),
        fk: Number((await tx.execute('PRAGMA foreign_keys')).rows[0][0]),
      })));
      const plain = Number((await t.client.execute('PRAGMA foreign_keys')).rows[0][0]);
      expect(plain).toBe(1);
      expect(results.every((r) => r.fk === 1)).toBe(true);
      if (!onSqld) expect(results.map((r) => r.busy)).toEqual(Array(12).fill(5000));
    } finally {
      for (const tx of txs) tx.close();
    }
  });

  it('enforces foreign keys in a transaction: an orphan row is refused and nothing is kept', async () => {
    const before = await t.client.execute('SELECT count(*) AS n FROM contacts');
    const err = await t.db.transaction(async (tx) => {
      await tx.run(sql`INSERT INTO contacts (workspace_id, client_id, name) VALUES (999999, 999999, 'Orphan')`);
    }).catch((e: Error) => e);
    expect(String((err as Error & { cause?: Error }).cause?.message)).toMatch(/FOREIGN KEY/i);
    const after = await t.client.execute('SELECT count(*) AS n FROM contacts');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
