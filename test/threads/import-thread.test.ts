// The server applies imports in its job thread (src/threads/): the event loop answers /healthz even while one of
// the import's statements runs (in process it could only answer between statements), and a thread that dies in
// the middle of the writes leaves nothing of the import, while the server's own writes go on.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemberActor } from '../../src/context';
import { activities, clients, csvImports, members } from '../../src/db/schema';
import { makeCtx } from '../../src/deps';
import { createClient } from '../../src/domain/clients/create-client';
import { applyImport } from '../../src/domain/imports/apply-import';
import { importCsv } from '../../src/domain/imports/import-csv';
import type { NodeJobs } from '../../src/threads/domain-jobs';
import { startHarness, type Harness } from '../channels/slack/slack-harness';

const ROWS = 1500;
const FILE = ['Company,Email,Contact', ...Array.from({ length: ROWS }, (_, i) => `Thread Co ${i + 1},hello@thread-${i + 1}.test,Pat ${i + 1}`)].join('\n');

let h: Harness | undefined;
let server: ServerType | undefined;
afterEach(async () => {
  if (server) await new Promise((ok) => server!.close(ok));
  server = undefined;
  await h?.close();
  h = undefined;
});

async function owner(hh: Harness): Promise<MemberActor> {
  const [m] = await hh.deps.db.insert(members).values({ workspaceId: hh.deps.workspaceId, role: 'owner', name: 'Olga Owner', email: 'owner@studio.test' }).returning();
  return { kind: 'member', workspaceId: hh.deps.workspaceId, memberId: m.id, role: 'owner', channel: 'web', name: m.name! };
}
const countOf = async (hh: Harness, table: typeof clients | typeof activities) => (await hh.deps.db.select({ n: count() }).from(table))[0].n;
const statusOf = async (hh: Harness, id: string) => (await hh.deps.db.select({ s: csvImports.status }).from(csvImports).where(eq(csvImports.id, id)))[0].s;

describe('imports in the job thread', () => {
  it('answers /healthz while the import is inside one long statement, before the import ends', async () => {
    h = await startHarness();
    server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((ok) => server!.once('listening', ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ctx = makeCtx(h.deps, await owner(h));
    const dry = await importCsv({ ctx, input: { content: FILE, filename: 'thread.csv' } });
    // The import's last statement before COMMIT (marking it applied) made long in the database itself: in process,
    // nothing else could run on the loop from its start until the import had ended.
    const nums = JSON.stringify(Array.from({ length: 5000 }, (_, i) => i));
    await h.deps.testDb.client.execute(`CREATE TRIGGER slow_mark AFTER UPDATE OF status ON csv_imports WHEN NEW.status = 'applied'
      BEGIN SELECT count(*) FROM json_each('${nums}') a, json_each('${nums}') b; END`);
    let settled = false;
    let answered!: (v: { status: number; settled: boolean }) => void;
    const health = new Promise<{ status: number; settled: boolean }>((ok) => { answered = ok; });
    const applying = applyImport({ ctx, input: { importId: dry.importId }, onProgress: (p) => {
      // The last rows are written: only the history row, the mark and COMMIT are left.
      if (p.phase === 'writing' && p.done === ROWS) void fetch(`${url}/healthz`).then((r) => answered({ status: r.status, settled }));
    } }).finally(() => { settled = true; });

    expect(await health).toEqual({ status: 200, settled: false });
    expect(await applying).toMatchObject({ created: ROWS, alreadyApplied: false });
    expect(await countOf(h, clients)).toBe(ROWS);
  });

  it('a thread stopped in the middle of the writes leaves nothing applied; the server writes on, and the import applies later', async () => {
    h = await startHarness();
    const hh = h;
    const ctx = makeCtx(hh.deps, await owner(hh));
    const jobs = hh.deps.jobs as NodeJobs;
    const dry = await importCsv({ ctx, input: { content: FILE, filename: 'stopped.csv' } });
    const before = { clients: await countOf(hh, clients), activities: await countOf(hh, activities) };
    const writes: number[] = [];
    const err = await applyImport({ ctx, input: { importId: dry.importId }, onProgress: (p) => {
      if (p.phase !== 'writing') return;
      writes.push(p.done);
      if (writes.length === 1) void jobs.close();
    } }).then(() => null, (e: Error) => e);

    expect(err?.message).toMatch(/stopped before it finished .*nothing of it was saved/);
    expect(writes[0]).toBeLessThan(ROWS);
    expect({ clients: await countOf(hh, clients), activities: await countOf(hh, activities) }).toEqual(before);
    expect(await statusOf(hh, dry.importId)).toBe('failed');
    // The thread's write lock went with it: the server's own writes are not kept waiting.
    expect((await createClient({ ctx, input: { name: 'After The Stop Ltd' } })).created).toBe(true);

    expect(await applyImport({ ctx, input: { importId: dry.importId } })).toMatchObject({ created: ROWS, alreadyApplied: false });
    expect(await countOf(hh, clients)).toBe(before.clients + 1 + ROWS);
    expect(await statusOf(hh, dry.importId)).toBe('applied');
  });
});
