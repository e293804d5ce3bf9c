// Client message threads mirrored into SLACK_MESSAGES_CHANNEL, through the whole app with the real Slack Web API
// client against the fake: portal messages start and continue one Slack thread per client; a team member's
// signed reply in that thread reaches the portal and the contact's inbox once, however often Slack delivers it;
// the bot's own posts, other bots, guests and other threads are not forwarded.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../../../src/db/schema';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import type { TestDeps } from '../../support/deps';
import type { FakeSlack } from '../../support/fakes/slack-api';
import { type App, type Deployment, ownerCtx, signInPortal, writePortalMessage } from '../http/portal-helpers';
import { GUEST, type Harness, MESSAGES_CHANNEL, startPortalHarness, TEAM_A, USERS } from './slack-harness';

const CHANNEL = MESSAGES_CHANNEL;
let h: Harness, fake: FakeSlack, deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ h, fake, deps, app, s } = await startPortalHarness({ users: [...USERS, GUEST] })); });
afterEach(() => h.close());

const posts = () => fake.callsTo('chat.postMessage');
const thread = (clientId: number) => deps.db.select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.id);

const writeFromPortal = (cookie: string, text: string) => writePortalMessage(app, cookie, text);

let eventSeq = 0;
/** A signed `message` event in the messages channel, as Slack delivers it. */
function messageEvent(event: Record<string, unknown>, eventId = `EvMSG${++eventSeq}`) {
  return JSON.stringify({
    token: 'XXYYZZ', team_id: TEAM_A, api_app_id: 'A123ABC456', type: 'event_callback', event_id: eventId, event_time: 1700000000,
    event: { type: 'message', channel: CHANNEL, channel_type: 'channel', event_ts: event.ts, ...event },
    authorizations: [{ team_id: TEAM_A, user_id: 'U0LAN0Z89', is_bot: true, is_enterprise_install: false }],
  });
}
async function deliver(raw: string, headers: Record<string, string> = {}) {
  const res = await h.send(raw, { headers });
  expect(res.status).toBe(200);
  await deps.deferrer.drain();
}

describe('portal messages in Slack', () => {
  it('start one thread per client with its name and page link, and continue it; team messages join the same thread', async () => {
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    await writeFromPortal(jane, 'Hi! <!channel> see <https://evil.example|this> & tell me');
    expect(posts()).toHaveLength(1);
    const [start] = posts();
    expect(start.args).toMatchObject({ channel: CHANNEL, unfurl_links: 'false' });
    expect(start.args.thread_ts).toBeUndefined();
    const blocks = JSON.stringify(start.args.blocks);
    expect(blocks).toContain(`Messages with *Acme &lt;b&gt;Corp&lt;/b&gt;* · <http://localhost:8787/clients/${s.acme.id}|Open the client page>`);
    // The body is plain text: no mrkdwn, so no @channel ping and no live link, whatever the client typed.
    expect(start.args.blocks[2]).toEqual({ type: 'section', text: { type: 'plain_text', text: 'Hi! <!channel> see <https://evil.example|this> & tell me', emoji: false } });
    expect(start.args.text).not.toContain('<!channel>');
    const [first] = await thread(s.acme.id);
    expect(first).toMatchObject({ slackChannel: CHANNEL, slackTs: start.ts, slackThreadTs: start.ts });

    await writeFromPortal(jane, 'And one more thing.');
    const owner = ownerCtx(deps, s);
    const sent = await postTeamMessage({ ctx: owner, input: { client: `id:${s.acme.id}`, text: 'On it.' } });
    expect(sent.mirrored).toBe(true);
    expect(posts().map((p) => p.args.thread_ts)).toEqual([undefined, start.ts, start.ts]);
    expect((await thread(s.acme.id)).map((m) => m.slackThreadTs)).toEqual([start.ts, start.ts, start.ts]);

    // Another client gets its own thread.
    const hank = await signInPortal(app, deps, 'hank@globex.test');
    await writeFromPortal(hank, 'Hello from Globex');
    expect(posts()).toHaveLength(4);
    expect(posts()[3].args.thread_ts).toBeUndefined();
    expect(JSON.stringify(posts()[3].args.blocks)).toContain('Messages with *Globex*');
  });

  it('keeps the message when Slack fails, and posts it first, in order, with the next one once its retry is due', async () => {
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    fake.failNext('chat.postMessage', 'internal_error');
    await writeFromPortal(jane, 'First, not mirrored yet');
    expect((await thread(s.acme.id)).map((m) => [m.slackChannel, m.slackTs, m.slackAttempts])).toEqual([[CHANNEL, null, 1]]);
    // Right after the failure the next message waits behind it (order is kept); half a minute later both go.
    await writeFromPortal(jane, 'Second');
    expect(posts().filter((p) => p.ts)).toEqual([]);
    deps.clock.now = new Date(deps.clock.now.getTime() + 30_000);
    await writeFromPortal(jane, 'Third');
    const rows = await thread(s.acme.id);
    const answered = posts().filter((p) => p.ts);
    expect(answered.map((p) => [p.args.blocks.at(-1).text.text, p.args.thread_ts])).toEqual([
      ['First, not mirrored yet', undefined], ['Second', answered[0].ts], ['Third', answered[0].ts],
    ]);
    expect(rows.map((m) => [m.body, m.slackTs, m.slackThreadTs])).toEqual([
      ['First, not mirrored yet', answered[0].ts, answered[0].ts], ['Second', answered[1].ts, answered[0].ts], ['Third', answered[2].ts, answered[0].ts],
    ]);
  });
});

