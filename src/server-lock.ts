// One `npm start` per database file: the server takes `<db>.server.lock` (0600, created exclusively) and a
// second server on the same file stops with a clear message instead of splitting rate limits, dedupe and
// deferred work. A lock left by a process that died (kill -9, power loss) on this host is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';

export type ServerLock = { path: string; release(): void };
type Holder = { pid: number; host: string; startedAt: string; url?: string };

export class ServerLocked extends Error {}

/** The lock file for a `file:` database; null for :memory: and remote servers (nothing local to split). */
export function lockPathFor(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith('file:')) return null;
  const path = databaseUrl.slice('file:'.length).split('?')[0];
  return path && path !== ':memory:' ? `${resolve(path)}.server.lock` : null;
}

const held = new Set<string>();

function alive(pid: number): boolean {
  // Our own pid is a live holder only if this process really took the lock (a restarted container reuses pids).
  if (pid === process.pid) return false;
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM'; }
}

function readHolder(path: string): Holder | null {
  try { return JSON.parse(readFileSync(path, 'utf8')) as Holder; } catch { return null; }
}

export function acquireServerLock(databaseUrl: string, info: { url?: string } = {}): ServerLock | null {
  const path = lockPathFor(databaseUrl);
  if (!path) return null;
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), url: info.url };
  // A fresh install has no data/ folder yet: the lock comes before the database, which would make it.
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (held.has(path)) throw locked(databaseUrl, path, me);
    try {
      const fd = openSync(path, 'wx', 0o600);
      try { writeSync(fd, `${JSON.stringify(me)}\n`); } finally { closeSync(fd); }
      held.add(path);
      return { path, release: () => release(path) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(path);
    // Another host's process cannot be checked from here: refuse rather than risk two servers.
    if (holder && (holder.host !== me.host || alive(holder.pid))) throw locked(databaseUrl, path, holder);
    try { unlinkSync(path); } catch { /* another starter removed it first */ }
  }
  throw locked(databaseUrl, path, readHolder(path));
}

function release(path: string): void {
  if (!held.delete(path)) return;
  if (readHolder(path)?.pid === process.pid) {
    try { unlinkSync(path); } catch { /* already gone */ }
  }
}

function locked(databaseUrl: string, path: string, holder: Holder | null): ServerLocked {
  const who = holder
    ? `process ${holder.pid} on ${holder.host}, started ${holder.startedAt}${holder.url ? `, serving ${holder.url}` : ''}`
    : 'another process';
  return new ServerLocked(
    `Another Clientele server is already using ${databaseUrl} (${who}). Not starting a second one on the same database: `
    + `stop the other server first, or set DATABASE_URL to another file. If no server is running, delete ${path}.`,
  );
}
