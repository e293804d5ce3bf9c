// An import writes each client's search row once (its triggers held inside the import's transaction): the rows it
// writes are the ones the triggers would have written, the triggers are back afterwards, and a failed import
// puts them back too (clients made later are still found).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote } from '../../../src/domain/clients/add-note';
import { createClient } from '../../../src/domain/clients/create-client';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

let t: TestDb, ws: SeededWorkspace;
beforeAll(async () => { ({ t, ws } = await seededTestDb()); });
afterAll(() => t.cleanup());

const triggers = async () => (await t.client.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).rows.map((r) => String(r.name));
const search = async (phrase: string) =>
  (await t.client.execute({ sql: 'SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?', args: [`"${phrase}"`] })).rows.map((r) => Number(r[0]));
const searchRows = async () => (await t.client.execute('SELECT rowid, * FROM clients_fts ORDER BY rowid')).rows.map((r) => JSON.stringify(r));

describe('the search index after an import', () => {
  it('holds the same rows the triggers write, for new clients and for clients the import adds people and notes to', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const before = await triggers();
    const kept = await createClient({ ctx, input: { name: 'Kept Studio', email: 'office@kept.test' } });
    const rows = Array.from({ length: 600 }, (_, i) => `Indexed Co ${i + 1},hello@indexed-${i + 1}.test,Ada Lovelace${i + 1},ada${i + 1}@indexed.test,lantern${i + 1} fair`);
    const file = ['Company,Email,Contact,Contact email,Notes', ...rows, ',office@kept.test,Grace Hopper,grace@kept.test,harbour meeting'].join('\n');
    const dry = await importCsv({ ctx, input: { content: file, filename: 'indexed.csv' } });
    expect(await applyImport({ ctx, input: { importId: dry.importId } })).toMatchObject({ created: 600, updated: 1 });

    expect(await triggers()).toEqual(before);
    expect(await search('lantern599 fair')).toHaveLength(1);
    expect(await search('ada17@indexed.test')).toHaveLength(1);
    expect(await search('harbour meeting')).toEqual([kept.client.id]);
    expect(await search('grace@kept.test')).toEqual([kept.client.id]);
    // Touching every client makes the triggers write each search row again from what is stored: nothing changes.
    const imported = await searchRows();
    await t.client.execute('UPDATE clients SET name = name');
    expect(await searchRows()).toEqual(imported);
  });

  it('an update is found by what it changed, and a client whose searched fields it left alone keeps its search row', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const make = (name: string, email: string) => createClient({ ctx, input: { name, email, city: 'Leeds' } });
    const [quiet, moved, renamedMail, joined] = [await make('Quiet Works', 'q@quiet.test'), await make('Moving Works', 'm@moving.test'),
      await make('Mailing Works', 'old@mailing.test'), await make('Joining Works', 'j@joining.test')];
    const rowOf = async (id: number) => (await t.client.execute({ sql: 'SELECT * FROM clients_fts WHERE rowid = ?', args: [id] })).rows.map((r) => JSON.stringify(r));
    const quietBefore = await rowOf(quiet.client.id);
    // Status and industry are not searched; city, email and a new person are.
    const file = ['Email,Status,Industry,City,Contact,Contact email',
      'q@quiet.test,active,Brewing,,,', 'm@moving.test,,,Harrogate,,', 'old@mailing.test,,,,,', 'j@joining.test,,,,Ida Wells,ida@joining.test'].join('\n');
    const dry = await importCsv({ ctx, input: { content: file, filename: 'changes.csv' } });
    expect(dry).toMatchObject({ updated: 3, skipped: 1 });
    await applyImport({ ctx, input: { importId: dry.importId } });
    const mail = await importCsv({ ctx, input: { content: 'Company,ID Number,Email\nMailing Works,,new@mailing.test\n', filename: 'mail.csv' } });
    expect(mail).toMatchObject({ updated: 1 });
    await applyImport({ ctx, input: { importId: mail.importId } });

    expect(await rowOf(quiet.client.id)).toEqual(quietBefore);
    expect(await search('Harrogate')).toEqual([moved.client.id]);
    expect(await search('new@mailing.test')).toEqual([renamedMail.client.id]);
    expect(await search('ida@joining.test')).toEqual([joined.client.id]);
    // Every search row is what the triggers write from what is stored now.
    const imported = await searchRows();
    await t.client.execute('UPDATE clients SET name = name');
    expect(await searchRows()).toEqual(imported);
  });

  it('a failed import leaves the triggers as they were: a client added afterwards is found by its note', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const before = await triggers();
    const file = ['Company,Notes', ...Array.from({ length: 700 }, (_, i) => `Failing Co ${i + 1},kiln${i + 1}`)].join('\n');
    const dry = await importCsv({ ctx, input: { content: file, filename: 'failing.csv' } });
    await t.client.execute(`CREATE TRIGGER fail_late BEFORE INSERT ON clients WHEN NEW.name = 'Failing Co 650'
      BEGIN SELECT RAISE(ABORT, 'no space left'); END`);
    await expect(applyImport({ ctx, input: { importId: dry.importId } })).rejects.toThrow();
    await t.client.execute('DROP TRIGGER fail_late');
    expect(await triggers()).toEqual(before);
    expect(await search('kiln3')).toEqual([]);

    const made = await createClient({ ctx, input: { name: 'After Failure' } });
    await addNote({ ctx, input: { client: 'After Failure', text: 'copper kettle' } });
    expect(await search('copper kettle')).toEqual([made.client.id]);
    expect(await t.db.all(sql`SELECT 1 FROM clients WHERE name LIKE 'Failing Co%'`)).toEqual([]);
  });
});
