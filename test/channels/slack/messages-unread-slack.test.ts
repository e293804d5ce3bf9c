// The team's unread portal messages in Slack, through the whole app with the real Web API client against the fake:
// App Home lists clients whose messages nobody in the team has read; a team member's reply in the mirrored thread
// reads them (a guest's reply, which is not forwarded, does not).
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import type { FakeSlack } from '../../support/fakes/slack-api';
import { type App, type Deployment, signInPortal, writePortalMessage } from '../http/portal-helpers';
import { GUEST, type Harness, MESSAGES_CHANNEL, startPortalHarness, TEAM_A, USERS } from './slack-harness';

const CHANNEL = MESSAGES_CHANNEL;
let h: Harness, fake: FakeSlack, deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ h, fake, deps, app, s } = await startPortalHarness({ users: [...USERS, GUEST] })); });
afterEach(() => h.close());

const writeFromPortal = (cookie: string, text: string) => writePortalMessage(app, cookie, text);
let seq = 0;
const envelope = (event: Record<string, unknown>) => JSON.stringify({
  token: 'XXYYZZ', team_id: TEAM_A, api_app_id: 'A123ABC456', type: 'event_callback', event_id: `EvUNREAD${++seq}`, event_time: 1700000000, event,
  authorizations: [{ team_id: TEAM_A, user_id: 'U0LAN0Z89', is_bot: true, is_enterprise_install: false }],
});
async function deliver(raw: string) {
  const res = await h.send(raw);
  expect(res.status).toBe(200);
  await deps.deferrer.drain();
}
const reply = (user: string, text: string, ts: string, threadTs: string) =>
  deliver(envelope({ type: 'message', channel: CHANNEL, channel_type: 'channel', user, text, ts, thread_ts: threadTs, event_ts: ts }));
async function homeText(user = 'U061F7AUR') {
  await deliver(envelope({ type: 'app_home_opened', user, channel: 'D0HOME001', tab: 'home', event_ts: `1700000000.00${seq}` }));
  return JSON.stringify(fake.callsTo('views.publish').at(-1)!.args.view.blocks);
}
const readFlags = async () => (await deps.db.select().from(messages).where(eq(messages.clientId, s.acme.id)).orderBy(messages.id))
  .map((m) => [m.body, m.readByTeamAt !== null]);

describe('unread client messages for the team in Slack', () => {
  it('App Home lists them until a team member replies in the thread; a guest\'s reply reads nothing', async () => {
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    await writeFromPortal(jane, 'Can we move the launch?');
    await writeFromPortal(jane, 'And the budget?');
    const parent = fake.callsTo('chat.postMessage')[0].ts!;

    const before = await homeText();
    expect(before).toContain('*Unread client messages* (from the portal)');
    expect(before).toContain('*Acme &lt;b&gt;Corp&lt;/b&gt;* · 2 unread');

    await reply('UGUEST0001', 'guest here', '1700000400.000001', parent);
    expect(await readFlags()).toEqual([['Can we move the launch?', false], ['And the budget?', false]]);

    await reply('U061F7AUR', 'Yes to both.', '1700000400.000002', parent);
    expect(await readFlags()).toEqual([['Can we move the launch?', true], ['And the budget?', true], ['Yes to both.', true]]);
    expect(await homeText()).not.toContain('Unread client messages');

    // The next question is unread again.
    await writeFromPortal(jane, 'One more thing.');
    expect(await homeText()).toContain('*Acme &lt;b&gt;Corp&lt;/b&gt;* · 1 unread');
  });
});
