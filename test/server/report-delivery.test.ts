// The report of work a kill cut off (issue 11, "Nothing is lost") is delivered at least once and, once Slack took it,
// never again: a second kill while it is being sent, or Slack failing to take it (a 500 from the response_url, an
// internal_error from chat.update), leaves it to the next start, which sends it again; one Slack took is not re-sent.
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { slackEvents } from '../../src/db/schema';
import { startServer } from '../../src/server';
import { kill, postSigned, serverEnv, serverHarness, sleep, until } from '../support/server-harness';

const SECRET = 'delivery-test-signing-secret-0123';
const TEAM = 'TDEL0001';
const USER = { id: 'UDEL0001', teamId: TEAM, name: 'Dora Del', email: 'dora@del.test' };
const BOT = 'UDELBOT';
const harness = serverHarness();
const { cleanups } = harness;

const isReport = (body: Record<string, any>) => /interrupted/.test(String(body.text));

/** A server whose turns wait on the model for ever (a kill lands mid-turn), the fake Slack, and response URLs. */
async function setup(answer: Parameters<typeof harness.responseUrls>[0] = () => 200) {
  const dir = harness.tempDir('clientele-delivery-');
  const [model, slack, hooks] = await Promise.all([
    harness.model(() => new Promise<Response>(() => {})),
    harness.fakeSlack({ teamId: TEAM, botUserId: BOT, botId: 'BDEL', users: [USER] }),
    harness.responseUrls(answer),
  ]);
  const env = serverEnv(dir, {
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_MODEL: 'silent',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-del',
    SLACK_API_URL: slack.apiUrl,
  });
  const rows = async () => {
    const { db, close } = await openDatabase({ url: env.DATABASE_URL });
    try {
      return await db.select().from(slackEvents);
    } finally {
      close();
    }
  };
  return { env, model, slack, hooks, rows };
}

const slashCommand = (responseUrl: string, text: string, trigger: string) =>
  new URLSearchParams({
    token: 'unused',
    team_id: TEAM,
    team_domain: 'del',
    channel_id: 'CDEL0001',
    channel_name: 'clients',
    user_id: USER.id,
    user_name: 'dora',
    command: '/client',
    text,
    response_url: responseUrl,
    trigger_id: trigger,
    api_app_id: 'ADEL',
  }).toString();

const mention = (id: string, ts: string, text: string) =>
  JSON.stringify({
    token: 'unused',
    team_id: TEAM,
    api_app_id: 'ADEL',
    type: 'event_callback',
    event_id: id,
    event_time: 1_760_000_000,
    event: { type: 'app_mention', user: USER.id, text: `<@${BOT}> ${text}`, ts, channel: 'CDEL0001', event_ts: ts },
  });

async function send(base: string, body: string) {
  expect((await postSigned(base, SECRET, body)).status).toBe(200);
}

describe('a report taken but not delivered when the server is killed again (happy)', () => {
  it('is delivered after the next start, exactly once', async () => {
    // The first report sent hangs (Slack's answer never comes: the kill lands mid-send); later ones are answered.
    let hang = true;
    const { env, model, hooks, rows } = await setup(({ body }) => (isReport(body) && hang ? 'hang' : 200));
    const first = await harness.startProcess(env);
    await send(first.base, slashCommand(hooks.url('cmd'), 'who owes us money?', 'del.1'));
    await until('the turn waiting on the model, Working… shown', () => model.requests() >= 1 && hooks.posts.length >= 1);
    await kill(first.proc);

    const second = await harness.startProcess(env);
    await until('the report being sent', () => hooks.posts.some((p) => isReport(p.body)));
    await kill(second.proc);
    hang = false;

    const third = await harness.startProcess(env);
    const delivered = () => hooks.posts.filter((p) => isReport(p.body) && p.answered === 200);
    const report = await until('the report delivered', () => delivered()[0]);
    expect(report).toMatchObject({
      path: 'cmd',
      body: {
        response_type: 'ephemeral',
        replace_original: true,
        text: expect.stringMatching(/working on `\/client who owes us money\?`, so it was interrupted/),
      },
    });
    await until('settled', async () => (await rows())[0]?.reportedAt);
    // A later start sends it no more.
    await kill(third.proc);
    await harness.startProcess(env);
    await sleep(1500);
    expect(delivered()).toHaveLength(1);
    expect(hooks.posts.filter((p) => isReport(p.body)).map((p) => p.answered)).toEqual(['hang', 200]);
    expect((await rows()).map((r) => [r.eventId, r.status, r.responseUrl, !!r.reportedAt])).toEqual([['cmd:del.1', 'failed', null, true]]);
  }, 180_000);
});

