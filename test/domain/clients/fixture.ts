// Shared setup for the client-core domain tests: a migrated db, two workspaces, contexts per role, row counts.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../../src/context';
import { createTestDb, type TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace, type TestCtx } from '../../support/factories';

export type Fixture = {
  t: TestDb; a: SeededWorkspace; b: SeededWorkspace;
  ctx(role?: Role, ws?: 'a' | 'b'): TestCtx;
  counts(): Promise<Record<string, number>>;
};

/** Registers beforeAll/afterAll and returns a fixture filled in before the first test. */
export function useFixture(): Fixture {
  const f = {} as Fixture;
  beforeAll(async () => {
    f.t = await createTestDb();
    f.a = await seedWorkspace(f.t.db, { name: 'Studio A', currency: 'EUR' });
    f.b = await seedWorkspace(f.t.db, { name: 'Studio B' });
    f.ctx = (role = 'manager', ws = 'a') => testCtx(f.t.db, (ws === 'a' ? f.a : f.b).actors[role]);
    f.counts = async () => {
      const out: Record<string, number> = {};
      for (const table of ['clients', 'contacts', 'notes', 'activities', 'groups', 'invoices']) {
        const [row] = await f.t.db.all<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`));
        out[table] = Number(row.n);
      }
      return out;
    };
  });
  afterAll(() => f.t?.cleanup());
  return f;
}

/** Asserts a promise rejects with InvalidInput naming `field`, and returns the error. */
export async function invalidField(p: Promise<unknown>, field: string) {
  const err = await p.then(() => null, (e) => e);
  if (!err) throw new Error(`expected InvalidInput on ${field}, but it succeeded`);
  if (err.code !== 'invalid') throw err;
  const fields = (err.issues as Array<{ field: string }>).map((i) => i.field);
  if (!fields.includes(field)) throw new Error(`expected ${field} among ${fields.join(', ')}: ${err.message}`);
  return err as { issues: Array<{ field: string; message: string }>; message: string };
}
