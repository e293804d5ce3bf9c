// An embedded replica (DATABASE_SYNC_URL): the app's database is a local file synced from a libSQL server.
// Reads are served from the local file, writes go to the primary, and the writer reads its own writes at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { workspaces } from '../../src/db/schema';
import { startSqld, type Sqld } from '../support/sqld';

let sqld: Sqld;
let primary: DbHandle;
let replica: DbHandle;
let dir: string;

beforeAll(async () => {
  sqld = await startSqld();
  dir = mkdtempSync(join(tmpdir(), 'clientele-replica-'));
  primary = await openDatabase({ url: sqld.url });
  await migrateDatabase(primary.db);
  await primary.db.insert(workspaces).values({ name: 'Before the replica' });
  replica = await openDatabase({ url: `file:${join(dir, 'replica.db')}`, syncUrl: sqld.url });
});
afterAll(() => {
  replica?.close();
  primary?.close();
  sqld?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const names = async (h: DbHandle) => (await h.db.select({ name: workspaces.name }).from(workspaces)).map((w) => w.name).sort();

it('starts from the primary\'s data (synced on open)', async () => {
  expect(await names(replica)).toEqual(['Before the replica']);
});

it('writes through the replica land on the primary, and the writer reads them back at once', async () => {
  await replica.db.insert(workspaces).values({ name: 'Written by the replica' });
  expect(await names(primary)).toEqual(['Before the replica', 'Written by the replica']);
  expect(await names(replica)).toEqual(['Before the replica', 'Written by the replica']);
  // A transaction too (drizzle's BEGIN IMMEDIATE through the replica).
  await replica.db.transaction(async (tx) => { await tx.update(workspaces).set({ name: 'Renamed in a transaction' }).where(eq(workspaces.name, 'Written by the replica')); });
  expect(await names(primary)).toContain('Renamed in a transaction');
  expect(await names(replica)).toContain('Renamed in a transaction');
});

it('reads are local: another writer\'s change shows only after a sync', async () => {
  await primary.db.insert(workspaces).values({ name: 'Written elsewhere' });
  expect(await names(replica)).not.toContain('Written elsewhere');
  await replica.client.sync();
  expect(await names(replica)).toContain('Written elsewhere');
});