describe('replies in the Slack thread', () => {
  async function startThread() {
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    await writeFromPortal(jane, 'Can we move the launch?');
    return { jane, parent: posts()[0].ts! };
  }

  it('reach the portal and the contact\'s inbox once, attributed to the team member, even when Slack retries', async () => {
    const { jane, parent } = await startThread();
    const mailsBefore = deps.mailer.sent.length;
    const raw = messageEvent({ user: 'U061F7AUR', text: 'Yes &amp; gladly: &lt;Friday&gt; works, see <https://acme.example/plan|the plan> <@U0LAN0Z89>', ts: '1700000200.000100', thread_ts: parent });
    await deliver(raw);
    await deliver(raw, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    // The same message delivered under another event id (Slack can do that) is still one message.
    await deliver(messageEvent({ user: 'U061F7AUR', text: 'Yes &amp; gladly', ts: '1700000200.000100', thread_ts: parent }));
    const rows = await thread(s.acme.id);
    expect(rows.map((m) => m.body)).toEqual(['Can we move the launch?', 'Yes & gladly: <Friday> works, see the plan (https://acme.example/plan) @someone']);
    expect(rows[1]).toMatchObject({ slackChannel: CHANNEL, slackTs: '1700000200.000100', slackThreadTs: parent, authorContactId: null });
    expect(rows[1].authorMemberId).not.toBeNull();
    // Not posted back into Slack (it is there already); a check mark says it went to the portal.
    expect(posts()).toHaveLength(1);
    expect(fake.callsTo('reactions.add').map((c) => c.args)).toEqual([expect.objectContaining({ channel: CHANNEL, timestamp: '1700000200.000100', name: 'white_check_mark' })]);
    const mails = deps.mailer.sent.slice(mailsBefore);
    expect(mails.map((m) => [m.to, m.links])).toEqual([['jane@acme.test', ['http://localhost:8787/portal/messages']]]);
    const page = await (await app.request('/portal/messages', { headers: { cookie: jane } })).text();
    expect(page).toContain('<strong>Riley Mention</strong>');
    expect(page).toContain('Yes &amp; gladly: &lt;Friday&gt; works');
  });

  it('ignore the bot\'s own posts, other bots, edits, guests, other threads and other channels', async () => {
    const { parent } = await startThread();
    await deliver(messageEvent({ user: 'U0LAN0Z89', text: 'my own echo', ts: '1700000300.000001', thread_ts: parent }));
    await deliver(messageEvent({ bot_id: 'BCLIENTELE', user: 'U0LAN0Z89', text: 'bot post', ts: '1700000300.000002', thread_ts: parent }));
    await deliver(messageEvent({ subtype: 'bot_message', bot_id: 'BOTHER', text: 'another bot', ts: '1700000300.000003', thread_ts: parent }));
    await deliver(messageEvent({ subtype: 'message_changed', hidden: true, ts: '1700000300.000004', thread_ts: parent }));
    await deliver(messageEvent({ user: 'UGUEST0001', text: 'guest says hi', ts: '1700000300.000005', thread_ts: parent }));
    await deliver(messageEvent({ user: 'U061F7AUR', text: 'not a client thread', ts: '1700000300.000006', thread_ts: '1699999999.000001' }));
    await deliver(messageEvent({ user: 'U061F7AUR', text: 'top-level chatter', ts: '1700000300.000007' }));
    await deliver(messageEvent({ user: 'U061F7AUR', text: 'elsewhere', ts: '1700000300.000008', thread_ts: parent, channel: 'COTHER0001' }));
    expect((await thread(s.acme.id)).map((m) => m.body)).toEqual(['Can we move the launch?']);
    // The guest is told, privately, that nothing went to the client; nobody else hears anything.
    expect(fake.callsTo('chat.postEphemeral').map((c) => [c.args.user, c.args.thread_ts, c.args.text])).toEqual([
      ['UGUEST0001', parent, expect.stringMatching(/^Not sent to the client\. .*guest accounts have no client access/)],
    ]);
    expect(posts()).toHaveLength(1);
    expect(fake.callsTo('reactions.add')).toEqual([]);
  });
});
