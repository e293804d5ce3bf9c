// The Node server: binds to HOST (loopback unless asked), and one server per database file. A second
// `npm start` on the same file says so and stops (in-process and as a real second process); a lock left by a
// dead process is taken over; the lock file is private.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/env';
import { acquireServerLock, lockPathFor } from '../../src/server-lock';
import { startServer, type RunningServer } from '../../src/server';

const ROOT = resolve(import.meta.dirname, '../..');
const cleanups: Array<() => unknown> = [];
afterEach(async () => { for (const c of cleanups.splice(0).reverse()) await c(); });

function tempDb() {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-server-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, source: { DATABASE_URL: `file:${join(dir, 'app.db')}`, OUTBOX_DIR: join(dir, 'outbox'), PORT: '0', LOG_LEVEL: 'silent' } };
}
async function start(source: Record<string, string>): Promise<RunningServer> {
  const s = await startServer(source);
  cleanups.push(() => s.close());
  return s;
}

describe('HOST (happy)', () => {
  it('binds to 127.0.0.1 by default and to HOST when set', async () => {
    expect(parseEnv({}).HOST).toBe('127.0.0.1');
    const a = await start(tempDb().source);
    expect(a.address.address).toBe('127.0.0.1');
    expect((await fetch(`http://127.0.0.1:${a.address.port}/healthz`)).status).toBe(200);
    const b = await start({ ...tempDb().source, HOST: '0.0.0.0' });
    expect(b.address.address).toBe('0.0.0.0');
  });
});

describe('a fresh install (happy)', () => {
  it('starts when the database folder does not exist yet', async () => {
    const { dir, source } = tempDb();
    const s = await start({ ...source, DATABASE_URL: `file:${join(dir, 'data', 'app.db')}` });
    expect((await fetch(`http://127.0.0.1:${s.address.port}/healthz`)).status).toBe(200);
    expect(existsSync(join(dir, 'data', 'app.db'))).toBe(true);
  });
});

describe('one server per database (error)', () => {
  it('a second server on the same file refuses to start and names the first; the first keeps serving', async () => {
    const { source } = tempDb();
    const first = await start(source);
    await expect(startServer(source)).rejects.toThrow(/Another Clientele server is already using file:.*app\.db \(process \d+ on .*\)\. Not starting/);
    expect((await fetch(`http://127.0.0.1:${first.address.port}/healthz`)).status).toBe(200);
    await first.close();
    expect(existsSync(lockPathFor(source.DATABASE_URL)!)).toBe(false);
    await start(source);
  });

  it('a real second `npm start` process prints the reason and exits non-zero', async () => {
    const { source } = tempDb();
    await start(source);
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT, env: { ...process.env, ...source }, encoding: 'utf8', timeout: 60_000,
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/already using .*Not starting a second one/);
    expect(out.stdout).not.toContain('Clientele is running');
  }, 70_000);
});

describe('server lock (security)', () => {
  it('is a private file, and a lock left by a dead process is taken over', async () => {
    const { dir, source } = tempDb();
    const path = lockPathFor(source.DATABASE_URL)!;
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.on('exit', r));
    writeFileSync(path, JSON.stringify({ pid: dead.pid, host: (await import('node:os')).hostname(), startedAt: 'then' }));
    const lock = acquireServerLock(source.DATABASE_URL)!;
    cleanups.push(() => lock.release());
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(dir).toBeTruthy();
  });

  it('a lock held on another host is never taken over silently', () => {
    const { source } = tempDb();
    writeFileSync(lockPathFor(source.DATABASE_URL)!, JSON.stringify({ pid: 1, host: 'other-host.example', startedAt: 'then' }));
    expect(() => acquireServerLock(source.DATABASE_URL)).toThrow(/process 1 on other-host\.example.*delete .*server\.lock/);
  });

  it('only file databases take a lock', () => {
    expect(lockPathFor(':memory:')).toBeNull();
    expect(lockPathFor('libsql://db.example.turso.io')).toBeNull();
    expect(lockPathFor('file::memory:')).toBeNull();
  });
});
