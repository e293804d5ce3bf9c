// A file with rejected rows: nothing is applied by default; on an explicit skipRejected the valid rows are applied
// in one transaction and exactly the rejected rows the preview named are left out (named in the history). If other
// rows fail by the time it is applied, nothing is. Import ids are found as people type them back.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, clients, csvImports } from '../../../src/db/schema';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { showImport } from '../../../src/domain/imports/show-import';
import type { TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

let t: TestDb, ws: SeededWorkspace;
beforeAll(async () => { ({ t, ws } = await seededTestDb()); });
afterAll(() => t.cleanup());

const names = async () => (await t.db.select({ name: clients.name }).from(clients).where(eq(clients.workspaceId, ws.workspaceId))).map((c) => c.name).sort();
const FILE = 'Company,E-mail,Country\nHooli,not-an-email,US\nPied Piper,hi@piper.example,US\nRaviga,ir@raviga.example,Atlantis\nAviato,erlich@aviato.example,US\n';

describe('importing the valid rows and leaving out the rejected ones', () => {
  it('refuses the whole file by default, then applies exactly the valid rows when asked, naming those left out', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const dry = await importCsv({ ctx, input: { content: FILE, filename: 'crm.csv' } });
    expect(dry).toMatchObject({ created: 2, rejected: 2, rejections: [{ row: 1, reason: expect.stringMatching(/E-mail/) }, { row: 3, reason: expect.stringMatching(/Atlantis/) }] });
    await expect(applyImport({ ctx, input: { importId: dry.importId } })).rejects.toThrow(/Nothing was imported: 2 rows have errors.*leave these out/);
    expect(await names()).toEqual([]);

    const r = await applyImport({ ctx, input: { importId: dry.importId, skipRejected: true } });
    expect(r).toMatchObject({ status: 'applied', created: 2, rejected: 2, leftOut: 2 });
    expect(await names()).toEqual(['Aviato', 'Pied Piper']);
    const [history] = await t.db.select().from(activities).where(eq(activities.verb, 'import.applied'));
    expect(history.summary).toBe('Imported crm.csv: 2 created, 0 updated, 0 skipped, 2 rejected left out (row 1, 3)');
    // Once applied, applying again changes nothing.
    expect(await applyImport({ ctx, input: { importId: dry.importId, skipRejected: true } })).toMatchObject({ alreadyApplied: true });
  });

  it('applies nothing when the rows rejected now are not those the preview named', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const file = 'Company,ID Number,Country\nOne Co,A-1,US\nTwo Co,B-2,Atlantis\n';
    const dry = await importCsv({ ctx, input: { content: file, filename: 'ids.csv' } });
    expect(dry).toMatchObject({ created: 1, rejected: 1 });
    // Meanwhile someone adds "One Co" with another ID number: row 1 is now rejected too.
    await importCsv({ ctx, input: { content: 'Company,ID Number\nOne Co,Z-9\n', filename: 'x.csv' } }).then((x) => applyImport({ ctx, input: { importId: x.importId } }));
    await expect(applyImport({ ctx, input: { importId: dry.importId, skipRejected: true } })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/row 1, 2.*row 2/) });
    expect((await names()).filter((n) => n === 'Two Co')).toEqual([]);
  });

  it('a file whose every row is rejected has nothing to import', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const dry = await importCsv({ ctx, input: { content: 'Company,E-mail\nBad,nope\n', filename: 'bad.csv' } });
    await expect(applyImport({ ctx, input: { importId: dry.importId, skipRejected: true } })).rejects.toThrow('Every row is rejected: there is nothing to import.');
  });
});

describe('import ids typed back', () => {
  it('finds an id with "-" or "_" at either end as printed, quoted, in backticks or with a full stop; never another workspace\'s', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const dry = await importCsv({ ctx, input: { content: 'Company\nEdge Co\n', filename: 'edge.csv' } });
    expect(dry.importId).toMatch(/^[A-Za-z0-9].*[A-Za-z0-9]$/);
    const id = '-Ab3_x9Kq2Lm8_';
    await t.db.run(sql`UPDATE csv_imports SET id = ${id}, report = json_set(report, '$.importId', ${id}) WHERE id = ${dry.importId}`);
    for (const typed of [id, ` ${id} `, `\`${id}\``, `"${id}"`, `${id}.`, `import ${id}`, 'Ab3_x9Kq2Lm8']) {
      expect((await showImport({ ctx, input: { importId: typed } })).importId, typed).toBe(id);
    }
    await expect(showImport({ ctx, input: { importId: 'Ab3_x9Kq' } })).rejects.toMatchObject({ code: 'not_found' });
    const other = await seedWorkspace(t.db, { name: 'Other' });
    await expect(showImport({ ctx: testCtx(t.db, other.actors.owner), input: { importId: id } })).rejects.toMatchObject({ code: 'not_found' });
    const applied = await applyImport({ ctx, input: { importId: `\`${id}\`` } });
    expect(applied).toMatchObject({ importId: id, created: 1 });
    expect((await t.db.select().from(csvImports).where(eq(csvImports.id, id)))[0].status).toBe('applied');
  });
});
