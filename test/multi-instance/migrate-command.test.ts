// `npm run db:migrate` against a libSQL server over http (DATABASE_URL=http://...): applies every migration
// the first time, nothing the second, and says so. (Each run starts tsx: slow on a busy machine, hence the timeout.)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/db/migrate';
import { startSqld, type Sqld } from '../support/sqld';

const ROOT = join(import.meta.dirname, '../..');
let sqld: Sqld;
beforeAll(async () => { sqld = await startSqld(); });
afterAll(() => sqld?.stop());

const migrate = (url: string) => spawnSync('npm', ['run', '--silent', 'db:migrate'], {
  cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: url, DATABASE_SYNC_URL: '', LOG_LEVEL: 'silent' },
});
const migrationCount = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')).length;

it('applies the migrations to an empty libSQL server, then nothing more', async () => {
  const first = migrate(sqld.url);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.stdout).toContain(`${migrationCount} migrations applied (${migrationCount} just now)`);
  const client = createClient({ url: sqld.url });
  const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) => r.name);
  expect(tables).toEqual(expect.arrayContaining(['workspaces', 'clients', 'contacts', 'slack_installations', 'rate_limits']));
  client.close();
  const again = migrate(sqld.url);
  expect(again.status).toBe(0);
  expect(again.stdout).toContain(`${migrationCount} migrations applied (0 just now)`);
}, 180_000);

