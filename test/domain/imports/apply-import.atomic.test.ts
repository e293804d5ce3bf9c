// applyImport decides its rows before taking the write lock and writes them in batches that give the loop back:
// a failure in the middle of the writes still leaves nothing, and a client added while the rows were being
// decided is seen (the rows are decided again inside the transaction), never duplicated.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, clients, contacts, csvImports } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

const ROWS = 3000;
const file = (prefix: string) => ['Company,Email,Contact', ...Array.from({ length: ROWS }, (_, i) =>
  `${prefix} ${i + 1},hello@${prefix.toLowerCase().replace(/\W/g, '')}-${i + 1}.test,Pat ${i + 1}`)].join('\n');

let t: TestDb, ws: SeededWorkspace;
beforeAll(async () => { ({ t, ws } = await seededTestDb()); });
afterAll(() => t.cleanup());

const count = async (table: typeof clients | typeof contacts | typeof activities) =>
  (await t.db.select({ n: sql<number>`count(*)` }).from(table).where(eq(table.workspaceId, ws.workspaceId)))[0].n;

describe('applyImport in slices', () => {
  it('a failure half way through the writes leaves nothing applied, and the import can be applied later', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const dry = await importCsv({ ctx, input: { content: file('Atomic Co'), filename: 'atomic.csv' } });
    const before = { clients: await count(clients), contacts: await count(contacts), activities: await count(activities) };
    // Row 2,200 fails in the database itself, after earlier batches were written inside the transaction.
    await t.client.execute(`CREATE TRIGGER fail_mid_import BEFORE INSERT ON clients WHEN NEW.name = 'Atomic Co 2200'
      BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    const writes: number[] = [];
    const err = await applyImport({ ctx, input: { importId: dry.importId }, onProgress: (p) => { if (p.phase === 'writing') writes.push(p.done); } })
      .then(() => null, (e: Error) => e);
    expect(String((err?.cause as Error | undefined)?.message ?? err)).toMatch(/disk on fire/);
    expect(writes.length).toBeGreaterThan(0);
    expect({ clients: await count(clients), contacts: await count(contacts), activities: await count(activities) }).toEqual(before);
    expect((await t.db.select().from(csvImports).where(eq(csvImports.id, dry.importId)))[0].status).toBe('failed');

    await t.client.execute('DROP TRIGGER fail_mid_import');
    expect(await applyImport({ ctx, input: { importId: dry.importId } })).toMatchObject({ created: ROWS, alreadyApplied: false });
    expect(await count(clients)).toBe(before.clients + ROWS);
    expect(await applyImport({ ctx, input: { importId: dry.importId } })).toMatchObject({ alreadyApplied: true });
    expect(await count(clients)).toBe(before.clients + ROWS);
  });

  it('a client created while the rows are being decided is matched, not imported a second time', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const dry = await importCsv({ ctx, input: { content: file('Racing Co'), filename: 'race.csv' } });
    let checking!: () => void;
    const started = new Promise<void>((ok) => { checking = ok; });
    // The last "checking" step: the rows are decided, the write transaction not begun.
    const applying = applyImport({ ctx, input: { importId: dry.importId }, onProgress: (p) => { if (p.phase === 'checking' && p.done === p.total) checking(); } });
    await started;
    const made = await createClient({ ctx: testCtx(t.db, ws.actors.manager), input: { name: 'Racing Co 2' } });
    const report = await applying;
    const named = await t.db.select({ id: clients.id }).from(clients)
      .where(and(eq(clients.workspaceId, ws.workspaceId), eq(clients.name, 'Racing Co 2')));
    expect(named).toHaveLength(1);
    // When the new client came first, the import saw it: row 2 became an update of it.
    if (made.created) expect(report).toMatchObject({ created: ROWS - 1, updated: 1 });
    else expect(report).toMatchObject({ created: ROWS });
  });
});
