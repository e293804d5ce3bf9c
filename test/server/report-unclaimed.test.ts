// A slash command killed between its ack and its claim (issue 11, "Nothing is lost"). The claim is written after the
// ack, once no other Slack request waits for its answer (fetch-receiver.ts), so until then only the ack journal, noted
// before the ack, holds the command: the next start reports it through its response_url like one cut off later. On a
// shared database only a dead process's journal is read: another live instance's stays as it is.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createClient } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { slackEvents } from '../../src/db/schema';
import { ackJournalDir } from '../../src/files/ack-journal';
import { startServer } from '../../src/server';
import { type FakeSlack, startFakeSlack } from '../support/fakes/slack-api';
import { startFakeSlackSocket } from '../support/fakes/slack-socket';
import { signedSlackHeaders } from '../support/slack-signed';
import { startSqld } from '../support/sqld';

const ROOT = resolve(import.meta.dirname, '../..');
const SECRET = 'unclaimed-test-signing-secret-0123';
const TEAM = 'TUNC0001';
const USER = { id: 'UUNC0001', teamId: TEAM, name: 'Una Unc', email: 'una@unc.test' };
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, f: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  for (const end = Date.now() + ms; ; await sleep(25)) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}
const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

async function fakeSlack(): Promise<FakeSlack> {
  const slack = await startFakeSlack({ teamId: TEAM, botUserId: 'UUNCBOT', botId: 'BUNC', users: [USER] });
  cleanups.push(() => slack.close());
  return slack;
}

async function startProcess(env: Record<string, string>): Promise<{ proc: ChildProcess; port: number }> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  cleanups.push(() => proc.kill('SIGKILL'));
  let stderr = '';
  proc.stderr!.on('data', (d) => {
    stderr += String(d);
  });
  for (const end = Date.now() + 60_000; Date.now() < end; await sleep(50)) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    if ((await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok) return { proc, port };
  }
  throw new Error(`server did not start: ${stderr}`);
}

const commandFields = (slack: FakeSlack, hook: string, text: string, trigger: string) => ({
  token: 'unused',
  team_id: TEAM,
  team_domain: 'unc',
  channel_id: 'CUNC0001',
  channel_name: 'clients',
  user_id: USER.id,
  user_name: 'una',
  command: '/client',
  text,
  response_url: slack.hookUrl(hook),
  trigger_id: trigger,
  api_app_id: 'AUNC',
});
const slashCommand = (slack: FakeSlack, hook: string, text: string, trigger: string) =>
  new URLSearchParams(commandFields(slack, hook, text, trigger)).toString();

/** A signed delivery whose body is only half sent: the server waits for the rest, so it waits for its answer. */
function halfSent(port: number, body: string) {
  const head = signedSlackHeaders(SECRET, Math.floor(Date.now() / 1000), body);
  const socket = connect(port, '127.0.0.1');
  cleanups.push(() => socket.destroy());
  const lines = Object.entries({ ...head, host: `127.0.0.1:${port}`, 'content-length': String(Buffer.byteLength(body)) });
  socket.write(`POST /slack/events HTTP/1.1\r\n${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body.slice(0, 20)}`);
  return new Promise<void>((ok) => socket.once('connect', () => ok()));
}

describe('a slash command killed between its ack and its claim (happy)', () => {
  it('is reported after the restart through its response_url, as one killed after its claim is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-unclaimed-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const slack = await fakeSlack();
    const env = {
      DATABASE_URL: `file:${join(dir, 'app.db')}`,
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-unc',
      SLACK_API_URL: slack.apiUrl,
    };
    const first = await startProcess(env);
    // Another delivery still arriving holds the claim back (by design: acks first), so the kill lands in between.
    await halfSent(first.port, slashCommand(slack, 'other', 'help', 'unc.0'));
    const res = await fetch(`http://127.0.0.1:${first.port}/slack/events`, {
      method: 'POST',
      headers: signedSlackHeaders(SECRET, Math.floor(Date.now() / 1000), slashCommand(slack, 'find', 'find acme', 'unc.1')),
      body: slashCommand(slack, 'find', 'find acme', 'unc.1'),
    });
    expect([res.status, await res.text()]).toEqual([200, '']);
    await sleep(300);
    const { db, close } = await openDatabase({ url: env.DATABASE_URL });
    cleanups.push(close);
    // Acknowledged, yet neither claimed nor shown "Working…": Slack sends it no more.
    expect(await db.select().from(slackEvents)).toEqual([]);
    expect(slack.hooks).toEqual([]);
    // Only the process's private journal holds it (its response_url is a credential).
    const journals = ackJournalDir(dir, env.DATABASE_URL);
    const [file, ...others] = readdirSync(journals);
    expect([statSync(journals).mode & 0o777, statSync(join(journals, file)).mode & 0o777, others]).toEqual([0o700, 0o600, []]);
    first.proc.kill('SIGKILL');
    await new Promise((r) => first.proc.once('exit', r));

    await startProcess(env);
    const report = await until('the command reported', () => slack.hooks.find((h) => h.path === 'find')?.body);
    expect(report).toMatchObject({
      response_type: 'ephemeral',
      replace_original: true,
      text: expect.stringMatching(/restarted while it was working on `\/client find acme`, so it was interrupted.*Nothing was changed/s),
    });
    // Marked reported once told, its answer URL dropped.
    const rows = await until('the report recorded', async () => {
      const all = await db.select().from(slackEvents);
      return all.every((c) => c.reportedAt) && all;
    });
    expect(rows.map((c) => [c.eventId, c.status, c.responseUrl, !!c.reportedAt])).toEqual([['cmd:unc.1', 'failed', null, true]]);
    // The half-sent delivery was never acknowledged (Slack retries it): nothing to report. The dead journal is gone.
    expect(slack.hooks.map((h) => h.path)).toEqual(['find']);
    expect(readdirSync(journals)).toEqual([]);
  }, 120_000);
});

