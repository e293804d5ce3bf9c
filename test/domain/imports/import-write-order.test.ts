// An import writes what a row-by-row write in file order would: client ids and numbers, then contacts, notes and
// history rows, in the order of the file, with ids never used before (not even a deleted client's); updated
// clients get their new values (their rows are written in id order, their history in file order). A 2,000-row
// file with a duplicate key and updates.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, clients, contacts, notes } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

let t: TestDb, ws: SeededWorkspace;
beforeAll(async () => { ({ t, ws } = await seededTestDb()); });
afterAll(() => t.cleanup());

const WORDS = ['Zeta', 'Alpha', 'Mango', 'Bravo', 'Kilo', 'Echo'];
// Row r (1-based) names a new client, except row 500 (the same client as row 499, by email, with another person)
// and every 400th row (an update of an existing client).
const nameOf = (r: number) => `${WORDS[(r * 5) % WORDS.length]} ${WORDS[(r * 7) % WORDS.length]} ${(r * 7919) % 2000}`;
function file(): string {
  const lines = ['Company,Email,Industry,Contact name,Contact email,Notes'];
  for (let r = 1; r <= 2000; r++) {
    if (r === 500) lines.push(`"${nameOf(499)}",hello@row-499.test,,Second Person,second@row-499.test,`);
    else if (r % 400 === 0) lines.push(`,old-${r / 400}@existing.test,Imported ${r},,,`);
    else lines.push(`"${nameOf(r)}",hello@row-${r}.test,Design,Pat ${r},pat${r}@row-${r}.test,met at fair ${r}`);
  }
  return lines.join('\n');
}

describe('an import writes in the order of its file', () => {
  it('gives new clients, their people, notes and history ids and numbers in file order, after every id ever used', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    for (let i = 1; i <= 5; i++) await createClient({ ctx, input: { name: `Existing ${i}`, email: `old-${i}@existing.test` } });
    // The highest id so far goes: AUTOINCREMENT never gives it out again.
    const gone = await createClient({ ctx, input: { name: 'Gone Studio' } });
    await deleteClient({ ctx, input: { client: gone.client.id } });
    const [{ lastNumber }] = await t.db.select({ lastNumber: sql<number>`max(CAST(${clients.number} AS INTEGER))` }).from(clients);

    const dry = await importCsv({ ctx, input: { content: file(), filename: 'order.csv' } });
    const result = await applyImport({ ctx, input: { importId: dry.importId } });
    expect(result).toMatchObject({ created: 1994, updated: 5, skipped: 1, rejected: 0 });

    const made = await t.db.select().from(clients).where(gt(clients.id, gone.client.id)).orderBy(asc(clients.id));
    const newRows = Array.from({ length: 2000 }, (_, i) => i + 1).filter((r) => r !== 500 && r % 400 !== 0);
    expect(made.map((c) => c.name)).toEqual(newRows.map(nameOf));
    expect(made.map((c) => c.id)).toEqual(newRows.map((_, k) => gone.client.id + 1 + k));
    expect(made.map((c) => Number(c.number))).toEqual(newRows.map((_, k) => Number(lastNumber) + 1 + k));
    // The next client made by hand follows the import's last one.
    const after = await createClient({ ctx, input: { name: 'After Import' } });
    expect(after.client.id).toBe(made.at(-1)!.id + 1);

    const people = await t.db.select().from(contacts).where(gt(contacts.clientId, gone.client.id)).orderBy(asc(contacts.id));
    const row499 = made[newRows.indexOf(499)];
    // Row 500's person joins row 499's client, written with it.
    const at = newRows.indexOf(499) + 1;
    expect(people.map((p) => p.name)).toEqual(newRows.map((r) => `Pat ${r}`).toSpliced(at, 0, 'Second Person'));
    expect(people.map((p) => p.clientId)).toEqual(made.map((c) => c.id).toSpliced(at, 0, row499.id));
    const written = await t.db.select().from(notes).where(gt(notes.clientId, gone.client.id)).orderBy(asc(notes.id));
    expect(written.map((n) => [n.clientId, n.body])).toEqual(made.map((c, k) => [c.id, `met at fair ${newRows[k]}`]));

    const history = await t.db.select().from(activities).where(and(eq(activities.workspaceId, ws.workspaceId), gt(activities.id,
      (await t.db.select({ id: activities.id }).from(activities).where(eq(activities.verb, 'client.deleted')))[0].id))).orderBy(asc(activities.id));
    const created = history.filter((a) => a.verb === 'client.created' && a.clientId !== after.client.id);
    expect(created.map((a) => a.clientId)).toEqual(made.map((c) => c.id));
    expect(created[0]).toMatchObject({ summary: `Imported ${made[0].name} (#${made[0].number}) from order.csv`, entityType: 'client' });
    expect(created[0].after).toMatchObject({ name: made[0].name, number: made[0].number, email: 'hello@row-1.test', industry: 'Design' });
    expect(history.filter((a) => a.verb === 'client.updated').map((a) => a.summary)).toEqual(
      [1, 2, 3, 4, 5].map((i) => `Updated Existing ${i} from order.csv: industry`));
    expect(history.filter((a) => a.verb === 'import.applied')).toHaveLength(1);
    const existing = await t.db.select({ name: clients.name, industry: clients.industry, updatedAt: clients.updatedAt }).from(clients)
      .where(sql`${clients.name} LIKE 'Existing %'`).orderBy(asc(clients.id));
    expect(existing).toEqual([1, 2, 3, 4, 5].map((i) => ({ name: `Existing ${i}`, industry: `Imported ${i * 400}`, updatedAt: ctx.now() })));
  });
});
