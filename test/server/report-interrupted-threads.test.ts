// A mention, a DM or a click cut off by a kill after Slack had its ack (issue 11, "Nothing is lost"): events carry no
// response_url, so the next start posts in the person's thread with the bot token, in place of the *Working…*
// placeholder when one was posted, once each (Slack's retry of one is picked up again, as any retry of failed work).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { slackEvents } from '../../src/db/schema';
import { type FakeSlack, startFakeSlack } from '../support/fakes/slack-api';
import { startFakeSlackSocket } from '../support/fakes/slack-socket';
import { signedSlackHeaders } from '../support/slack-signed';

const ROOT = resolve(import.meta.dirname, '../..');
const SECRET = 'threads-test-signing-secret-0123';
const TEAM = 'TTHR0001';
const USER = { id: 'UTHR0001', teamId: TEAM, name: 'Theo Thr', email: 'theo@thr.test' };
const BOT = 'UTHRBOT';
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

// An OpenAI-compatible model that never answers: a turn waits on it for ever, its placeholder shown.
async function startSilentModel() {
  const app = new Hono();
  let requests = 0;
  app.post('/v1/chat/completions', () => {
    requests++;
    return new Promise<Response>(() => {});
  });
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
  return { baseURL: `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`, requests: () => requests };
}

async function setup(extra: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-threads-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const [model, slack] = await Promise.all([
    startSilentModel(),
    startFakeSlack({ teamId: TEAM, botUserId: BOT, botId: 'BTHR', users: [USER] }),
  ]);
  cleanups.push(() => slack.close());
  const env = {
    DATABASE_URL: `file:${join(dir, 'app.db')}`,
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_MODEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-thr',
    SLACK_API_URL: slack.apiUrl,
    ...extra,
  };
  return { env, model, slack };
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

async function kill(proc: ChildProcess) {
  proc.kill('SIGKILL');
  await new Promise((r) => proc.once('exit', r));
}

const mention = (id: string, ts: string, text: string) => ({
  token: 'unused',
  team_id: TEAM,
  api_app_id: 'ATHR',
  type: 'event_callback',
  event_id: id,
  event_time: 1_760_000_000,
  event: { type: 'app_mention', user: USER.id, text: `<@${BOT}> ${text}`, ts, channel: 'CTHR0001', event_ts: ts },
});
const dm = (id: string, ts: string, text: string) => ({
  token: 'unused',
  team_id: TEAM,
  api_app_id: 'ATHR',
  type: 'event_callback',
  event_id: id,
  event_time: 1_760_000_000,
  event: { type: 'message', channel_type: 'im', user: USER.id, text, ts, channel: 'DTHR0001', event_ts: ts },
});
const click = (messageTs: string) => ({
  type: 'block_actions',
  team: { id: TEAM },
  user: { id: USER.id, team_id: TEAM },
  api_app_id: 'ATHR',
  trigger_id: 'thr.click',
  channel: { id: 'CTHR0001' },
  container: { type: 'message', message_ts: messageTs, channel_id: 'CTHR0001', is_ephemeral: false },
  message: { ts: messageTs, text: 'Please confirm' },
  response_url: 'http://127.0.0.1:9/hooks/click',
  actions: [
    {
      type: 'button',
      action_id: 'approval_cancel',
      block_id: 'b',
      value: 'appr_1',
      text: { type: 'plain_text', text: 'Cancel' },
      action_ts: '1',
    },
  ],
});

async function send(port: number, payload: object, headers: Record<string, string> = {}) {
  const body = 'actions' in payload ? new URLSearchParams({ payload: JSON.stringify(payload) }).toString() : JSON.stringify(payload);
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { ...signedSlackHeaders(SECRET, Math.floor(Date.now() / 1000), body), ...headers },
    body,
  });
  expect(res.status).toBe(200);
}

/** A signed delivery whose body is only half sent: the server waits for the rest, so the claims after it wait too. */
function halfSent(port: number, body: string) {
  const head = signedSlackHeaders(SECRET, Math.floor(Date.now() / 1000), body);
  const socket = connect(port, '127.0.0.1');
  cleanups.push(() => socket.destroy());
  const lines = Object.entries({ ...head, host: `127.0.0.1:${port}`, 'content-length': String(Buffer.byteLength(body)) });
  socket.write(`POST /slack/events HTTP/1.1\r\n${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body.slice(0, 20)}`);
  return new Promise<void>((ok) => socket.once('connect', () => ok()));
}

const REPORT = (what: string) =>
  expect.stringMatching(new RegExp(`restarted while it was working on ${what}, so it was interrupted.*Nothing was changed`, 's'));
const placeholders = (slack: FakeSlack) => slack.callsTo('chat.postMessage').filter((c) => c.args.text === 'Working…');

