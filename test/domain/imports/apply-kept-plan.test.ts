// The apply reuses the dry run's decisions only while they hold: a client, note or person added between the
// preview and the apply makes it decide the rows again, so the import matches them instead of writing duplicates.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, notes } from '../../../src/db/schema';
import { addNote } from '../../../src/domain/clients/add-note';
import { createClient } from '../../../src/domain/clients/create-client';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

let t: TestDb, ws: SeededWorkspace;
beforeAll(async () => { ({ t, ws } = await seededTestDb()); });
afterAll(() => t.cleanup());

const named = (name: string) => t.db.select().from(clients).where(and(eq(clients.workspaceId, ws.workspaceId), eq(clients.name, name)));

describe('applying after the workspace changed since the preview', () => {
  it('matches a client added by hand meanwhile instead of importing it again', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const file = 'Company,Email,Notes\nLater Studio,hello@later.test,first call\nOther Studio,hi@other.test,\n';
    const dry = await importCsv({ ctx, input: { content: file, filename: 'later.csv' } });
    expect(dry).toMatchObject({ created: 2, updated: 0 });
    const made = await createClient({ ctx, input: { name: 'Later Studio', email: 'hello@later.test' } });

    expect(await applyImport({ ctx, input: { importId: dry.importId } })).toMatchObject({ created: 1, updated: 1, alreadyApplied: false });
    expect((await named('Later Studio')).map((c) => c.id)).toEqual([made.client.id]);
    expect((await t.db.select().from(notes).where(eq(notes.clientId, made.client.id))).map((n) => n.body)).toEqual(['first call']);
    expect(await named('Other Studio')).toHaveLength(1);
  });

  it('does not add a note again that was written by hand meanwhile', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const client = await createClient({ ctx, input: { name: 'Noted Studio', email: 'hi@noted.test' } });
    const dry = await importCsv({ ctx, input: { content: 'Email,Notes\nhi@noted.test,renewal in May\n', filename: 'notes.csv' } });
    expect(dry).toMatchObject({ updated: 1 });
    await addNote({ ctx, input: { client: 'Noted Studio', text: 'renewal in May' } });

    expect(await applyImport({ ctx, input: { importId: dry.importId } })).toMatchObject({ updated: 0, skipped: 1 });
    expect((await t.db.select().from(notes).where(eq(notes.clientId, client.client.id))).map((n) => n.body)).toEqual(['renewal in May']);
  });
});
