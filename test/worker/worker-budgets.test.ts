// Work that outlasts a request is kept short on Workers (README, Cloudflare Workers): in workerd, a chat turn with a
// model that never stops calling tools ends at its step or time limit saying so, and an import longer than the rows
// one request may apply is refused with what to do instead, nothing stored or written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHarness } from 'wrangler';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/db/client';
import { clients, csvImports, members } from '../../src/db/schema';
import { insertTeamToken } from '../../src/domain/auth/send-team-link';
import { checkImportRows } from '../../src/domain/imports/import-csv';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../support/factories';
import type { Sqld } from '../support/sqld';
import { PUBLIC_URL, startMigratedSqld, startWorker, stopWorker, workerLogs } from '../support/worker-harness';
import { startLoopingModel, type LoopingModel } from './looping-openai';

let sqld: Sqld;
let node: DbHandle;
let server: TestHarness;
let model: LoopingModel;
let ws: SeededWorkspace;
let cookie: string;

const vars = (more: Record<string, string>) => ({
  DATABASE_URL: sqld.url,
  PUBLIC_URL,
  OPENAI_API_KEY: 'sk-test',
  OPENAI_BASE_URL: model.baseURL,
  WORKER_IMPORT_ROWS: '5',
  ...more,
});

async function signInOwner(): Promise<string> {
  const email = `owner.${ws.workspaceId}@studio.test`;
  const [owner] = await node.db.select().from(members).where(eq(members.email, email));
  const ctx = testCtx(node.db, { kind: 'system', workspaceId: ws.workspaceId, channel: 'system', name: 'test' });
  const issued = await insertTeamToken(node.db, { ...ctx, now: () => new Date() }, { id: owner.id, email, workspaceId: ws.workspaceId });
  const token = new URLSearchParams(new URL(issued.link).hash.slice(1)).get('t')!;
  const verified = await server.fetch('/auth/verify', {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: PUBLIC_URL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ t: token }).toString(),
  });
  return (verified.headers.get('set-cookie') ?? '').split(';')[0];
}

beforeAll(async () => {
  ({ sqld, node } = await startMigratedSqld());
  ws = await seedWorkspace(node.db, { name: 'Budget Studio' });
  model = await startLoopingModel();
  server = await startWorker(vars({ WORKER_TURN_STEPS: '3' }));
  cookie = await signInOwner();
}, 60_000);

afterAll(() => stopWorker({ server, node, sqld }, model));

const logged = () => workerLogs(server);
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  server.fetch(path, { method: 'POST', redirect: 'manual', headers: { cookie, origin: PUBLIC_URL, ...headers }, body });
const ask = (text: string) => post('/api/chat', JSON.stringify({ text }), { 'content-type': 'application/json' });
const csvOf = (n: number) => `Company,City\n${Array.from({ length: n }, (_, i) => `Budget Co ${i + 1},Austin`).join('\n')}\n`;
const budgetClients = () => node.db.select().from(clients).where(eq(clients.workspaceId, ws.workspaceId));

describe('a chat turn on the Worker is kept short', () => {
  it('a model that keeps calling tools stops at the step limit, and the answer says so', async () => {
    model.calls = 0;
    const res = await ask('find acme, and keep looking');
    expect(res.status, logged()).toBe(200);
    const stream = await res.text();
    expect(stream, logged()).toContain('I stopped here: on this server one answer may take at most 3 steps.');
    expect(stream).toContain('nothing is left half done');
    expect(model.calls).toBe(3);
  });

  it('a slow model stops at the time limit, and the answer says so', async () => {
    await server.update((o) => ({
      ...o,
      workers: [{ configPath: './wrangler.toml', vars: vars({ WORKER_TURN_SECONDS: '1', WORKER_TURN_STEPS: '50' }) }],
    }));
    cookie = await signInOwner();
    model.calls = 0;
    model.delayMs = 400;
    const res = await ask('find acme, and keep looking');
    expect(res.status, logged()).toBe(200);
    const stream = await res.text();
    expect(stream, logged()).toContain('I stopped here: on this server one answer may take at most 1 second.');
    expect(model.calls).toBeGreaterThan(0);
    expect(model.calls).toBeLessThan(6);
    model.delayMs = 0;
  });
});

describe('an import on the Worker is bounded', () => {
  it('refuses a file with more rows than one request may apply: the message says what to do, nothing is stored', async () => {
    const form = [
      '--xBOUNDARYx',
      'Content-Disposition: form-data; name="file"; filename="big.csv"',
      'Content-Type: text/csv',
      '',
      csvOf(6),
      '--xBOUNDARYx--',
      '',
    ].join('\r\n');
    const res = await post('/files/imports', form, { 'content-type': 'multipart/form-data; boundary=xBOUNDARYx' });
    expect(res.status, logged()).toBe(413);
    expect(await res.json()).toMatchObject({
      error: {
        message: expect.stringMatching(
          /^The file has 6 rows; on this server \(Cloudflare Workers\) an import may have at most 5 rows.*Split it into files of at most 5 rows, or import it on a Clientele server \(npm start\).*Nothing was imported\.$/,
        ),
      },
    });
    expect(await node.db.select().from(csvImports).where(eq(csvImports.workspaceId, ws.workspaceId))).toHaveLength(0);
    expect(await budgetClients()).toHaveLength(0);
  });

  it('refuses to apply a long import checked elsewhere (a Node server on the same database), writing nothing', async () => {
    const report = await checkImportRows(testCtx(node.db, ws.actors.owner), { content: csvOf(6), filename: 'big.csv' });
    expect(report).toMatchObject({ rows: 6, created: 6 });
    const res = await post(`/files/imports/${report.importId}/apply`, '');
    expect(res.status, logged()).toBe(413);
    expect(await res.json()).toMatchObject({ error: { message: expect.stringContaining('an import may have at most 5 rows') } });
    expect(await budgetClients()).toHaveLength(0);
    const [imp] = await node.db.select().from(csvImports).where(eq(csvImports.id, report.importId));
    expect(imp.status).toBe('dry_run');
  });

  it('applies a file within the limit', async () => {
    const form = [
      '--xBOUNDARYx',
      'Content-Disposition: form-data; name="file"; filename="small.csv"',
      'Content-Type: text/csv',
      '',
      csvOf(5),
      '--xBOUNDARYx--',
      '',
    ].join('\r\n');
    const dry = await post('/files/imports', form, { 'content-type': 'multipart/form-data; boundary=xBOUNDARYx' });
    expect(dry.status, logged()).toBe(200);
    const { importId } = (await dry.json()) as { importId: string };
    const applied = await post(`/files/imports/${importId}/apply`, '');
    expect(applied.status, logged()).toBe(200);
    expect(await budgetClients()).toHaveLength(5);
  });
});
