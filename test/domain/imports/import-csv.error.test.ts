import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, contacts, csvImports, members } from '../../../src/db/schema';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { decodeImportBytes } from '../../../src/domain/imports/read-import';
import type { TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

let t: TestDb, ws: SeededWorkspace;
beforeAll(async () => { ({ t, ws } = await seededTestDb()); });
afterAll(() => t.cleanup());

const clientCount = async () => (await t.db.select({ n: sql<number>`count(*)` }).from(clients).where(eq(clients.workspaceId, ws.workspaceId)))[0].n;
const rowsOf = (n: number, bad?: number) => ['Company,Email,City', ...Array.from({ length: n }, (_, i) =>
  `Company ${i + 1},${i + 1 === bad ? 'not-an-email' : `info${i + 1}@company${i + 1}.test`},City ${i % 50}`)].join('\n');

describe('importCsv: refusals', () => {
  it('C7: a bad email at row 7,777 of 10,000 commits nothing and the report names row 7777', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const dry = await importCsv({ ctx, input: { content: rowsOf(10_000, 7777), filename: 'big.csv' } });
    expect(dry).toMatchObject({ rows: 10_000, created: 9999, rejected: 1 });
    expect(dry.rejections).toEqual([{ row: 7777, reason: 'Email: "not-an-email" is not a valid email address' }]);
    const err = await applyImport({ ctx, input: { importId: dry.importId } }).catch((e) => e);
    expect(err).toMatchObject({ code: 'invalid' });
    expect(err.message).toContain('row 7777');
    expect(await clientCount()).toBe(0);
    expect((await t.db.select({ n: sql<number>`count(*)` }).from(contacts))[0].n).toBe(0);
    const [stored] = await t.db.select().from(csvImports).where(eq(csvImports.id, dry.importId));
    expect(stored.status).toBe('failed');
  });

  it('C6: size limits are checked before parsing, with clear messages, and store nothing', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const before = (await t.db.select().from(csvImports)).length;
    const big = `Company,Notes\n${'x,'.padEnd(1000, 'y')}\n`.repeat(6 * 1024);
    await expect(importCsv({ ctx, input: { content: big } })).rejects.toMatchObject({ code: 'too_large', message: expect.stringMatching(/limit is 5 MB/) });
    await expect(importCsv({ ctx, input: { content: rowsOf(10_001) } })).rejects.toMatchObject({ code: 'too_large', message: expect.stringMatching(/more than 10,000 rows/) });
    const wide = `${Array.from({ length: 201 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(200)}1\n`;
    await expect(importCsv({ ctx, input: { content: wide } })).rejects.toMatchObject({ code: 'too_large', message: 'The file has 201 columns; the limit is 200.' });
    await expect(importCsv({ ctx, input: { content: `Company,Notes\nAcme,${'z'.repeat(100_000)}\n` } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(importCsv({ ctx, input: { content: rowsOf(2), filename: 'clients.csv.exe' } })).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/not a CSV file/) });
    await expect(importCsv({ ctx, input: { content: 'Favourite Colour\nblue\n' } })).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/No column names the client/) });
    await expect(importCsv({ ctx, input: { content: 'Company\n' } })).rejects.toMatchObject({ code: 'invalid' });
    expect((await t.db.select().from(csvImports)).length).toBe(before);
    expect(await clientCount()).toBe(0);
  });

  it('C6: refuses a zip renamed .csv, UTF-16 without a BOM, and binary bytes', () => {
    expect(() => decodeImportBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toThrow(/ZIP/);
    expect(() => decodeImportBytes(Buffer.from('Company\nAcme\n', 'utf16le'))).toThrow(/UTF-16 or binary/);
    expect(() => decodeImportBytes(new Uint8Array([0x43, 0xff, 0xfe, 0x41]))).toThrow(/not valid UTF-8/);
    expect(() => decodeImportBytes(new Uint8Array(5 * 1024 * 1024 + 1))).toThrow(/limit is 5 MB/);
    expect(decodeImportBytes(Buffer.from('\ufeffCompany\nAcme\n'))).toBe('Company\nAcme\n');
  });

  it('rejects rows naming the column and the reason; members cannot import', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const dry = await importCsv({ ctx, input: { content: 'Company,Country,Status,Value\nA,Atlantis,active,1\nB,DE,gone,2\n,DE,lead,3\nC,DE,past,-5\n' } });
    expect(dry.rejections).toEqual([
      { row: 1, reason: 'Country: "Atlantis" is not a country (use a name or an ISO code such as DE)' },
      { row: 2, reason: 'Status: "gone" is not a status (lead, active, inactive or past)' },
      { row: 3, reason: 'Name: is required for a new client' },
      { row: 4, reason: 'Value: cannot be negative' },
    ]);
    await expect(importCsv({ ctx: testCtx(t.db, ws.actors.member), input: { content: rowsOf(1) } })).rejects.toMatchObject({ code: 'forbidden' });
    const other = await seedWorkspace(t.db, { name: 'Other' });
    await expect(applyImport({ ctx: testCtx(t.db, other.actors.owner), input: { importId: dry.importId } })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('an upload is applied only by the member who shared it, an owner or an admin', async () => {
    const mine = await seedWorkspace(t.db, { name: 'Imports' });
    const [m] = await t.db.insert(members).values({ workspaceId: mine.workspaceId, role: 'manager', name: 'Second Manager', email: 'second@studio.test' }).returning();
    const otherManager = { ...mine.actors.manager, memberId: m.id, name: 'Second Manager' };
    const dry = await importCsv({ ctx: testCtx(t.db, mine.actors.manager), input: { content: rowsOf(3), filename: 'leads.csv' } });
    const count = async () => (await t.db.select({ n: sql<number>`count(*)` }).from(clients).where(eq(clients.workspaceId, mine.workspaceId)))[0].n;
    const refused = await applyImport({ ctx: testCtx(t.db, otherManager), input: { importId: dry.importId } }).catch((e) => e);
    expect(refused).toMatchObject({ code: 'forbidden' });
    expect(refused.message).toContain('Only the person who shared the file');
    expect(await count()).toBe(0);
    const applied = await applyImport({ ctx: testCtx(t.db, mine.actors.admin), input: { importId: dry.importId } });
    expect(applied).toMatchObject({ created: 3, alreadyApplied: false });
    expect(await count()).toBe(3);
  });
});
