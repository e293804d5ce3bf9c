// The server writes CSV exports in its job thread (src/threads/): the event loop answers /healthz even while one
// of the export's statements runs (in process it could only answer once the statement had ended), the file is
// byte for byte the one written in process, and the domain's errors come back as its own.
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/channels/http/app';
import type { MemberActor } from '../../src/context';
import { members } from '../../src/db/schema';
import { makeCtx } from '../../src/deps';
import { exportCsv } from '../../src/domain/exports/export-csv';
import { NotFound } from '../../src/errors';
import type { NodeJobs } from '../../src/threads/domain-jobs';
import { createTestDeps, type TestDeps } from '../support/deps';
import { seedClient, seedInvoice } from '../domain/exports/seed';

let deps: TestDeps | undefined;
let server: ServerType | undefined;
afterEach(async () => {
  if (server) await new Promise((ok) => server!.close(ok));
  server = undefined;
  deps?.testDb.cleanup();
  deps = undefined;
});

async function owner(d: TestDeps): Promise<MemberActor> {
  const [m] = await d.db.insert(members).values({ workspaceId: d.workspaceId, role: 'owner', name: 'Olga Owner', email: 'owner@studio.test' }).returning();
  return { kind: 'member', workspaceId: d.workspaceId, memberId: m.id, role: 'owner', channel: 'web', name: m.name! };
}

/** A server on loopback over fresh test deps, for /healthz probes while the thread works. */
async function startServer(): Promise<{ d: TestDeps; url: string }> {
  deps = await createTestDeps();
  const d = deps;
  server = serve({ fetch: createApp(d).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((ok) => server!.once('listening', ok));
  return { d, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('exports in the job thread', () => {
  it('answers /healthz while the export is inside one long statement, before the export reads on', async () => {
    const { d, url } = await startServer();
    // A page of clients in the industry, one client whose industry takes SQLite a long time to compare (4 MB
    // against a 120-character pattern), then another page: the second page's id query is one long statement.
    const industry = `${'a'.repeat(119)}b`;
    for (let i = 0; i < 5; i++) await seedClient(d.db, d.workspaceId, { name: `Before ${i}`, industry });
    await seedClient(d.db, d.workspaceId, { name: 'Slow Industry Ltd', industry: 'a'.repeat(4_000_000) });
    for (let i = 0; i < 5; i++) await seedClient(d.db, d.workspaceId, { name: `After ${i}`, industry });

    const seen: number[] = [];
    let answered!: (v: { status: number; seen: number[] }) => void;
    const health = new Promise<{ status: number; seen: number[] }>((ok) => { answered = ok; });
    const result = await exportCsv({ ctx: makeCtx(d, await owner(d)), input: { industry }, options: { pageSize: 5, onProgress: ({ rows }) => {
      seen.push(rows);
      // The first page is written: the thread is now inside the next page's id query. In process nothing else
      // runs on the loop until that query ends, so the second page's progress would come first.
      if (rows === 5) void fetch(`${url}/healthz`).then((r) => answered({ status: r.status, seen: [...seen] }));
    } } });

    expect(await health).toEqual({ status: 200, seen: [5] });
    expect(result.rows).toBe(10);
    expect(seen).toEqual([5, 10]);
  });

  it('writes the same bytes as in process, for clients and for contacts', async () => {
    deps = await createTestDeps();
    const d = deps;
    const acme = await seedClient(d.db, d.workspaceId, {
      name: 'Acme "Quoted", GmbH', status: 'active', email: 'office@acme.de', phone: '+49301234567', city: 'Zürich', country: 'CH', value: 12000,
    }, [{ name: 'Jane Roe', email: 'jane@acme.de', isPrimary: true }, { name: '=HYPERLINK("x")', email: 'billing@acme.de', isBillingDefault: true }]);
    await seedInvoice(d.db, d.workspaceId, acme.client.id, 150000, 50000);
    await seedClient(d.db, d.workspaceId, { name: 'Globex\nLine Two', status: 'inactive', archivedAt: new Date('2026-01-01T00:00:00Z') });
    for (let i = 0; i < 7; i++) await seedClient(d.db, d.workspaceId, { name: `Filler ${i}`, industry: 'Design' });
    const ctx = makeCtx(d, await owner(d));
    expect(ctx.jobs).toBeDefined();

    for (const input of [{}, { kind: 'contacts', bom: true }, { industry: 'design' }] as const) {
      const threaded = await exportCsv({ ctx, input, options: { pageSize: 3 } });
      const inProcess = await exportCsv({ ctx: { ...ctx, jobs: undefined }, input, options: { pageSize: 3 } });
      expect(threaded.id).not.toBe(inProcess.id);
      expect({ ...threaded, id: '', path: '' }).toEqual({ ...inProcess, id: '', path: '' });
      expect(readFileSync(threaded.path).equals(readFileSync(inProcess.path))).toBe(true);
      // The thread recorded the file where the server's download route looks for it.
      expect((await ctx.files!.read(threaded.id, d.workspaceId))?.rows).toBe(threaded.rows);
    }
  });

  it('stopping the jobs mid-export fails it clearly and leaves no partial file; the server answers and exports again', async () => {
    const { d, url } = await startServer();
    // As above: the first page is written, then the thread is inside one long statement when it is asked to stop.
    // The first page is larger than the CSV stream's buffer, so the file is open and holds it by then.
    const industry = `${'a'.repeat(119)}b`;
    for (let i = 0; i < 30; i++) await seedClient(d.db, d.workspaceId, { name: `Before ${i} ${'x'.repeat(4000)}`, industry });
    await seedClient(d.db, d.workspaceId, { name: 'Slow Industry Ltd', industry: 'a'.repeat(4_000_000) });
    for (let i = 0; i < 5; i++) await seedClient(d.db, d.workspaceId, { name: `After ${i}`, industry });
    const ctx = makeCtx(d, await owner(d));
    const seen: number[] = [];
    let closing: Promise<void> | undefined;
    const err = await exportCsv({ ctx, input: { industry }, options: { pageSize: 30, onProgress: ({ rows }) => {
      seen.push(rows);
      if (rows === 30) closing = (d.jobs as NodeJobs).close();
    } } }).then(() => null, (e: Error) => e);
    await closing;

    expect(seen).toEqual([30]);
    expect(err?.message).toMatch(/stopped before it finished .*nothing of it was saved/);
    // Nothing half-written stays in the exports folder for anyone to find or download.
    expect(readdirSync(d.files!.dir)).toEqual([]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // The next export starts a new thread and writes the whole file.
    const again = await exportCsv({ ctx, input: { industry }, options: { pageSize: 30 } });
    expect(again.rows).toBe(35);
    expect(readdirSync(d.files!.dir).sort()).toEqual([`${again.id}.csv`, `${again.id}.json`].sort());
  });

  it("brings the domain's errors back as its own", async () => {
    deps = await createTestDeps();
    const ctx = makeCtx(deps, await owner(deps));
    const fail = (c: typeof ctx) => exportCsv({ ctx: c, input: { owner: 'Nobody Known' } }).then(() => null, (e: unknown) => e);
    const [threaded, inProcess] = [await fail(ctx), await fail({ ...ctx, jobs: undefined })];
    expect(inProcess).toBeInstanceOf(NotFound);
    expect(threaded).toBeInstanceOf(NotFound);
    expect(threaded).toMatchObject({ message: (inProcess as NotFound).message, details: (inProcess as NotFound).details });
  });
});
