// The one runner every surface uses (tools/run-tool.ts): the tool's schema checks the input before anything runs,
// the actor comes from ctx, and a refusal or a bug comes back as a failure the surface shows, never a throw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../src/domain/imports/import-csv';
import { runTool } from '../../tools/run-tool';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../support/factories';

let db: TestDb;
let ws: SeededWorkspace;
beforeAll(async () => { db = await createTestDb(); ws = await seedWorkspace(db.db); });
afterAll(() => db.cleanup());

describe('runTool', () => {
  it('runs the tool as the actor and answers its result', async () => {
    const r = await runTool(testCtx(db.db, ws.actors.owner), 'createClient', { name: 'Acme Corp' });
    expect(r).toMatchObject({ ok: true, text: 'Added Acme Corp (#0001) as a lead.' });
  });

  it('answers input its schema refuses as field issues, and runs nothing', async () => {
    const r = await runTool(testCtx(db.db, ws.actors.owner), 'createClient', { name: 7, value: 'lots' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('invalid');
    expect(!r.ok && r.error.issues?.map((i) => i.field).sort()).toEqual(['name', 'value']);
    // An empty name passes the schema and is the domain's to refuse, in its words, with the full form's other fields.
    const empty = await runTool(testCtx(db.db, ws.actors.owner), 'createClient', { name: '', complete: true });
    expect(!empty.ok && empty.error.issues).toEqual(expect.arrayContaining([{ field: 'name', message: 'is required' }, { field: 'email', message: 'is required' }]));
    const found = await runTool(testCtx(db.db, ws.actors.owner), 'findClients', {});
    expect(found.ok && found.data?.kind === 'clients' && found.data.total).toBe(1);
  });

  it("answers the domain's refusal as a failure with its code and message", async () => {
    const r = await runTool(testCtx(db.db, ws.actors.member), 'archiveClient', { client: 'Acme Corp' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const missing = await runTool(testCtx(db.db, ws.actors.owner), 'archiveClient', { client: 'Nobody Ltd' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: 'No client matches "Nobody Ltd".' } });
  });

  it("passes a surface's progress callback to the run through ctx (an import's apply), and answers what was applied", async () => {
    const ctx = testCtx(db.db, ws.actors.owner);
    const dry = await importCsv({ ctx, input: { content: 'Company,Email\nOne Co,one@example.com\nTwo Co,two@example.com\n', filename: 'two.csv' } });
    const heard: Array<{ phase: string; done: number; total: number }> = [];
    const r = await runTool(ctx, 'applyImport', { importId: dry.importId }, { progress: (p) => heard.push(p) });
    expect(r).toMatchObject({ ok: true, data: { kind: 'import', created: 2, alreadyApplied: false, leftOut: 0 } });
    expect(heard).toContainEqual({ phase: 'checking', done: 2, total: 2 });
    expect(heard.at(-1)).toEqual({ phase: 'writing', done: 2, total: 2 });
    // Without one nobody hears it; applied again, the answer says so.
    const again = await runTool(ctx, 'applyImport', { importId: dry.importId });
    expect(again).toMatchObject({ ok: true, data: { alreadyApplied: true } });
  });
});
