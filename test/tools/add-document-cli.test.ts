// addDocument in the terminal takes a path (read only there); elsewhere the runner hands it the upload beside the input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/domain/clients/create-client';
import { addDocumentTool } from '../../tools/add-document';
import { runTool } from '../../tools/run-tool';
import { listClientDocuments } from '../../src/domain/documents/document-views';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../support/factories';

let db: TestDb;
let ws: SeededWorkspace;
let acmeId: number;
const dir = mkdtempSync(join(tmpdir(), 'clientele-doc-'));
beforeAll(async () => {
  db = await createTestDb();
  ws = await seedWorkspace(db.db);
  acmeId = (await createClient({ ctx: testCtx(db.db, ws.actors.owner), input: { name: 'Acme Corp' } })).client.id;
  writeFileSync(join(dir, 'brief.pdf'), '%PDF-1.4 brief');
});
afterAll(() => db.cleanup());

describe('addDocument from chat', () => {
  it('in the terminal, reads the path and stores the file', async () => {
    const ctx = testCtx(db.db, { ...ws.actors.owner, channel: 'cli' });
    const r = await addDocumentTool.run({ ctx, input: { client: 'Acme', file: join(dir, 'brief.pdf'), shared: true } });
    expect(r).toMatchObject({ ok: true, text: 'Added "brief" (brief.pdf, 1 KB) to Acme Corp, shared in the portal.' });
    const missing = await addDocumentTool.run({ ctx, input: { client: 'Acme', file: join(dir, 'nope.pdf') } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('on the web, never reads a server path', async () => {
    const r = await addDocumentTool.run({ ctx: testCtx(db.db, ws.actors.owner), input: { client: 'Acme', file: join(dir, 'brief.pdf') } });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Documents card') } });
  });

  it("on the web and in Slack, runs with the file the runner hands over and says which file is missing without one", async () => {
    const ctx = testCtx(db.db, ws.actors.owner);
    const upload = { name: 'scope.txt', bytes: new TextEncoder().encode('Scope of work') };
    const r = await runTool(ctx, 'addDocument', { client: 'Acme', file: 'scope.txt', title: 'Scope' }, { upload });
    expect(r).toMatchObject({ ok: true, text: 'Added "Scope" (scope.txt, 1 KB) to Acme Corp, team only.', undo: { label: 'Remove "Scope"' } });
    const none = await runTool(ctx, 'addDocument', { client: 'Acme', file: '' });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/^Which file\? Upload it on the client's page/) } });
    const slack = await runTool(testCtx(db.db, { ...ws.actors.owner, channel: 'slack' }), 'addDocument', { client: 'Acme', file: ' ' });
    expect(slack).toMatchObject({ ok: false, error: { message: expect.stringContaining('Share the file in Slack') } });
    const program = await runTool(ctx, 'addDocument', { client: 'Acme', file: 'setup.exe' }, { upload: { name: 'setup.exe', bytes: new Uint8Array([0x4d, 0x5a, 0, 0]) } });
    expect(program).toMatchObject({ ok: false });
    const files = (await listClientDocuments(db.db, ws.workspaceId, acmeId)).map((d) => d.filename);
    expect(files).toContain('scope.txt');
    expect(files).not.toContain('setup.exe');
  });

  it('waits for the person when a model asks to share, not when it keeps the file for the team', async () => {
    const ctx = testCtx(db.db, ws.actors.owner);
    expect(await addDocumentTool.riskOf!({ ctx, input: { client: 'Acme', file: 'x.pdf', shared: true } })).toBe('sendsOutside');
    expect(await addDocumentTool.riskOf!({ ctx, input: { client: 'Acme', file: 'x.pdf' } })).toBe('write');
  });
});
