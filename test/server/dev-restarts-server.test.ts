// `npm run dev` restarts the server when a source file changes (issue 16): scripts/dev-server.mjs on a copy of the
// sources in a temp folder (never the shared sources; packages, migrations and the model linked; not under the
// project's .tmp, since tsx watch ignores hidden folders), on a temp database. An edit to the sign-in page shows on the next request, served by a restarted server.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  // The dev script and its tsx child run in their own process group: end both.
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((r) => child!.on('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  child = undefined;
  dir = undefined;
});

const freePort = () => new Promise<number>((ok) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address() as AddressInfo; s.close(() => ok(port)); });
});

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, ms = 90_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    const v = await probe();
    if (v) return v;
  }
  throw new Error(`never happened: ${what}`);
}

describe('npm run dev', () => {
  it('restarts the server when a source file changes, and serves the change', async () => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-dev-'));
    for (const d of ['src', 'tools', 'emails', 'prompts', 'scripts']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    for (const f of ['package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(dir, f));
    for (const d of ['node_modules', 'drizzle', 'models']) symlinkSync(join(ROOT, d), join(dir, d), 'dir');
    const port = await freePort();
    const env = { ...process.env, NODE_ENV: 'development', DATABASE_URL: `file:${join(dir, 'app.db')}`, DATA_DIR: join(dir, 'data'), PORT: String(port), HOST: '127.0.0.1' };
    let out = '';
    child = spawn(process.execPath, ['scripts/dev-server.mjs'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout!.on('data', (d) => { out += String(d); });
    child.stderr!.on('data', (d) => { out += String(d); });
    const signIn = async () => { try { return await (await fetch(`http://127.0.0.1:${port}/sign-in`)).text(); } catch { return undefined; } };

    expect(await until(signIn, `the first start (output: ${out})`)).toContain('Enter your work email');
    const starts = () => out.split('Clientele is running at').length - 1;
    expect(starts()).toBe(1);

    // tsx starts watching a file some time after the server imported it: an edit made before that goes unseen, as
    // it would for a person saving at that instant, so the edit is saved again until the server restarts.
    const page = join(dir, 'src/channels/http/team/pages/auth-pages.ts');
    const edited = readFileSync(page, 'utf8').replace('Enter your work email and', 'Type your work email and');
    let saves = 0;
    await until(() => {
      if (starts() >= 2) return true;
      if (saves++ % 25 === 0) writeFileSync(page, `${edited}\n// saved ${saves}\n`);
      return undefined;
    }, 'a second start after the edit');
    expect(await until(async () => ((await signIn())?.includes('Type your work email') ? true : undefined), 'the edited page served')).toBe(true);
  }, 180_000);
});
