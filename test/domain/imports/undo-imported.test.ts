// What an import wrote can be undone client by client from its history rows (written in bulk, in the shape
// recordActivity writes): a created client goes with its contact and note (and out of search), an updated one
// gets its earlier values back.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, clients, contacts, notes } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

let t: TestDb, ws: SeededWorkspace;
beforeAll(async () => { ({ t, ws } = await seededTestDb()); });
afterAll(() => t.cleanup());

const search = async (phrase: string) =>
  (await t.client.execute({ sql: 'SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?', args: [`"${phrase}"`] })).rows.map((r) => Number(r[0]));
const historyOf = async (clientId: number, verb: string) =>
  (await t.db.select().from(activities).where(and(eq(activities.clientId, clientId), eq(activities.verb, verb))))[0];

describe('undoing what an import did', () => {
  it('removes a created client with its contact and note, and restores an updated client', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const old = await createClient({ ctx, input: { name: 'Older Studio', email: 'hi@older.test', industry: 'Print' } });
    const file = ['Company,Email,Industry,Contact,Contact email,Notes',
      'Undo Me Ltd,hello@undo.test,Design,Una Doe,una@undo.test,tangerine workshop',
      ',hi@older.test,Film,,,'].join('\n');
    const dry = await importCsv({ ctx, input: { content: file, filename: 'undo.csv' } });
    expect(await applyImport({ ctx, input: { importId: dry.importId } })).toMatchObject({ created: 1, updated: 1 });
    const [made] = await t.db.select().from(clients).where(eq(clients.name, 'Undo Me Ltd'));
    expect(await search('tangerine workshop')).toEqual([made.id]);

    await undoActivity({ ctx, input: { activityId: (await historyOf(made.id, 'client.created')).id } });
    expect(await t.db.select().from(clients).where(eq(clients.id, made.id))).toEqual([]);
    expect(await t.db.select().from(contacts).where(eq(contacts.clientId, made.id))).toEqual([]);
    expect(await t.db.select().from(notes).where(eq(notes.clientId, made.id))).toEqual([]);
    expect(await search('tangerine workshop')).toEqual([]);

    expect((await t.db.select().from(clients).where(eq(clients.id, old.client.id)))[0].industry).toBe('Film');
    await undoActivity({ ctx, input: { activityId: (await historyOf(old.client.id, 'client.updated')).id } });
    expect((await t.db.select().from(clients).where(eq(clients.id, old.client.id)))[0].industry).toBe('Print');
  });
});
