// Client message threads mirrored per Slack team: two teams installed through OAuth, each with its own workspace,
// messages channel (set with /client messages) and bot token. A portal message of one team's client goes into
// that team's channel with that team's token only; a reply in that team's thread reaches that team's client only,
// once however often Slack delivers it; guests and bots are not forwarded; the other team can reach neither, also
// in a Slack Connect channel both teams share (same channel id and message ts for both: keyed by team too).
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { members, messages, slackInstallations, workspaces } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { invitePortal } from '../../../src/domain/portal/invite-portal';
import type { FakeTeam } from '../../support/fakes/slack-api';
import { seedClient, seedContact } from '../../domain/portal/seed-portal';
import { cookieOf, post, tokenOf, writePortalMessage } from '../http/portal-helpers';
import { startTeamsHarness, TEAM_ONE, TEAM_TWO, userOf, type TeamsHarness } from './many-teams-harness';

const CHANNEL_ONE = 'C2147483705'; // the slash fixture's channel: team one says "here"
const CHANNEL_TWO = 'C2MSGS0002';
let cookies: Record<number, string> = {};
let h: TeamsHarness;
type Team = { ws: number; client: number; owner: number };
let one: Team;
let two: Team;

async function setUpTeam(team: FakeTeam, client: string, contact: string) {
  expect((await h.install(team)).status).toBe(200);
  const [inst] = await h.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, team.teamId));
  const c = await seedClient(h.deps.db, inst.workspaceId, client);
  await seedContact(h.deps.db, inst.workspaceId, c.id, `${client} Contact`, contact);
  const [owner] = await h.deps.db.insert(members).values({ workspaceId: inst.workspaceId, name: `${client} Owner`, role: 'owner' }).returning();
  return { ws: inst.workspaceId, client: c.id, owner: owner.id };
}

beforeEach(async () => {
  cookies = {};
  // People added from Slack are admins here, so they may set the workspace's messages channel.
  h = await startTeamsHarness({ env: { SLACK_DEFAULT_ROLE: 'admin' } });
  h.fake.users.set('U1GUEST', { id: 'U1GUEST', teamId: TEAM_ONE.teamId, name: 'Gil Guest', email: 'gil@partner.test', restricted: true });
  one = await setUpTeam(TEAM_ONE, 'Acme One', 'ann@acme-one.test');
  two = await setUpTeam(TEAM_TWO, 'Bolt Two', 'ben@bolt-two.test');
});
afterEach(() => h.close());

const postsWith = (team: FakeTeam) => h.fake.callsTo('chat.postMessage').filter((c) => c.token === team.token);
const thread = async (clientId: number) => (await h.deps.db.select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.id)).map((m) => m.body);
const channelOf = async (ws: number) => (await h.deps.db.select().from(workspaces).where(eq(workspaces.id, ws)))[0].slackMessagesChannel;

async function command(team: FakeTeam, text: string) {
  const before = h.fake.hooks.length;
  expect((await h.slash(team.teamId, text)).status).toBe(200);
  await h.deps.deferrer.drain();
  return JSON.stringify(h.fake.hooks.slice(before).map((p) => p.body));
}

/** Signs the client's contact in through an invitation (the portal's own sign-in form serves the deployment's workspace). */
async function signIn(t: Team) {
  const before = h.deps.mailer.sent.length;
  await invitePortal({ ctx: makeCtx(h.deps, { kind: 'member', workspaceId: t.ws, memberId: t.owner, role: 'owner', channel: 'web', name: 'Owner' }), input: { client: `id:${t.client}` } });
  const link = h.deps.mailer.sent.slice(before)[0].links![0];
  const res = await h.app.request('/portal/link', post({ token: tokenOf(link) }));
  expect(res.status).toBe(303);
  return cookieOf(res);
}

async function writeFromPortal(t: Team, text: string) {
  await writePortalMessage(h.app, (cookies[t.ws] ??= await signIn(t)), text);
  await h.deps.deferrer.drain();
}

