// An export whose thread does not stop by itself within close()'s wait is ended there: its file cut short must go
// at once, not stay in the exports folder until the daily purge. The thread reads a libSQL server through a
// loopback relay the test freezes, so it waits on the network (plain JavaScript, safe to end) and never reaches
// its next stop check.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_UNDO_WINDOW_MS, type MemberActor, silentLog } from '../../src/context';
import { type DbHandle, openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { members } from '../../src/db/schema';
import { ExportCsvInput } from '../../src/domain/exports/export-csv';
import { ensureDefaultWorkspace } from '../../src/domain/workspaces/ensure-workspace';
import { createDomainJobs, type NodeJobs } from '../../src/threads/domain-jobs';
import { seedClient } from '../domain/exports/seed';
import { type Sqld, startSqld } from '../support/sqld';

/** A TCP relay to `port` that, once frozen, passes nothing more either way. */
async function startRelay(port: number): Promise<{ url: string; freeze(): void; close(): void }> {
  let frozen = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      sockets.add(from);
      from.on('data', (d) => { if (!frozen) to.write(d); });
      from.on('error', () => {});
      from.on('close', () => to.destroy());
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port: own } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${own}`,
    freeze: () => { frozen = true; },
    close: () => { for (const s of sockets) s.destroy(); server.close(); },
  };
}

let held: { sqld?: Sqld; node?: DbHandle; relay?: { close(): void }; jobs?: NodeJobs; dir?: string } = {};
afterEach(async () => {
  await held.jobs?.close();
  held.relay?.close();
  held.node?.close();
  held.sqld?.stop();
  if (held.dir) rmSync(held.dir, { recursive: true, force: true });
  held = {};
});

it('removes the partial file of an export whose thread had to be ended', async () => {
  const sqld = await startSqld();
  held.sqld = sqld;
  const node = await openDatabase({ url: sqld.url });
  held.node = node;
  await migrateDatabase(node.db);
  const ws = await ensureDefaultWorkspace(node.db, 'Studio');
  const [m] = await node.db.insert(members).values({ workspaceId: ws.id, role: 'owner', name: 'Olga Owner', email: 'owner@studio.test' }).returning();
  const actor: MemberActor = { kind: 'member', workspaceId: ws.id, memberId: m.id, role: 'owner', channel: 'web', name: 'Olga Owner' };
  // A first page larger than the CSV stream's buffer (the file is open and holds it), then a slow statement.
  const industry = `${'a'.repeat(119)}b`;
  for (let i = 0; i < 30; i++) await seedClient(node.db, ws.id, { name: `Before ${i} ${'x'.repeat(4000)}`, industry });
  await seedClient(node.db, ws.id, { name: 'Slow Industry Ltd', industry: 'a'.repeat(4_000_000) });
  for (let i = 0; i < 5; i++) await seedClient(node.db, ws.id, { name: `After ${i}`, industry });

  const relay = await startRelay(Number(new URL(sqld.url).port));
  held.relay = relay;
  const dir = mkdtempSync(join(tmpdir(), 'clientele-exports-'));
  held.dir = dir;
  const jobs = createDomainJobs({
    url: relay.url, log: silentLog, stopWaitMs: 50,
    config: { publicUrl: 'http://clientele.test', allowPrivateFetch: false, undoWindowMs: DEFAULT_UNDO_WINDOW_MS },
  })!;
  held.jobs = jobs;

  const seen: number[] = [];
  const filesWhenStopped: string[][] = [];
  let closing: Promise<void> | undefined;
  const job = { actor, now: '2026-11-22T10:00:00.000Z', filters: ExportCsvInput.parse({ industry }), dir, pageSize: 30 };
  const err = await jobs.exportCsv(job, ({ rows }) => {
    seen.push(rows);
    // The first page is on disk; the thread now waits for the next page, which will never come back.
    relay.freeze();
    filesWhenStopped.push(readdirSync(dir));
    closing = jobs.close();
  }).then(() => null, (e: Error) => e);
  await closing;

  expect(seen).toEqual([30]);
  expect(filesWhenStopped[0]).toHaveLength(1);
  expect(err?.message).toMatch(/stopped before it finished .*nothing of it was saved/);
  expect(readdirSync(dir)).toEqual([]);
});
