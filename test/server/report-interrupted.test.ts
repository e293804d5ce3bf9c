// A slash command acknowledged (Slack's 3 s ack) whose server is killed before the answer: Slack never sends it
// again, so the next start tells the person through the command's response_url (issue 11, security.md A8), quoting
// the command and saying from the activity log whether anything changed. On a shared database only a dead
// process's claims are settled: another live instance's, on this host or another, are left to it.
import { hostname } from 'node:os';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { slackEvents } from '../../src/db/schema';
import { startServer } from '../../src/server';
import type { FakeSlack } from '../support/fakes/slack-api';
import { kill, postSigned, serverEnv, serverHarness, until } from '../support/server-harness';

const SECRET = 'interrupted-test-signing-secret-0123';
const TEAM = 'TINT0001';
const USER = { id: 'UINT0001', teamId: TEAM, name: 'Ida Int', email: 'ida@int.test' };
const harness = serverHarness();
const { cleanups } = harness;

// An OpenAI-compatible model that calls the tool a message names as JSON, then never answers again: the turn is
// slow for ever, so the kill lands after the ack and (for a write) after the write.
async function slowAnswer(c: Context): Promise<Response> {
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
}

const fakeSlack = () => harness.fakeSlack({ teamId: TEAM, botUserId: 'UINTBOT', botId: 'BINT', users: [USER] });

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
    const dir = harness.tempDir('clientele-interrupted-');
    const [model, slack] = await Promise.all([harness.model(slowAnswer), fakeSlack()]);
    const env = serverEnv(dir, {
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: model.baseURL,
      OPENAI_MODEL: 'slow',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-int',
      SLACK_API_URL: slack.apiUrl,
    });
    const first = await harness.startProcess(env);
    const asking = slashCommand(slack, 'ask', 'what is new with Acme this week', 'int.1');
    const writing = slashCommand(slack, 'write', JSON.stringify({ tool: 'createClient', args: { name: 'Halcyon Ltd' } }), 'int.2');
    const send = async (body: string) => {
      const res = await postSigned(first.base, SECRET, body);
      expect(res.status).toBe(200);
    };
    // The write first: its client is created and its turn then waits on the model. The question, sent after that
    // write, waits on the model too. Both were acknowledged and show "Working…".
    await send(writing);
    await until('the write done', () => model.requests() >= 2);
    await send(asking);
    await until('both turns to wait on the model', () => model.requests() >= 3 && slack.hooks.length >= 2);
    await kill(first.proc);
    const before = slack.hooks.length;

    await harness.startProcess(env);
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
    // The claims written after the first start (which migrates) are those of processes running beside the next one.
    const [shared, slack] = await Promise.all([harness.sharedDatabase('clientele-interrupted-'), fakeSlack()]);
    const { source, db } = shared;
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
        claim('dead', `${hostname()}:${shared.deadPid}:0001`),
        claim('other-process', `${hostname()}:${shared.livePid}:0002`),
        claim('this-process', `${hostname()}:${process.pid}:0003`),
        claim('other-host', `another-host:${shared.deadPid}:0004`),
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