let seq = 0;
/** A signed `message` event of `team`, as Slack delivers it. */
function messageEvent(team: FakeTeam, event: Record<string, unknown>, eventId = `EvMT${++seq}`) {
  return JSON.stringify({
    token: 'XXYYZZ', team_id: team.teamId, api_app_id: 'A123ABC456', type: 'event_callback', event_id: eventId, event_time: 1700000000,
    event: { type: 'message', channel_type: 'channel', event_ts: event.ts, ...event },
    authorizations: [{ team_id: team.teamId, user_id: team.botUserId, is_bot: true, is_enterprise_install: false }],
  });
}
async function deliver(raw: string) {
  expect((await h.send(raw)).status).toBe(200);
  await h.deps.deferrer.drain();
}

describe('each team sets its own messages channel', () => {
  it('from Slack, with history and undo, and greets the channel with its own token', async () => {
    expect(await command(TEAM_ONE, 'messages')).toContain('no channel');
    expect(await command(TEAM_ONE, 'messages here')).toContain(`mirrored in <#${CHANNEL_ONE}>`);
    expect(await command(TEAM_TWO, `messages <#${CHANNEL_TWO}|client-messages>`)).toContain(`mirrored in <#${CHANNEL_TWO}>`);
    expect([await channelOf(one.ws), await channelOf(two.ws)]).toEqual([CHANNEL_ONE, CHANNEL_TWO]);
    expect(postsWith(TEAM_ONE).map((c) => c.args.channel)).toEqual([CHANNEL_ONE]);
    expect(postsWith(TEAM_TWO).map((c) => c.args.channel)).toEqual([CHANNEL_TWO]);
    expect(await command(TEAM_ONE, 'messages #general')).toContain('cannot look channels up by name');
    // A channel the app was not invited to is said at once (the greeting fails there), and still saved.
    h.fake.failNext('chat.postMessage', 'not_in_channel');
    expect(await command(TEAM_TWO, 'messages C2PRIVATE9')).toContain('invite me with `/invite @Clientele` in <#C2PRIVATE9>');
    expect(await channelOf(two.ws)).toBe('C2PRIVATE9');
    await command(TEAM_TWO, `messages ${CHANNEL_TWO}`);
    expect(await channelOf(one.ws)).toBe(CHANNEL_ONE);

    // "off" stops it (stored as 'off'; an installed team has no default anyway); the Undo button's activity brings it back.
    const off = await command(TEAM_ONE, 'messages off');
    expect(off).toContain('no channel');
    const activityId = /"value":"(\d+)"/.exec(off)?.[1];
    expect(await channelOf(one.ws)).toBe('off');
    const click = JSON.parse(h.fixture('block-actions.json', TEAM_ONE.teamId));
    click.user.id = userOf(TEAM_ONE.teamId);
    click.actions = [{ action_id: 'change_undo', block_id: `undo_${activityId}`, value: activityId, type: 'button', action_ts: '1' }];
    const undo = new URLSearchParams({ payload: JSON.stringify(click) });
    expect((await h.send(undo.toString())).status).toBe(200);
    await h.deps.deferrer.drain();
    expect(await channelOf(one.ws)).toBe(CHANNEL_ONE);
    expect(await channelOf(two.ws)).toBe(CHANNEL_TWO);
  });
});