describe('a mention and a DM cut off mid-turn (happy)', () => {
  it('get their Working… replaced after the restart, each once; Slack’s retry of one is picked up again', async () => {
    const { env, model, slack } = await setup({ SLACK_SIGNING_SECRET: SECRET });
    const first = await startProcess(env);
    await send(first.port, mention('Ev1', '1760000001.000100', 'find quiet clients'));
    await send(first.port, dm('Ev2', '1760000002.000100', 'who owes us money?'));
    await until('both turns waiting on the model', () => model.requests() >= 2 && placeholders(slack).length >= 2);
    const [inChannel, inDm] = placeholders(slack).map((c) => ({ channel: c.args.channel, thread: c.args.thread_ts, ts: c.ts }));
    expect([inChannel.channel, inChannel.thread, inDm.channel, inDm.thread]).toEqual([
      'CTHR0001',
      '1760000001.000100',
      'DTHR0001',
      '1760000002.000100',
    ]);
    await kill(first.proc);
    const before = slack.calls.length;

    const second = await startProcess(env);
    const updates = () => slack.calls.slice(before).filter((c) => c.method === 'chat.update');
    await until('both placeholders replaced', () => updates().length >= 2);
    const byTs = Object.fromEntries(updates().map((c) => [c.args.ts, c.args]));
    expect(byTs[inChannel.ts!]).toMatchObject({ channel: 'CTHR0001', text: REPORT('your message “find quiet clients”') });
    expect(byTs[inDm.ts!]).toMatchObject({ channel: 'DTHR0001', text: REPORT('your message “who owes us money\\?”') });
    // Slack retries the mention (its first try seemed to fail): picked up again, and the DM not reported a second time.
    const requests = model.requests();
    await send(second.port, mention('Ev1', '1760000001.000100', 'find quiet clients'), {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    await until('the retry picked up', () => model.requests() > requests && placeholders(slack).length >= 3);
    const retried = placeholders(slack)[2].ts;
    await kill(second.proc);
    await startProcess(env);
    await until('the retry’s placeholder replaced', () => updates().length >= 3);
    await sleep(1000);
    expect(
      updates()
        .map((c) => c.args.ts)
        .sort(),
    ).toEqual([inChannel.ts, inDm.ts, retried].sort());
    expect(updates()[2].args).toMatchObject({ channel: 'CTHR0001', text: REPORT('your message “find quiet clients”') });
    const { db, close } = await openDatabase({ url: env.DATABASE_URL });
    cleanups.push(close);
    const rows = await db.select().from(slackEvents);
    expect(rows.map((r) => [r.eventId, r.status, !!r.reportedAt]).sort()).toEqual([
      ['ev:Ev1', 'failed', true],
      ['ev:Ev2', 'failed', true],
    ]);
  }, 180_000);
});

describe('a mention and a click killed between their ack and their claim (happy)', () => {
  it('are reported in their threads after the restart (the ack journal), with no placeholder to replace', async () => {
    const { env, slack } = await setup({ SLACK_SIGNING_SECRET: SECRET });
    const first = await startProcess(env);
    // Another delivery still arriving holds the claims back (acks first, by design), so the kill lands in between.
    await halfSent(first.port, JSON.stringify(mention('Ev0', '1760000000.000100', 'hello')));
    await send(first.port, mention('Ev3', '1760000003.000100', 'list my clients'));
    await send(first.port, click('1760000004.000100'));
    await sleep(300);
    expect(placeholders(slack)).toEqual([]);
    await kill(first.proc);

    await startProcess(env);
    const posts = () => slack.callsTo('chat.postMessage').filter((c) => /interrupted/.test(String(c.args.text)));
    await until('both reported', () => posts().length >= 2);
    const byThread = Object.fromEntries(posts().map((c) => [c.args.thread_ts, c.args]));
    expect(byThread['1760000003.000100']).toMatchObject({ channel: 'CTHR0001', text: REPORT('your message “list my clients”') });
    expect(byThread['1760000004.000100']).toMatchObject({ channel: 'CTHR0001', text: REPORT('your click on “Cancel”') });
    await sleep(500);
    expect(posts()).toHaveLength(2);
  }, 120_000);
});

describe('over Socket Mode, a mention cut off mid-turn (happy)', () => {
  it('gets its Working… replaced after the restart', async () => {
    const { env, model, slack } = await setup({ SLACK_APP_TOKEN: 'xapp-1-ATHR-test' });
    const socket = await startFakeSlackSocket();
    cleanups.push(() => socket.close());
    slack.useSocket(socket.url);
    const first = await startProcess(env);
    const envelope = (id: string) => ({
      envelope_id: id,
      type: 'events_api',
      accepts_response_payload: false,
      payload: mention(id, '1760000005.000100', 'find quiet clients'),
    });
    // Connected once an envelope is acked.
    await until('connected', async () => {
      socket.send(envelope('Ev5'));
      return Promise.race([socket.waitForAck('Ev5'), sleep(300).then(() => null)]);
    });
    await until('the turn waiting on the model', () => model.requests() >= 1 && placeholders(slack).length >= 1);
    const ts = placeholders(slack)[0].ts;
    await kill(first.proc);

    await startProcess(env);
    const update = await until('the placeholder replaced', () => slack.callsTo('chat.update').find((c) => c.args.ts === ts));
    expect(update.args).toMatchObject({ channel: 'CTHR0001', text: REPORT('your message “find quiet clients”') });
  }, 120_000);
});
