// An embedded replica keeps up without a restart: `npm start` with DATABASE_SYNC_URL syncs every
// DATABASE_SYNC_INTERVAL seconds (libSQL's own background sync, src/db/client.ts), so what another instance writes to
// the primary reaches this instance's local reads; when the primary goes away, local reads go on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { workspaces } from '../../src/db/schema';
import { parseEnv } from '../../src/env';
import { startServer } from '../../src/server';
import { startSqld } from '../support/sqld';

const cleanups: Array<() => unknown> = [];
afterEach(async () => { for (const c of cleanups.splice(0).reverse()) await c(); });

async function primaryWithData() {
  const sqld = await startSqld();
  cleanups.push(() => sqld.stop());
  const primary = await openDatabase({ url: sqld.url });
  cleanups.push(() => primary.close());
  await migrateDatabase(primary.db);
  const dir = mkdtempSync(join(tmpdir(), 'clientele-replica-sync-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { sqld, primary, dir };
}

const names = async (h: Pick<DbHandle, 'db'>) => (await h.db.select({ name: workspaces.name }).from(workspaces)).map((w) => w.name);

async function until(probe: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`never happened: ${what}`);
}

describe('embedded replica, periodic sync', () => {
  it('DATABASE_SYNC_INTERVAL defaults to 60 seconds; 0 (sync at start only) and fractions are accepted', () => {
    expect(parseEnv({}).DATABASE_SYNC_INTERVAL).toBe(60);
    expect(parseEnv({ DATABASE_SYNC_INTERVAL: '0' }).DATABASE_SYNC_INTERVAL).toBe(0);
    expect(parseEnv({ DATABASE_SYNC_INTERVAL: '0.5' }).DATABASE_SYNC_INTERVAL).toBe(0.5);
    expect(() => parseEnv({ DATABASE_SYNC_INTERVAL: '-1' })).toThrow(/DATABASE_SYNC_INTERVAL/);
  });

  it('a server on a replica reads another instance\'s write to the primary without restarting', async () => {
    const { sqld, primary, dir } = await primaryWithData();
    const server = await startServer({
      DATABASE_URL: `file:${join(dir, 'replica.db')}`, DATABASE_SYNC_URL: sqld.url, DATABASE_SYNC_INTERVAL: '0.05',
      DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent',
    });
    cleanups.push(() => server.close());
    expect(await names(server.deps)).not.toContain('Written by another instance');

    await primary.db.insert(workspaces).values({ name: 'Written by another instance' });
    await until(async () => (await names(server.deps)).includes('Written by another instance'), 'the replica syncing the write');
    // Its own writes still go to the primary.
    await server.deps.db.insert(workspaces).values({ name: 'Written by the replica server' });
    expect(await names(primary)).toContain('Written by the replica server');
  });

  it('keeps serving local reads while the primary is down (libSQL syncs on its own thread, never blocking them)', async () => {
    const { sqld, primary, dir } = await primaryWithData();
    await primary.db.insert(workspaces).values({ name: 'Synced before the outage' });
    const replica = await openDatabase({ url: `file:${join(dir, 'replica.db')}`, syncUrl: sqld.url, syncInterval: 0.02 });
    cleanups.push(() => replica.close());

    sqld.stop();
    // Several sync periods pass with the primary gone; each read still answers from the local copy.
    for (let i = 0; i < 10; i++) {
      expect(await names(replica)).toContain('Synced before the outage');
      await new Promise((r) => setTimeout(r, 25));
    }
  });
});
