// A slash command acknowledged (Slack's 3 s ack) whose server is killed before the answer: Slack never sends it
// again, so the next start tells the person through the command's response_url (issue 11, security.md A8), quoting
// the command and saying from the activity log whether anything changed. On a shared database only a dead
// process's claims are settled: another live instance's, on this host or another, are left to it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { slackEvents } from '../../src/db/schema';
import { startServer } from '../../src/server';
import { type FakeSlack, startFakeSlack } from '../support/fakes/slack-api';
import { signedSlackHeaders } from '../support/slack-signed';
import { startSqld } from '../support/sqld';

const ROOT = resolve(import.meta.dirname, '../..');
const SECRET = 'interrupted-test-signing-secret-0123';
const TEAM = 'TINT0001';
const USER = { id: 'UINT0001', teamId: TEAM, name: 'Ida Int', email: 'ida@int.test' };
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, f: () => T | undefined | false, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}
const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

// An OpenAI-compatible model that calls the tool a message names as JSON, then never answers again: the turn is
// slow for ever, so the kill lands after the ack and (for a write) after the write.
async function startSlowModel() {
  const app = new Hono();
  let requests = 0;
  app.post('/v1/chat/completions', async (c) => {
    requests++;
    const body = await c.req.json();
    const last = body.messages[body.messages.length - 1];
    const text =
      typeof last.content === 'string' ? last.content : (last.content as Array<{ text?: string }>).map((p) => p.text ?? '').join('');
    const call = last.role === 'user' ? /\{"tool".*\}/s.exec(text)?.[0] : undefined;
    if (!call) return new Promise<Response>(() => {});
    const { tool, args } = JSON.parse(call) as { tool: string; args: unknown };
    const base = { id: 'chatcmpl-slow', object: 'chat.completion.chunk', created: 1_760_000_000, model: body.model };
    const chunks = [
      {
        ...base,
        choices: [
          {
            index: 0,
            delta: {
              role: 'assistant',
              content: null,
              tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: tool, arguments: JSON.stringify(args) } }],
            },
            finish_reason: null,
          },
        ],
      },
      {
        ...base,
        choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      },
    ];
    return new Response([...chunks.map((x) => `data: ${JSON.stringify(x)}\n\n`), 'data: [DONE]\n\n'].join(''), {
      headers: { 'content-type': 'text/event-stream' },
    });
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

async function fakeSlack(): Promise<FakeSlack> {
  const slack = await startFakeSlack({ teamId: TEAM, botUserId: 'UINTBOT', botId: 'BINT', users: [USER] });
  cleanups.push(() => slack.close());
  return slack;
}

async function startProcess(env: Record<string, string>): Promise<{ proc: ChildProcess; base: string }> {
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
    if ((await fetch(`${base}/healthz`).catch(() => null))?.ok) return { proc, base };
  }
  throw new Error(`server did not start: ${stderr}`);
}

function slashCommand(slack: FakeSlack, hook: string, text: string, trigger: string): string {
  return new URLSearchParams({
    token: 'unused',
    team_id: TEAM,
    team_domain: 'int',
    channel_id: 'CINT0001',
    channel_name: 'clients',
    user_id: USER.id,
    user_name: 'ida',
    command: '/client',
    text,
    response_url: slack.hookUrl(hook),
    trigger_id: trigger,
    api_app_id: 'AINT',
  }).toString();
}

