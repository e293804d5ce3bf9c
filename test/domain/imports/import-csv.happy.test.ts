import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, clients, contacts, csvImports, notes } from '../../../src/db/schema';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import type { TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';
import { seedClient } from '../exports/seed';

let t: TestDb, ws: SeededWorkspace;
beforeAll(async () => { ({ t, ws } = await seededTestDb()); });
afterAll(() => t.cleanup());

const count = async (table: typeof clients | typeof contacts | typeof notes, workspaceId = ws.workspaceId) =>
  (await t.db.select({ n: sql<number>`count(*)` }).from(table).where(eq(table.workspaceId, workspaceId)))[0].n;

const FILE = [
  'Company,E-mail,Phone,Website,Zip,City,Country Code,Contact,Client ID,Notes,Favourite Colour',
  'Acme GmbH,office@acme.de,030 1234567,acme.de,10115,Berlin,DE,Jane Roe,C-1,Met at the fair,blue',
  'Globex,hello@globex.com,,https://globex.com/,94016,San Francisco,United States,,C-2,,red',
  '"Initech, Inc.",,+1 212 555 0100,,,,us,Bill Lumbergh,C-3,,green',
  'ACME gmbh.,,,,,,,,,,',
].join('\n');

describe('importCsv and applyImport', () => {
  it('matches common headers, reports unmatched columns, and dry-runs without changing anything', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const report = await importCsv({ ctx, input: { content: FILE, filename: 'crm.csv' } });
    expect(report.columns.matched.map((m) => [m.header, m.field])).toEqual([
      ['Company', 'name'], ['E-mail', 'email'], ['Phone', 'phone'], ['Website', 'website'], ['Zip', 'postalCode'], ['City', 'city'],
      ['Country Code', 'country'], ['Contact', 'contactName'], ['Client ID', 'idNumber'], ['Notes', 'notes'],
    ]);
    expect(report.columns.unmatched).toEqual(['Favourite Colour']);
    expect(report).toMatchObject({ status: 'dry_run', rows: 4, created: 3, updated: 0, skipped: 1, rejected: 0 });
    expect(report.skips).toEqual([{ row: 4, reason: 'same client as row 1' }]);
    expect(await count(clients)).toBe(0);
    const [stored] = await t.db.select().from(csvImports).where(eq(csvImports.id, report.importId));
    expect(stored.status).toBe('dry_run');
  });

  it('applies in one go: clients with normalised fields, primary contacts, notes and history', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const { importId } = await importCsv({ ctx, input: { content: FILE, filename: 'crm.csv' } });
    const progress: string[] = [];
    const res = await applyImport({ ctx, input: { importId }, onProgress: (p) => progress.push(`${p.phase}:${p.done}/${p.total}`) });
    expect(res).toMatchObject({ status: 'applied', created: 3, skipped: 1, alreadyApplied: false });
    expect(progress.at(-1)).toBe('writing:3/3');
    const rows = await t.db.select().from(clients).where(eq(clients.workspaceId, ws.workspaceId)).orderBy(clients.number);
    expect(rows.map((r) => [r.number, r.name, r.idNumber, r.country, r.phone, r.website, r.postalCode])).toEqual([
      ['0001', 'Acme GmbH', 'C-1', 'DE', '+49301234567', 'acme.de', '10115'],
      ['0002', 'Globex', 'C-2', 'US', null, 'https://globex.com', '94016'],
      ['0003', 'Initech, Inc.', 'C-3', 'US', '+12125550100', null, null],
    ]);
    const people = await t.db.select().from(contacts).where(eq(contacts.workspaceId, ws.workspaceId)).orderBy(contacts.id);
    expect(people.map((p) => [p.clientId, p.name, p.email, p.isPrimary])).toEqual([
      [rows[0].id, 'Jane Roe', 'office@acme.de', true],
      [rows[1].id, null, 'hello@globex.com', true],
      [rows[2].id, 'Bill Lumbergh', null, true],
    ]);
    expect((await t.db.select().from(notes).where(eq(notes.clientId, rows[0].id))).map((n) => n.body)).toEqual(['Met at the fair']);
    const history = await t.db.select().from(activities).where(and(eq(activities.workspaceId, ws.workspaceId), eq(activities.clientId, rows[0].id)));
    expect(history.map((h) => h.summary)).toEqual(['Imported Acme GmbH (#0001) from crm.csv']);
  });

  it('importing the same file again changes nothing, and applying an applied import is a no-op', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const before = await t.db.select().from(clients).where(eq(clients.workspaceId, ws.workspaceId));
    const activityCount = (await t.db.select().from(activities)).length;
    const again = await importCsv({ ctx, input: { content: FILE, filename: 'crm.csv' } });
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 4, rejected: 0 });
    const res = await applyImport({ ctx, input: { importId: again.importId } });
    expect(res).toMatchObject({ created: 0, updated: 0 });
    const twice = await applyImport({ ctx, input: { importId: again.importId } });
    expect(twice.alreadyApplied).toBe(true);
    expect(await t.db.select().from(clients).where(eq(clients.workspaceId, ws.workspaceId))).toEqual(before);
    // Only the import's own history row was added.
    expect((await t.db.select().from(activities)).length).toBe(activityCount + 1);
    expect(await count(contacts)).toBe(3);
  });

  it('updates existing clients, matched by id number, contact email or name, instead of duplicating them', async () => {
    const ctx = testCtx(t.db, ws.actors.admin);
    const file = [
      'Client Name,Client ID,Contact Email,Industry,State,Postal Code',
      'Acme Renamed,C-1,,Manufacturing,,',
      'Someone,,hello@globex.com,Software,CA,',
      'initech inc,,,Consulting,NY,10001',
    ].join('\r\n');
    const dry = await importCsv({ ctx, input: { content: file, filename: 'update.csv' } });
    expect(dry).toMatchObject({ created: 0, updated: 3, skipped: 0, rejected: 0 });
    // In the cards' words, not columns ("postalCode"): the web preview and the chat show these.
    expect(dry.updates.map((u) => u.changed)).toEqual([['name', 'industry'], ['industry', 'state or region'], ['industry', 'state or region', 'postal code']]);
    await applyImport({ ctx, input: { importId: dry.importId } });
    const rows = await t.db.select().from(clients).where(eq(clients.workspaceId, ws.workspaceId)).orderBy(clients.number);
    expect(rows.map((r) => [r.name, r.industry, r.region])).toEqual([
      ['Acme Renamed', 'Manufacturing', null], ['Globex', 'Software', 'CA'], ['Initech, Inc.', 'Consulting', 'NY'],
    ]);
    const [h] = await t.db.select().from(activities).where(and(eq(activities.clientId, rows[0].id), eq(activities.verb, 'client.updated')));
    expect(h.before).toMatchObject({ name: 'Acme GmbH', industry: null });
    const [initech] = await t.db.select().from(activities).where(and(eq(activities.clientId, rows[2].id), eq(activities.verb, 'client.updated')));
    expect(initech.summary).toBe('Updated Initech, Inc. from update.csv: industry, state or region, postal code');
  });

  it('matches against the team\'s existing clients too', async () => {
    const other = await seedWorkspace(t.db, { name: 'Other' });
    await seedClient(t.db, other.workspaceId, { name: 'Umbrella Corp', idNumber: 'U-9' });
    const ctx = testCtx(t.db, other.actors.owner);
    const dry = await importCsv({ ctx, input: { content: 'Name,ID Number,Industry\nUmbrella,U-9,Pharma\nAcme GmbH,C-1,\n' } });
    // C-1 is another workspace's id number: here it is a new client.
    expect(dry).toMatchObject({ updated: 1, created: 1 });
  });
});
