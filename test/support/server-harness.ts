// What the report-* server tests share: a real server process (`src/server.ts`) started on a free port, killed with
// SIGKILL and started again; the fake Slack, a loopback model and response URLs; signed deliveries (a whole one, or
// one only half sent); and a shared sqld database beside a dead and a live process. Everything started is undone after
// each test.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { afterEach } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { startServer } from '../../src/server';
import { type FakeSlack, startFakeSlack } from './fakes/slack-api';
import { signedSlackHeaders } from './slack-signed';
import { freePort, startSqld } from './sqld';

const ROOT = resolve(import.meta.dirname, '../..');

/** A server process's environment: a database file and private files in `dir`, quiet logs, and the rest given. */
export const serverEnv = (dir: string, extra: Record<string, string>) => ({
  DATABASE_URL: `file:${join(dir, 'app.db')}`,
  DATA_DIR: dir,
  LOG_LEVEL: 'silent',
  ...extra,
});

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(what: string, f: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  for (const end = Date.now() + ms; ; await sleep(25)) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

/** SIGKILL, as a crash or `kill -9` would: nothing of the process's own shutdown runs. */
export async function kill(proc: ChildProcess) {
  proc.kill('SIGKILL');
  await new Promise((r) => proc.once('exit', r));
}

/** A delivery to /slack/events signed with `secret`, as Slack sends it. */
export const postSigned = (base: string, secret: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { ...signedSlackHeaders(secret, Math.floor(Date.now() / 1000), body), ...headers },
    body,
  });

/** The file's harness: call once at its top; what each test starts through it is stopped after that test. */
export function serverHarness() {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };

  async function fakeSlack(opts: Parameters<typeof startFakeSlack>[0]): Promise<FakeSlack> {
    const slack = await startFakeSlack(opts);
    cleanups.push(() => slack.close());
    return slack;
  }

  /** `app` on a loopback port of its own, closed after the test; its origin. */
  async function loopback(app: Hono): Promise<string> {
    const server: ServerType = await new Promise((ok) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ok(s));
    });
    cleanups.push(
      () =>
        new Promise((ok) => {
          (server as any).closeAllConnections?.();
          server.close(() => ok(null));
        }),
    );
    return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }

  /** An OpenAI-compatible model at `baseURL` answering each chat completion with `answer`. */
  async function model(answer: (c: Context) => Response | Promise<Response>) {
    const app = new Hono();
    let requests = 0;
    app.post('/v1/chat/completions', (c) => {
      requests++;
      return answer(c);
    });
    return { baseURL: `${await loopback(app)}/v1`, requests: () => requests };
  }

  /**
   * Response URLs whose answers the test decides: `answer` gives each post's status, or 'hang' (never answered, as
   * when Slack's answer or the poster's process is lost). Every post is kept with what it was answered.
   */
  async function responseUrls(answer: (post: { path: string; body: Record<string, any> }) => number | 'hang') {
    const posts: Array<{ path: string; body: Record<string, any>; answered: number | 'hang' }> = [];
    const app = new Hono();
    app.post('/hooks/:path', async (c) => {
      const post = { path: c.req.param('path'), body: await c.req.json() };
      const answered = answer(post);
      posts.push({ ...post, answered });
      return answered === 'hang' ? new Promise<Response>(() => {}) : c.text(answered < 300 ? 'ok' : 'no', answered as 200);
    });
    const origin = await loopback(app);
    return { posts, url: (path: string) => `${origin}/hooks/${path}` };
  }

  /** `src/server.ts` in a child process of its own (so it can be killed), once it answers /healthz. */
  async function startProcess(env: Record<string, string>): Promise<{ proc: ChildProcess; port: number; base: string }> {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env, PORT: String(port), PUBLIC_URL: base },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    cleanups.push(() => proc.kill('SIGKILL'));
    let stderr = '';
    proc.stderr!.on('data', (d) => {
      stderr += String(d);
    });
    for (const end = Date.now() + 60_000; Date.now() < end; await sleep(50)) {
      if (proc.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      if ((await fetch(`${base}/healthz`).catch(() => null))?.ok) return { proc, port, base };
    }
    throw new Error(`server did not start: ${stderr}`);
  }

  /** A signed delivery whose body is only half sent: the server waits for the rest, so the claims after it wait too. */
  function halfSent(port: number, secret: string, body: string) {
    const head = signedSlackHeaders(secret, Math.floor(Date.now() / 1000), body);
    const socket = connect(port, '127.0.0.1');
    cleanups.push(() => socket.destroy());
    const lines = Object.entries({ ...head, host: `127.0.0.1:${port}`, 'content-length': String(Buffer.byteLength(body)) });
    socket.write(`POST /slack/events HTTP/1.1\r\n${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body.slice(0, 20)}`);
    return new Promise<void>((ok) => socket.once('connect', () => ok()));
  }

  /**
   * A migrated sqld database shared with other processes: the pid of one that is gone (`deadPid`) and of one still
   * running on this host (`livePid`), and the `source` a server in this test process starts from.
   */
  async function sharedDatabase(dirPrefix: string) {
    const sqld = await startSqld();
    cleanups.push(() => sqld.stop());
    const dir = tempDir(dirPrefix);
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.once('exit', r));
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
    cleanups.push(() => sleeper.kill('SIGKILL'));
    const source = { DATABASE_URL: sqld.url, DATA_DIR: dir, OUTBOX_DIR: join(dir, 'outbox'), PORT: '0', LOG_LEVEL: 'silent' };
    // The first start migrates; what the test then writes is that of processes running beside the next one.
    await (await startServer(source)).close();
    const { db, close } = await openDatabase({ url: sqld.url });
    cleanups.push(close);
    return { url: sqld.url, dir, source, db, deadPid: dead.pid!, livePid: sleeper.pid! };
  }

  return { cleanups, tempDir, fakeSlack, model, responseUrls, startProcess, halfSent, sharedDatabase };
}
