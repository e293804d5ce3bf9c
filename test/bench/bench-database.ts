// A seeded database file for the benches that start the real server: N clients (seed-clients.ts, with
// contacts, invoices and notes) in the deployment's own workspace, built once and kept under .tmp/bench/ (keyed by
// N and a hash of the migrations and the seeder), then copied for each use, so a run seeds 100,000 clients once.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { members } from '../../src/db/schema';
import { createTeamSession } from '../../src/domain/auth/sessions';
import { ensureDefaultWorkspace } from '../../src/domain/workspaces/ensure-workspace';
import { parseEnv } from '../../src/env';
import { seedClients, seedRelated } from './seed-clients';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.tmp', 'bench');

export type BenchDatabase = { dir: string; path: string; url: string; workspaceId: number; cookie: string; cookies: string[]; cleanup(): void };

function cacheKey(clients: number): string {
  const h = createHash('sha256');
  const drizzle = join(ROOT, 'drizzle');
  for (const f of readdirSync(drizzle).filter((f) => f.endsWith('.sql')).sort()) h.update(readFileSync(join(drizzle, f)));
  h.update(readFileSync(join(import.meta.dirname, 'seed-clients.ts')));
  h.update(readFileSync(import.meta.filename));
  return `clients-${clients}-${h.digest('hex').slice(0, 12)}.db`;
}

async function build(path: string, clients: number): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  const handle = await openDatabase({ url: `file:${tmp}` });
  try {
    await migrateDatabase(handle.db);
    const ws = await ensureDefaultWorkspace(handle.db, parseEnv({}).WORKSPACE_NAME);
    await handle.db.insert(members).values({ workspaceId: ws.id, role: 'owner', name: 'Bench Owner', email: 'owner@bench.test' });
    await seedClients(handle.client, ws.id, clients, 5_000);
    await seedRelated(handle.client, ws.id);
    // A whole, self-contained file whatever the pool's connections left in the WAL (renaming the file that was
    // written left its -wal behind under the old name once, and the copy had no tables).
    await handle.client.execute({ sql: 'VACUUM INTO ?', args: [`${tmp}.done`] });
  } finally {
    handle.close();
  }
  renameSync(`${tmp}.done`, path);
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
}

/** A private copy of the seeded file, with a signed-in owner's session cookie and `sessions` more team members'. */
export async function benchDatabase(clients: number, opts: { sessions?: number; now?: Date } = {}): Promise<BenchDatabase> {
  const now = opts.now ?? new Date();
  mkdirSync(CACHE, { recursive: true });
  const cached = join(CACHE, cacheKey(clients));
  if (!existsSync(cached)) {
    const started = performance.now();
    await build(cached, clients);
    console.error(`  seeded ${clients} clients in ${Math.round(performance.now() - started)} ms (kept in ${cached})`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
  const path = join(dir, 'app.db');
  copyFileSync(cached, path);
  const url = `file:${path}`;
  const handle = await openDatabase({ url });
  try {
    const ws = await ensureDefaultWorkspace(handle.db, parseEnv({}).WORKSPACE_NAME);
    const [owner] = await handle.db.select().from(members).limit(1);
    const cookie = await createTeamSession(handle.db, { workspaceId: ws.id, memberId: owner.id, now });
    // One session per member: the web chat allows each person 30 turns a minute.
    const cookies: string[] = [];
    for (let i = 0; i < (opts.sessions ?? 0); i++) {
      const [m] = await handle.db.insert(members).values({ workspaceId: ws.id, role: 'manager', name: `Bench ${i}`, email: `bench${i}@bench.test` }).returning();
      cookies.push(await createTeamSession(handle.db, { workspaceId: ws.id, memberId: m.id, now }));
    }
    return { dir, path, url, workspaceId: ws.id, cookie, cookies, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  } finally {
    handle.close();
  }
}
