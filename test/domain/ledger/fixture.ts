// Shared setup for the ledger tests: a migrated db, two workspaces (A in EUR, B in USD), contexts per role,
// a client maker, and row counts of everything a ledger verb may write.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../../src/context';
import { createClient } from '../../../src/domain/clients/create-client';
import { createTestDb, type TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace, type TestCtx } from '../../support/factories';

export type LedgerFixture = {
  t: TestDb; a: SeededWorkspace; b: SeededWorkspace;
  ctx(role?: Role, ws?: 'a' | 'b'): TestCtx;
  client(name: string, ws?: 'a' | 'b', extra?: Record<string, unknown>): Promise<{ id: number; name: string }>;
  counts(): Promise<Record<string, number>>;
};

export function useLedgerFixture(): LedgerFixture {
  const f = {} as LedgerFixture;
  beforeAll(async () => {
    f.t = await createTestDb();
    f.a = await seedWorkspace(f.t.db, { name: 'Studio A', currency: 'EUR' });
    f.b = await seedWorkspace(f.t.db, { name: 'Studio B', currency: 'USD' });
    f.ctx = (role = 'manager', ws = 'a') => testCtx(f.t.db, (ws === 'a' ? f.a : f.b).actors[role]);
    f.client = async (name, ws = 'a', extra = {}) => {
      const r = await createClient({ ctx: f.ctx('manager', ws), input: { name, insist: true, ...extra } });
      return { id: r.client.id, name: r.client.name };
    };
    f.counts = async () => {
      const out: Record<string, number> = {};
      for (const table of ['projects', 'invoices', 'payments', 'activities']) {
        const [row] = await f.t.db.all<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`));
        out[table] = Number(row.n);
      }
      const [paid] = await f.t.db.all<{ s: number | null }>(sql`SELECT sum(amount_paid_cents) AS s FROM invoices`);
      out.paidCents = Number(paid.s ?? 0);
      return out;
    };
  });
  afterAll(() => f.t?.cleanup());
  return f;
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; issues?: Array<{ field: string }>; toJSON(): Record<string, unknown>; [k: string]: unknown }> {
  const err = await p.then(() => null, (e) => e);
  if (!err) throw new Error('expected a rejection, but it succeeded');
  return err;
}