describe('over Socket Mode, a slash command killed between its ack and its claim (happy)', () => {
  it('is reported after the restart through its response_url', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-unclaimed-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const [slack, socket] = await Promise.all([fakeSlack(), startFakeSlackSocket()]);
    cleanups.push(() => socket.close());
    slack.useSocket(socket.url);
    const env = {
      DATABASE_URL: `file:${join(dir, 'app.db')}`,
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      SLACK_APP_TOKEN: 'xapp-1-AUNC-test',
      SLACK_BOT_TOKEN: 'xoxb-unc',
      SLACK_API_URL: slack.apiUrl,
    };
    const envelope = (id: string, text: string) => ({
      envelope_id: id,
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: commandFields(slack, id, text, `unc.${id}`),
    });
    const first = await startProcess(env);
    // Connected once a "/client help" is acked (its card is its answer: nothing to report).
    for (let n = 0; ; n++) {
      socket.send(envelope(`help-${n}`, 'help'));
      if (await Promise.race([socket.waitForAck(`help-${n}`), sleep(300).then(() => null)])) break;
    }
    // Another writer holds the database: the claim, written right after the ack, waits; the kill lands meanwhile.
    const holder = createClient({ url: env.DATABASE_URL, timeout: 5000 });
    cleanups.push(() => holder.close());
    const tx = await holder.transaction('write');
    socket.send(envelope('find', 'find acme'));
    expect(await socket.waitForAck('find')).toEqual({ envelope_id: 'find', payload: {} });
    first.proc.kill('SIGKILL');
    await new Promise((r) => first.proc.once('exit', r));
    await tx.rollback();

    await startProcess(env);
    const report = await until('the command reported', () => slack.hooks.find((h) => h.path === 'find')?.body);
    expect(report).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/restarted while it was working on `\/client find acme`, so it was interrupted.*Nothing was changed/s),
    });
    expect(slack.hooks.map((h) => h.path)).toEqual(['find']);
  }, 120_000);
});

describe('on a shared database, only a dead process’s ack journal (security)', () => {
  it('records and reports a dead process’s unclaimed command once; a live instance’s journal and a claimed command are left', async () => {
    const [sqld, slack] = await Promise.all([startSqld(), fakeSlack()]);
    cleanups.push(() => sqld.stop());
    const dir = mkdtempSync(join(tmpdir(), 'clientele-unclaimed-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.once('exit', r));
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
    cleanups.push(() => sleeper.kill('SIGKILL'));
    const source = { DATABASE_URL: sqld.url, DATA_DIR: dir, OUTBOX_DIR: join(dir, 'outbox'), PORT: '0', LOG_LEVEL: 'silent' };
    await (await startServer(source)).close();
    const { db, close } = await openDatabase({ url: sqld.url });
    cleanups.push(close);
    const at = new Date();
    // Already claimed and answered by the time of the kill: on record, so not reported again.
    await db.insert(slackEvents).values({ eventId: 'cmd:answered', status: 'done', createdAt: at, updatedAt: at });
    const noted = (key: string) => ({
      key,
      teamId: TEAM,
      at: at.toISOString(),
      command: { responseUrl: slack.hookUrl(key), text: `/client ${key}`, slackUserId: USER.id },
    });
    const journals = ackJournalDir(dir, sqld.url);
    mkdirSync(journals, { recursive: true, mode: 0o700 });
    const journal = (owner: string, keys: string[]) => {
      const file = join(journals, `${encodeURIComponent(owner)}.jsonl`);
      writeFileSync(file, keys.map((k) => `${JSON.stringify(noted(k))}\n`).join(''), { mode: 0o600 });
      return file;
    };
    // A dead process's journal, its last line cut short by the kill; another live process's on this host.
    const deadFile = journal(`${hostname()}:${dead.pid}:0001`, ['cmd:cut', 'cmd:answered']);
    writeFileSync(deadFile, '{"key":"cmd:ha', { flag: 'a' });
    const liveFile = journal(`${hostname()}:${sleeper.pid}:0002`, ['cmd:live']);

    const s = await startServer(source);
    cleanups.push(() => s.close());
    await until('the dead process’s command reported', () => slack.hooks.find((h) => h.path === 'cmd:cut'));
    await s.deps.deferrer.drain();
    expect(slack.hooks.map((h) => h.path)).toEqual(['cmd:cut']);
    expect(slack.hooks[0].body.text).toEqual(expect.stringMatching(/interrupted.*`\/client cmd:cut`/s));
    const rows = await db.select({ key: slackEvents.eventId, status: slackEvents.status, url: slackEvents.responseUrl }).from(slackEvents);
    expect(Object.fromEntries(rows.map((r) => [r.key, [r.status, !!r.url]]))).toEqual({
      'cmd:answered': ['done', false],
      'cmd:cut': ['failed', false],
    });
    expect([existsSync(deadFile), existsSync(liveFile)]).toEqual([false, true]);
  }, 120_000);
});
