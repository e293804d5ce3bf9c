// applyImport through ctx.jobs (what the Node server passes): the rows are decided and written in a worker thread
// on its own connection (a local file, or a libSQL server in the "sqld" project), and the result is the one the
// in-process apply gives: the same clients, contacts, notes, search rows and history (undo works per client),
// progress while it runs, the domain's own errors, and the file's other writers kept one at a time.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_UNDO_WINDOW_MS, silentLog } from '../../../src/context';
import { activities, clients, contacts, csvImports, notes } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { InvalidInput } from '../../../src/errors';
import { createDomainJobs, type NodeJobs } from '../../../src/threads/domain-jobs';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

let t: TestDb;
let ws: SeededWorkspace;
let jobs: NodeJobs;
beforeAll(async () => {
  ({ t, ws } = await seededTestDb());
  jobs = createDomainJobs({ url: t.url, lock: t.lock, log: silentLog, config: { publicUrl: 'http://localhost:8787', allowPrivateFetch: false, undoWindowMs: DEFAULT_UNDO_WINDOW_MS } })!;
});
afterAll(async () => {
  await jobs.close();
  t.cleanup();
});

const ROWS = 1200;
const file = (prefix: string) => ['Company,Email,Contact,Contact email,Notes', ...Array.from({ length: ROWS }, (_, i) =>
  `${prefix} ${i + 1},hello@${prefix.toLowerCase().replace(/\W/g, '')}-${i + 1}.test,Pat ${i + 1},pat${i + 1}@${prefix.toLowerCase().replace(/\W/g, '')}.test,${prefix} note ${i + 1}`)].join('\n');
const countOf = async (table: typeof clients | typeof contacts | typeof notes | typeof activities) =>
  (await t.db.select({ n: sql<number>`count(*)` }).from(table).where(eq(table.workspaceId, ws.workspaceId)))[0].n;
const search = async (phrase: string) =>
  (await t.client.execute({ sql: 'SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?', args: [`"${phrase}"`] })).rows.map((r) => Number(r[0]));

describe('applying an import in the job thread', () => {
  it('writes every client with its contact, note, search row and history, streams progress before the end, and can be undone per client', async () => {
    const ctx = { ...testCtx(t.db, ws.actors.owner), jobs };
    const dry = await importCsv({ ctx, input: { content: file('Thread Co'), filename: 'thread.csv' } });
    const before = { clients: await countOf(clients), activities: await countOf(activities) };
    let settled = false;
    const seen: Array<{ phase: string; done: number; settled: boolean }> = [];
    const applying = applyImport({ ctx, input: { importId: dry.importId }, onProgress: (p) => seen.push({ ...p, settled }) })
      .finally(() => { settled = true; });
    const report = await applying;

    expect(report).toMatchObject({ created: ROWS, updated: 0, alreadyApplied: false, status: 'applied' });
    const writing = seen.filter((p) => p.phase === 'writing');
    expect(writing.some((p) => p.done < ROWS && !p.settled)).toBe(true);
    expect(writing.at(-1)).toMatchObject({ done: ROWS, settled: false });
    expect(await countOf(clients)).toBe(before.clients + ROWS);
    expect(await countOf(contacts)).toBeGreaterThanOrEqual(ROWS);
    expect(await countOf(notes)).toBeGreaterThanOrEqual(ROWS);
    // One history row per client and one for the import, as in process.
    expect(await countOf(activities)).toBe(before.activities + ROWS + 1);
    expect((await t.db.select().from(activities).where(eq(activities.id, report.activityId!)))[0].verb).toBe('import.applied');
    const [made] = await t.db.select().from(clients).where(and(eq(clients.workspaceId, ws.workspaceId), eq(clients.name, 'Thread Co 777')));
    expect(await search('Thread Co note 777')).toEqual([made.id]);
    expect(await search('pat777@threadco.test')).toEqual([made.id]);

    const [created] = await t.db.select().from(activities).where(and(eq(activities.clientId, made.id), eq(activities.verb, 'client.created')));
    await undoActivity({ ctx, input: { activityId: created.id } });
    expect(await t.db.select().from(clients).where(eq(clients.id, made.id))).toEqual([]);
    expect(await search('Thread Co note 777')).toEqual([]);

    expect(await applyImport({ ctx, input: { importId: dry.importId } })).toMatchObject({ alreadyApplied: true });
  });

  it('refuses a file with a rejected row with the domain error, applying nothing, and marks the import failed', async () => {
    const ctx = { ...testCtx(t.db, ws.actors.owner), jobs };
    const bad = `${file('Refused Co')}\n,,,,only a note`;
    const dry = await importCsv({ ctx, input: { content: bad, filename: 'refused.csv' } });
    const before = await countOf(clients);
    const err = await applyImport({ ctx, input: { importId: dry.importId } }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInput);
    expect((err as InvalidInput).message).toMatch(/Nothing was imported: 1 row has errors \(row 1201/);
    expect((err as InvalidInput).issues[0].field).toBe('row 1201');
    expect(await countOf(clients)).toBe(before);
    expect((await t.db.select().from(csvImports).where(eq(csvImports.id, dry.importId)))[0].status).toBe('failed');
  });

  it('a client written by the server while the thread decides the rows is matched, and both writers finish', async () => {
    const ctx = { ...testCtx(t.db, ws.actors.owner), jobs };
    const dry = await importCsv({ ctx, input: { content: file('Shared Co'), filename: 'shared.csv' } });
    let checking!: () => void;
    const started = new Promise<void>((ok) => { checking = ok; });
    const applying = applyImport({ ctx, input: { importId: dry.importId }, onProgress: (p) => { if (p.phase === 'checking') checking(); } });
    await started;
    const made = await createClient({ ctx: testCtx(t.db, ws.actors.manager), input: { name: 'Shared Co 5' } });
    const report = await applying;
    const named = await t.db.select({ id: clients.id }).from(clients).where(and(eq(clients.workspaceId, ws.workspaceId), eq(clients.name, 'Shared Co 5')));
    expect(named).toHaveLength(1);
    if (made.created) expect(report).toMatchObject({ created: ROWS - 1, updated: 1 });
    else expect(report).toMatchObject({ created: ROWS });
  });
});