describe('mirrored threads, two teams', () => {
  beforeEach(async () => {
    await command(TEAM_ONE, 'messages here');
    await command(TEAM_TWO, `messages ${CHANNEL_TWO}`);
  });

  it("post a team's client messages in its own channel with its own token, never the other's", async () => {
    const greetings = h.fake.callsTo('chat.postMessage').length;
    await writeFromPortal(one, 'Hello from Acme One');
    await writeFromPortal(two, 'Hello from Bolt Two');
    await writeFromPortal(one, 'And again');
    const posts = h.fake.callsTo('chat.postMessage').slice(greetings);
    expect(posts.map((p) => [p.token, p.args.channel, JSON.stringify(p.args.blocks).match(/Messages with \*([^*]+)\*|Hello from [A-Za-z ]+|And again/)?.[0]])).toEqual([
      [TEAM_ONE.token, CHANNEL_ONE, 'Messages with *Acme One*'],
      [TEAM_TWO.token, CHANNEL_TWO, 'Messages with *Bolt Two*'],
      [TEAM_ONE.token, CHANNEL_ONE, 'And again'],
    ]);
    expect(posts[2].args.thread_ts).toBe(posts[0].ts);
    expect(JSON.stringify(posts.filter((p) => p.token === TEAM_TWO.token))).not.toContain('Acme One');
    expect(JSON.stringify(posts.filter((p) => p.token === TEAM_ONE.token))).not.toContain('Bolt Two');
  });

  it("bring a reply in a team's thread to that team's client once; guests, bots and the other team are not forwarded", async () => {
    const greetings = h.fake.callsTo('chat.postMessage').length;
    await writeFromPortal(one, 'Can we talk?');
    await writeFromPortal(two, 'Question from Bolt');
    const [parentOne, parentTwo] = h.fake.callsTo('chat.postMessage').slice(greetings).map((p) => p.ts!);

    const reply = messageEvent(TEAM_ONE, { channel: CHANNEL_ONE, user: userOf(TEAM_ONE.teamId), text: 'Sure, Friday', ts: '1700000500.000100', thread_ts: parentOne });
    await deliver(reply);
    await deliver(reply); // Slack retries the same event
    await deliver(messageEvent(TEAM_ONE, { channel: CHANNEL_ONE, user: userOf(TEAM_ONE.teamId), text: 'Sure, Friday', ts: '1700000500.000100', thread_ts: parentOne }));
    await deliver(messageEvent(TEAM_ONE, { channel: CHANNEL_ONE, user: 'U1GUEST', text: 'guest chiming in', ts: '1700000500.000200', thread_ts: parentOne }));
    await deliver(messageEvent(TEAM_ONE, { channel: CHANNEL_ONE, subtype: 'bot_message', bot_id: 'BOTHER', text: 'a bot', ts: '1700000500.000300', thread_ts: parentOne }));
    await deliver(messageEvent(TEAM_ONE, { channel: CHANNEL_ONE, user: TEAM_ONE.botUserId, text: 'own echo', ts: '1700000500.000400', thread_ts: parentOne }));
    // Team two cannot reach team one's client: not from team one's channel, nor with team one's thread in its own.
    await deliver(messageEvent(TEAM_TWO, { channel: CHANNEL_ONE, user: userOf(TEAM_TWO.teamId), text: 'from two in one', ts: '1700000500.000500', thread_ts: parentOne }));
    await deliver(messageEvent(TEAM_TWO, { channel: CHANNEL_TWO, user: userOf(TEAM_TWO.teamId), text: 'wrong thread', ts: '1700000500.000600', thread_ts: parentOne }));
    // Nor team one team two's: a reply in team two's channel under team one's id goes nowhere.
    await deliver(messageEvent(TEAM_ONE, { channel: CHANNEL_TWO, user: userOf(TEAM_ONE.teamId), text: 'from one in two', ts: '1700000500.000700', thread_ts: parentTwo }));
    await deliver(messageEvent(TEAM_TWO, { channel: CHANNEL_TWO, user: userOf(TEAM_TWO.teamId), text: 'Bolt answers', ts: '1700000500.000800', thread_ts: parentTwo }));

    expect(await thread(one.client)).toEqual(['Can we talk?', 'Sure, Friday']);
    expect(await thread(two.client)).toEqual(['Question from Bolt', 'Bolt answers']);
    expect(h.fake.callsTo('reactions.add').map((c) => [c.token, c.args.channel, c.args.timestamp])).toEqual([
      [TEAM_ONE.token, CHANNEL_ONE, '1700000500.000100'], [TEAM_TWO.token, CHANNEL_TWO, '1700000500.000800'],
    ]);
    expect(h.fake.callsTo('chat.postEphemeral').map((c) => [c.token, c.args.user])).toEqual([[TEAM_ONE.token, 'U1GUEST']]);
    // Each contact was told by email of their own team's reply only.
    const mails = h.deps.mailer.sent.filter((m) => m.subject.includes('message') || m.links?.some((l) => l.endsWith('/portal/messages')));
    expect(mails.map((m) => m.to).sort()).toEqual(['ann@acme-one.test', 'ben@bolt-two.test']);
  });
});

