// A port already taken: the server says so in one sentence on stderr and exits with status 1: no stack trace,
// and no one-time sign-in link (it is printed only once the server really listens).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let taken: Server | undefined;
let dir: string | undefined;
afterEach(async () => {
  if (taken) await new Promise((r) => taken!.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
  taken = undefined;
  dir = undefined;
});

describe('starting on a port that is in use', () => {
  it('prints one sentence naming the port and exits 1, with no link printed', async () => {
    taken = createServer();
    await new Promise<void>((ok) => taken!.listen(0, '127.0.0.1', ok));
    const port = (taken.address() as AddressInfo).port;
    dir = mkdtempSync(join(tmpdir(), 'clientele-port-'));
    const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'app.db')}`, DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += String(d); });
    child.stderr.on('data', (d) => { err += String(d); });
    const code = await new Promise<number | null>((r) => child.on('exit', r));

    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      `Port ${port} on 127.0.0.1 is already in use by another program: stop it, or start with another PORT (for example PORT=${port + 1}).`,
    ]);
    expect(out).not.toMatch(/No owner yet|first-owner|#t=/);
    expect(out).not.toContain('is running at');
  }, 600_000);
});
