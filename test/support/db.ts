// A fresh, migrated database per test file: a temp file by default (parallel-safe; :memory: has one
// connection only), or its own libSQL server (sqld) when the suite runs in the "sqld" project.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DbHandle } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { startSqld } from './sqld';

export type TestDb = DbHandle & { dir: string; cleanup(): void };

export const onSqld = process.env.CLIENTELE_TEST_TARGET === 'sqld';

export async function createTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-test-'));
  const server = onSqld ? await startSqld() : null;
  const url = server?.url ?? `file:${join(dir, 'test.db')}`;
  let handle: DbHandle | undefined;
  try {
    handle = await openDatabase({ url });
    await migrateDatabase(handle.db);
  } catch (err) {
    // No afterAll will clean up a database that never came up: stop its server here.
    handle?.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    ...handle,
    dir,
    cleanup() {
      handle.close();
      server?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