describe('a report Slack could not take (error)', () => {
  it('a response_url answering 500 is tried again at the next start, not marked done', async () => {
    let failing = true;
    const { env, model, hooks, rows } = await setup(({ body }) => (isReport(body) && failing ? 500 : 200));
    const first = await harness.startProcess(env);
    await send(first.base, slashCommand(hooks.url('cmd'), 'list my clients', 'del.2'));
    await until('the turn waiting on the model', () => model.requests() >= 1 && hooks.posts.length >= 1);
    await kill(first.proc);

    const second = await harness.startProcess(env);
    await until('the report refused', () => hooks.posts.some((p) => p.answered === 500));
    await sleep(500);
    const [row] = await rows();
    expect([row.reportedAt, row.reportingAt, !!row.responseUrl]).toEqual([null, null, true]);
    await kill(second.proc);
    failing = false;

    await harness.startProcess(env);
    await until('the report delivered', () => hooks.posts.some((p) => isReport(p.body) && p.answered === 200));
    await until('settled', async () => (await rows())[0]?.reportedAt);
    expect(hooks.posts.filter((p) => isReport(p.body)).map((p) => p.answered)).toEqual([500, 200]);
  }, 180_000);

  it('a chat.update answered internal_error is tried again at the next start, with no second post in the thread', async () => {
    const { env, model, slack, rows } = await setup();
    const first = await harness.startProcess(env);
    await send(first.base, mention('EvD1', '1760000011.000100', 'find quiet clients'));
    const working = () => slack.callsTo('chat.postMessage').find((c) => c.args.text === 'Working…');
    const placeholder = await until('the turn waiting on the model', () => model.requests() >= 1 && working());
    await kill(first.proc);

    slack.failNext('chat.update', 'internal_error');
    const second = await harness.startProcess(env);
    await until('the update refused', () => slack.callsTo('chat.update').find((c) => c.error === 'internal_error'));
    await sleep(500);
    expect((await rows()).map((r) => [r.reportedAt, r.reportingAt])).toEqual([[null, null]]);
    await kill(second.proc);

    await harness.startProcess(env);
    const updates = () => slack.callsTo('chat.update').filter((c) => c.args.ts === placeholder.ts);
    await until('the placeholder replaced', () => updates().length >= 2);
    await until('settled', async () => (await rows())[0]?.reportedAt);
    expect(updates().map((c) => c.error ?? 'ok')).toEqual(['internal_error', 'ok']);
    expect(updates()[1].args).toMatchObject({
      channel: 'CDEL0001',
      text: expect.stringMatching(/your message “find quiet clients”, so it was interrupted/),
    });
    expect(slack.callsTo('chat.postMessage').filter((c) => isReport(c.args))).toEqual([]);
  }, 180_000);
});

describe('on a shared database, only a dead sender’s reports are sent again (security)', () => {
  it('a report another live instance is sending is left to it; a dead one’s, or one taken too long ago, is sent again', async () => {
    const [shared, hooks] = await Promise.all([harness.sharedDatabase('clientele-delivery-'), harness.responseUrls(() => 200)]);
    const ago = (ms: number) => new Date(Date.now() - ms);
    const taken = (key: string, reporter: string, at: Date) => ({
      eventId: key,
      status: 'failed' as const,
      responseUrl: hooks.url(key),
      commandText: `/client ${key}`,
      interruptedAt: ago(15 * 60_000),
      reportingAt: at,
      reporter,
      createdAt: ago(20 * 60_000),
      updatedAt: ago(15 * 60_000),
    });
    await shared.db
      .insert(slackEvents)
      .values([
        taken('dead', `${hostname()}:${shared.deadPid}:0001`, ago(5_000)),
        taken('other-process', `${hostname()}:${shared.livePid}:0002`, ago(5_000)),
        taken('other-host', `another-host:${shared.deadPid}:0003`, ago(5_000)),
        taken('other-host-stale', `another-host:${shared.deadPid}:0004`, ago(11 * 60_000)),
      ]);

    const s = await startServer(shared.source);
    cleanups.push(() => s.close());
    await until('both reports sent', () => hooks.posts.length >= 2);
    await s.deps.deferrer.drain();
    expect(hooks.posts.map((p) => p.path).sort()).toEqual(['dead', 'other-host-stale']);
    const rows = await shared.db.select().from(slackEvents);
    expect(Object.fromEntries(rows.map((r) => [r.eventId, [!!r.reportedAt, !!r.responseUrl]]))).toEqual({
      dead: [true, false],
      'other-process': [false, true],
      'other-host': [false, true],
      'other-host-stale': [true, false],
    });
  }, 120_000);
});
