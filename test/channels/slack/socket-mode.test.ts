// Socket Mode: with SLACK_APP_TOKEN the app connects out (apps.connections.open with the app-level token, then a
// WebSocket to a loopback fake), serves nothing on /slack/events, acks each envelope over the socket and answers
// through the Web API as over HTTP; Slack's re-sent envelope is acked and not acted on twice.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/channels/http/app';
import { startSlackSocket, stopSlackSocket } from '../../../src/channels/slack/mount-slack';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { startFakeSlack, type FakeSlack } from '../../support/fakes/slack-api';
import { type FakeSocketMode, startFakeSlackSocket } from '../../support/fakes/slack-socket';
import { scriptedModel } from './held-model';
import { TEAM_A, USERS } from './slack-harness';
import { shownMessages } from './shown-messages';

let cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

async function startSocketApp(): Promise<{ deps: TestDeps; fake: FakeSlack; socket: FakeSocketMode; app: ReturnType<typeof createApp>; model: ReturnType<typeof scriptedModel> }> {
  const fake = await startFakeSlack({ teamId: TEAM_A, botUserId: 'U0LAN0Z89', botId: 'BCLIENTELE', users: USERS });
  const socket = await startFakeSlackSocket();
  fake.useSocket(socket.url);
  const model = scriptedModel([{ text: 'Answered over the socket.' }, { text: 'never twice' }]);
  const deps = await createTestDeps({
    env: { SLACK_APP_TOKEN: 'xapp-1-A0CLIENTELE-test', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: fake.apiUrl },
    overrides: { model, approvalSecret: 'a-test-approval-secret-of-at-least-32-bytes' } as never,
  });
  cleanup.push(() => fake.close(), () => socket.close(), () => deps.testDb.cleanup(), () => deps.deferrer.drain(), () => stopSlackSocket(deps));
  return { deps, fake, socket, app: createApp(deps), model };
}

const mention = (envelopeId: string, retry = 0) => ({
  envelope_id: envelopeId, type: 'events_api', accepts_response_payload: false, retry_attempt: retry, retry_reason: retry ? 'timeout' : '',
  payload: {
    token: 'XXYYZZ', team_id: TEAM_A, api_app_id: 'A0CLIENTELE', type: 'event_callback', event_id: 'EvSOCKET0001', event_time: 1700000000,
    event: { type: 'app_mention', user: 'U061F7AUR', text: '<@U0LAN0Z89> how are we doing?', ts: '1700000100.000100', channel: 'C0SOCKET1', event_ts: '1700000100.000100' },
  },
});

describe('Socket Mode', () => {
  it('connects with the app-level token, acks an events_api envelope and answers in the thread, once', async () => {
    const { deps, fake, socket, app, model } = await startSocketApp();
    // Nothing is served over HTTP in Socket Mode.
    expect((await app.request('/slack/events', { method: 'POST', body: '{}' })).status).toBe(404);

    expect(await startSlackSocket(deps)).toBe(true);
    const [open] = fake.callsTo('apps.connections.open');
    expect(open.token).toBe('xapp-1-A0CLIENTELE-test');

    socket.send(mention('env-0001'));
    expect(await socket.waitForAck('env-0001')).toEqual({ envelope_id: 'env-0001', payload: {} });
    await fake.waitFor('chat.update');
    await deps.deferrer.drain();
    expect(shownMessages(fake).map((m) => [m.args.channel, m.args.thread_ts, m.args.text])).toEqual([['C0SOCKET1', '1700000100.000100', 'Answered over the socket.']]);
    expect(fake.callsTo('chat.postMessage')[0].token).toBe('xoxb-test-token');

    // Slack re-sends an envelope it thinks was lost: acked again, acted on once.
    socket.send(mention('env-0002', 1));
    await socket.waitForAck('env-0002');
    await deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