describe('a slash command cut off after its ack (happy)', () => {
  it('is reported after the restart through its response_url: the command quoted, and whether anything changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-interrupted-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const [model, slack] = await Promise.all([startSlowModel(), fakeSlack()]);
    const env = {
      DATABASE_URL: `file:${join(dir, 'app.db')}`,
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: model.baseURL,
      OPENAI_MODEL: 'slow',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-int',
      SLACK_API_URL: slack.apiUrl,
    };
    const first = await startProcess(env);
    const asking = slashCommand(slack, 'ask', 'what is new with Acme this week', 'int.1');
    const writing = slashCommand(slack, 'write', JSON.stringify({ tool: 'createClient', args: { name: 'Halcyon Ltd' } }), 'int.2');
    const send = async (body: string) => {
      const res = await fetch(`${first.base}/slack/events`, {
        method: 'POST',
        headers: signedSlackHeaders(SECRET, Math.floor(Date.now() / 1000), body),
        body,
      });
      expect(res.status).toBe(200);
    };
    // The write first: its client is created and its turn then waits on the model. The question, sent after that
    // write, waits on the model too. Both were acknowledged and show "Working…".
    await send(writing);
    await until('the write done', () => model.requests() >= 2);
    await send(asking);
    await until('both turns to wait on the model', () => model.requests() >= 3 && slack.hooks.length >= 2);
    first.proc.kill('SIGKILL');
    await new Promise((r) => first.proc.once('exit', r));
    const before = slack.hooks.length;

    await startProcess(env);
    const report = (path: string) => slack.hooks.slice(before).find((h) => h.path === path)?.body;
    const ask = await until('the question reported', () => report('ask'));
    const write = await until('the write reported', () => report('write'));
    expect(ask).toMatchObject({
      response_type: 'ephemeral',
      replace_original: true,
      text: expect.stringMatching(
        /restarted while it was working on `\/client what is new with Acme this week`, so it was interrupted.*Nothing was changed/s,
      ),
    });
    expect(write).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/interrupted.*activity log shows these changes.*\n• Created Halcyon Ltd/s),
    });
    const { db, close } = await openDatabase({ url: env.DATABASE_URL });
    cleanups.push(close);
    const claims = await db.select().from(slackEvents);
    expect(claims.map((c) => [c.eventId, c.status, c.responseUrl, !!c.reportedAt])).toEqual([
      ['cmd:int.2', 'failed', null, true],
      ['cmd:int.1', 'failed', null, true],
    ]);
  }, 120_000);
});

describe('on a shared database, only a dead process’s claims (security)', () => {
  it('another live instance’s claim, on this host or another, is neither reported nor released', async () => {
    const [sqld, slack] = await Promise.all([startSqld(), fakeSlack()]);
    cleanups.push(() => sqld.stop());
    const dir = mkdtempSync(join(tmpdir(), 'clientele-interrupted-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.once('exit', r));
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
    cleanups.push(() => sleeper.kill('SIGKILL'));
    const source = { DATABASE_URL: sqld.url, DATA_DIR: dir, OUTBOX_DIR: join(dir, 'outbox'), PORT: '0', LOG_LEVEL: 'silent' };
    // The first start migrates; the claims are then those of processes running beside the next one.
    await (await startServer(source)).close();
    const { db, close } = await openDatabase({ url: sqld.url });
    cleanups.push(close);
    const now = new Date();
    const claim = (key: string, owner: string) => ({
      eventId: key,
      status: 'processing' as const,
      owner,
      responseUrl: slack.hookUrl(key),
      commandText: `/client ${key}`,
      createdAt: now,
      updatedAt: now,
    });
    await db
      .insert(slackEvents)
      .values([
        claim('dead', `${hostname()}:${dead.pid}:0001`),
        claim('other-process', `${hostname()}:${sleeper.pid}:0002`),
        claim('this-process', `${hostname()}:${process.pid}:0003`),
        claim('other-host', `another-host:${dead.pid}:0004`),
      ]);

    const s = await startServer(source);
    cleanups.push(() => s.close());
    await until('the dead claim reported', () => slack.hooks.find((h) => h.path === 'dead'));
    await s.deps.deferrer.drain();
    expect(slack.hooks.map((h) => h.path)).toEqual(['dead']);
    expect(slack.hooks[0].body.text).toEqual(expect.stringMatching(/interrupted.*Check the activity log.*`\/client dead`/s));
    const rows = await db.select({ key: slackEvents.eventId, status: slackEvents.status, url: slackEvents.responseUrl }).from(slackEvents);
    expect(Object.fromEntries(rows.map((r) => [r.key, [r.status, !!r.url]]))).toEqual({
      dead: ['failed', false],
      'other-process': ['processing', true],
      'this-process': ['processing', true],
      'other-host': ['processing', true],
    });
    expect((await db.select().from(slackEvents).where(eq(slackEvents.eventId, 'dead')))[0].reportedAt).toBeInstanceOf(Date);
  }, 120_000);
});
