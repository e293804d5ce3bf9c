// addDocument in the terminal takes a path (read only there); elsewhere it points to the upload instead.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/domain/clients/create-client';
import { addDocumentTool } from '../../tools/add-document';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../support/factories';

let db: TestDb;
let ws: SeededWorkspace;
const dir = mkdtempSync(join(tmpdir(), 'clientele-doc-'));
beforeAll(async () => {
  db = await createTestDb();
  ws = await seedWorkspace(db.db);
  await createClient({ ctx: testCtx(db.db, ws.actors.owner), input: { name: 'Acme Corp' } });
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

  it('waits for the person when a model asks to share, not when it keeps the file for the team', async () => {
    const ctx = testCtx(db.db, ws.actors.owner);
    expect(await addDocumentTool.riskOf!({ ctx, input: { client: 'Acme', file: 'x.pdf', shared: true } })).toBe('sendsOutside');
    expect(await addDocumentTool.riskOf!({ ctx, input: { client: 'Acme', file: 'x.pdf' } })).toBe('write');
  });
});
