// A mention, a DM or a click cut off by a kill after Slack had its ack (issue 11, "Nothing is lost"): events carry no
// response_url, so the next start posts in the person's thread with the bot token, in place of the *Working…*
// placeholder when one was posted, once each (Slack's retry of one is picked up again, as any retry of failed work).
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { slackEvents } from '../../src/db/schema';
import type { FakeSlack } from '../support/fakes/slack-api';
import { startFakeSlackSocket } from '../support/fakes/slack-socket';
import { kill, postSigned, serverEnv, serverHarness, sleep, until } from '../support/server-harness';

const SECRET = 'threads-test-signing-secret-0123';
const TEAM = 'TTHR0001';
const USER = { id: 'UTHR0001', teamId: TEAM, name: 'Theo Thr', email: 'theo@thr.test' };
const BOT = 'UTHRBOT';
const harness = serverHarness();
const { cleanups } = harness;

async function setup(extra: Record<string, string>) {
  const dir = harness.tempDir('clientele-threads-');
  const [model, slack] = await Promise.all([
    // An OpenAI-compatible model that never answers: a turn waits on it for ever, its placeholder shown.
    harness.model(() => new Promise<Response>(() => {})),
    harness.fakeSlack({ teamId: TEAM, botUserId: BOT, botId: 'BTHR', users: [USER] }),
  ]);
  const env = serverEnv(dir, {
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_MODEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-thr',
    SLACK_API_URL: slack.apiUrl,
    ...extra,
  });
  return { env, model, slack };
}

const eventCallback = (id: string, event: object) => ({
  token: 'unused',
  team_id: TEAM,
  api_app_id: 'ATHR',
  type: 'event_callback',
  event_id: id,
  event_time: 1_760_000_000,
  event,
});
const mention = (id: string, ts: string, text: string) =>
  eventCallback(id, { type: 'app_mention', user: USER.id, text: `<@${BOT}> ${text}`, ts, channel: 'CTHR0001', event_ts: ts });
const dm = (id: string, ts: string, text: string) =>
  eventCallback(id, { type: 'message', channel_type: 'im', user: USER.id, text, ts, channel: 'DTHR0001', event_ts: ts });
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
  const res = await postSigned(`http://127.0.0.1:${port}`, SECRET, body, headers);
  expect(res.status).toBe(200);
}

const REPORT = (what: string) =>
  expect.stringMatching(new RegExp(`restarted while it was working on ${what}, so it was interrupted.*Nothing was changed`, 's'));
const placeholders = (slack: FakeSlack) => slack.callsTo('chat.postMessage').filter((c) => c.args.text === 'Working…');

describe('a mention and a DM cut off mid-turn (happy)', () => {
  it('get their Working… replaced after the restart, each once; Slack’s retry of one is picked up again', async () => {
    const { env, model, slack } = await setup({ SLACK_SIGNING_SECRET: SECRET });
    const first = await harness.startProcess(env);
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

    const second = await harness.startProcess(env);
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
    await harness.startProcess(env);
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
    const first = await harness.startProcess(env);
    // Another delivery still arriving holds the claims back (acks first, by design), so the kill lands in between.
    await harness.halfSent(first.port, SECRET, JSON.stringify(mention('Ev0', '1760000000.000100', 'hello')));
    await send(first.port, mention('Ev3', '1760000003.000100', 'list my clients'));
    await send(first.port, click('1760000004.000100'));
    await sleep(300);
    expect(placeholders(slack)).toEqual([]);
    await kill(first.proc);

    await harness.startProcess(env);
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
    const first = await harness.startProcess(env);
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

    await harness.startProcess(env);
    const update = await until('the placeholder replaced', () => slack.callsTo('chat.update').find((c) => c.args.ts === ts));
    expect(update.args).toMatchObject({ channel: 'CTHR0001', text: REPORT('your message “find quiet clients”') });
  }, 120_000);
});
