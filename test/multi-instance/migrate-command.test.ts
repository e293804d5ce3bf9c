// `npm run db:migrate` against a libSQL server over http (DATABASE_URL=http://...): applies every migration
// the first time, nothing the second, and says so; and it runs from a production install (no development tool such
// as tsx): the production build's migrate entry, built first when stale, as `npm start` does (hence the timeouts).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/db/migrate';
import { startSqld, type Sqld } from '../support/sqld';

const ROOT = join(import.meta.dirname, '../..');
let sqld: Sqld;
beforeAll(async () => { sqld = await startSqld(); });
afterAll(() => sqld?.stop());

const env = (url: string) => ({ ...process.env, DATABASE_URL: url, DATABASE_SYNC_URL: '', LOG_LEVEL: 'silent' });
const migrate = (url: string) => spawnSync('npm', ['run', '--silent', 'db:migrate'], { cwd: ROOT, encoding: 'utf8', env: env(url) });
const migrationCount = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')).length;
// The build's one line ("built dist/server in N ms") when the bundle was stale; nothing else may reach stderr.
const problems = (stderr: string) => stderr.split('\n').filter((l) => l.trim() && !/^built dist\/server in \d+ ms$/.test(l));

it('applies the migrations to an empty libSQL server, then nothing more', async () => {
  const first = migrate(sqld.url);
  expect(problems(first.stderr)).toEqual([]);
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

it('runs without the development tools a production install leaves out (no tsx on the PATH)', async () => {
  // `npm ci --omit=dev` installs no tsx, esbuild or vitest: run the script's own command with a PATH holding only
  // Node and the system's tools, not node_modules/.bin, against a fresh server.
  const fresh = await startSqld();
  try {
    const command = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['db:migrate'];
    const PATH = [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter);
    const r = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: { ...env(fresh.url), PATH } });
    expect(problems(r.stderr)).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${migrationCount} migrations applied (${migrationCount} just now)`);
  } finally {
    fresh.stop();
  }
}, 180_000);