describe('a Slack Connect channel both teams share', () => {
  // Shared between the two organisations: the same channel id, and the same message ts, for both installed teams.
  const SHARED = 'C0SHARED01';
  beforeEach(async () => {
    await command(TEAM_ONE, `messages ${SHARED}`);
    await command(TEAM_TWO, `messages ${SHARED}`);
  });

  it('maps a reply by team, channel and thread ts: only to the client thread of the team it came from', async () => {
    const greetings = h.fake.callsTo('chat.postMessage').length;
    await writeFromPortal(one, 'Hello from Acme One');
    await writeFromPortal(two, 'Hello from Bolt Two');
    const starts = h.fake.callsTo('chat.postMessage').slice(greetings);
    expect(starts.map((p) => [p.token, p.args.channel, p.args.thread_ts])).toEqual([[TEAM_ONE.token, SHARED, undefined], [TEAM_TWO.token, SHARED, undefined]]);
    const [parentOne, parentTwo] = starts.map((p) => p.ts!);

    // Team one's person answers in team one's thread. Slack sends a shared channel's message once, under either
    // installation: here under team two's; the same message under team one's (a re-delivery) is not recorded again.
    const answer = { channel: SHARED, user: userOf(TEAM_ONE.teamId), user_team: TEAM_ONE.teamId, text: 'Sure, Friday', ts: '1700000600.000100', thread_ts: parentOne };
    await deliver(messageEvent(TEAM_TWO, answer));
    expect(await thread(one.client)).toEqual(['Hello from Acme One', 'Sure, Friday']);
    await deliver(messageEvent(TEAM_ONE, answer));
    // Each team's person writing in the other team's thread reaches neither client, under either installation.
    const byTwo = { user: userOf(TEAM_TWO.teamId), user_team: TEAM_TWO.teamId };
    const byOne = { user: userOf(TEAM_ONE.teamId), user_team: TEAM_ONE.teamId };
    await deliver(messageEvent(TEAM_TWO, { channel: SHARED, ...byTwo, text: 'Bolt butting in', ts: '1700000600.000200', thread_ts: parentOne }));
    await deliver(messageEvent(TEAM_ONE, { channel: SHARED, ...byTwo, text: 'Bolt butting in again', ts: '1700000600.000210', thread_ts: parentOne }));
    await deliver(messageEvent(TEAM_ONE, { channel: SHARED, ...byOne, text: 'Acme butting in', ts: '1700000600.000300', thread_ts: parentTwo }));
    await deliver(messageEvent(TEAM_TWO, { channel: SHARED, ...byOne, text: 'Acme butting in again', ts: '1700000600.000310', thread_ts: parentTwo }));
    await deliver(messageEvent(TEAM_ONE, { channel: SHARED, ...byTwo, text: 'Bolt answers', ts: '1700000600.000400', thread_ts: parentTwo }));
    await deliver(messageEvent(TEAM_ONE, { channel: SHARED, user: 'UXSTRANGE', user_team: 'TSTRANGE01', text: 'A stranger', ts: '1700000600.000500', thread_ts: parentOne }));

    // Someone of an organisation not installed here is told privately that nothing was forwarded; nobody else is.
    expect(h.fake.callsTo('chat.postEphemeral').map((c) => [c.token, c.args.user])).toEqual([[TEAM_ONE.token, 'UXSTRANGE']]);
    expect(await thread(one.client)).toEqual(['Hello from Acme One', 'Sure, Friday']);
    expect(await thread(two.client)).toEqual(['Hello from Bolt Two', 'Bolt answers']);
    expect(h.fake.callsTo('reactions.add').map((c) => [c.token, c.args.timestamp])).toEqual([
      [TEAM_ONE.token, '1700000600.000100'], [TEAM_TWO.token, '1700000600.000400'],
    ]);
    const mails = h.deps.mailer.sent.filter((m) => m.links?.some((l) => l.endsWith('/portal/messages')));
    expect(mails.map((m) => [m.to, m.text.includes('Sure, Friday'), m.text.includes('Bolt answers')])).toEqual([
      ['ann@acme-one.test', true, false], ['ben@bolt-two.test', false, true],
    ]);
  });
});
