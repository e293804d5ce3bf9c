// Starts a server process for the benches and waits for GET /healthz to answer 200: the product's start
// (scripts/start-server.mjs, what `npm start` runs), `npm start` itself, or a bare Node HTTP server as the
// baseline. Reports the wall time to healthy and the process's CPU time by then (from /proc, 10 ms ticks),
// since on a shared machine the wall time also counts other processes' work.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const BARE = `require('node:http').createServer((q, r) => r.end('{"ok":true}')).listen(+process.env.PORT, '127.0.0.1')`;

export type Running = { base: string; proc: ChildProcess; readyMs: number; cpuMs: number; rebuilt: boolean; stop(): Promise<void> };
export type StartKind = 'product' | 'npm-start' | 'bare-node';

export const freePort = () => new Promise<number>((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => ok(port)); });
});

/** utime + stime of a process and its children so far, in ms (clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** cwd: the repository copy to run in (its own node_modules/.bin first on the PATH), else this one. */
export async function startServerProcess(kind: StartKind, env: Record<string, string>, opts: { cwd?: string; timeoutMs?: number } = {}): Promise<Running> {
  const cwd = opts.cwd ?? ROOT;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const fullEnv = { PATH: `${join(cwd, 'node_modules', '.bin')}:${process.env.PATH}`, HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'silent', ...env, PORT: String(port), PUBLIC_URL: base };
  const [cmd, args] = kind === 'bare-node' ? [process.execPath, ['-e', BARE]]
    : kind === 'npm-start' ? ['npm', ['start', '--silent']] : [process.execPath, [join(cwd, 'scripts/start-server.mjs')]];
  const started = performance.now();
  // Its own process group, so npm's child node is stopped with it.
  const proc = spawn(cmd, args as string[], { cwd, env: fullEnv, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  proc.stderr!.on('data', (d) => { stderr += String(d); });
  let exited = false;
  proc.once('exit', () => { exited = true; });
  for (;;) {
    if (exited) throw new Error(`${kind} server exited before it was healthy: ${stderr.slice(-2000)}`);
    if (performance.now() - started > timeoutMs) throw new Error(`${kind} server not healthy after ${timeoutMs} ms: ${stderr.slice(-2000)}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const readyMs = performance.now() - started;
  const cpuMs = cpuMsOf(proc.pid!);
  return {
    // Another engineer's edit since the bench's build makes a start rebuild first: such a start is not comparable.
    base, proc, readyMs, cpuMs, rebuilt: stderr.includes('built dist/server'),
    stop: () => new Promise<void>((ok) => {
      if (exited) return ok();
      proc.once('exit', () => ok());
      try { process.kill(-proc.pid!, 'SIGTERM'); } catch { ok(); }
    }),
  };
}
