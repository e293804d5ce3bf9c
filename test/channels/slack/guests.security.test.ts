// Slack guests (multi- and single-channel, is_restricted / is_ultra_restricted), strangers and deactivated
// accounts of the installed team get no client access whatever SLACK_DEFAULT_ROLE says (security.md A2):
// 0 members, 0 model runs, 0 client rows, and a polite refusal where they asked.
import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { GUEST_REFUSAL } from '../../../src/channels/slack/resolve-actor';
import { clients, members } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { ensureSlackMember } from '../../../src/domain/members/ensure-slack-member';
import { scriptedModel } from './held-model';
import { slashBody, startHarness, TEAM_A, USERS, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
const n = async (hh: Harness, table: typeof members | typeof clients) => (await hh.deps.db.select({ n: count() }).from(table))[0].n;
const withUser = (id: string, flags: Partial<(typeof USERS)[number]>) => USERS.map((u) => (u.id === id ? { ...u, ...flags } : u));
// security.md A2's figure, summed over the refusals below and printed once.
const a2 = { requests: 0, modelRuns: 0, members: 0, clients: 0, refusals: 0 };
async function tally(hh: Harness, requests: number, modelRuns: number) {
  const said = [...hh.fake.hooks.map((x) => x.body.text), ...hh.fake.callsTo('chat.postMessage').map((c) => c.args.text)];
  Object.assign(a2, {
    requests: a2.requests + requests, modelRuns: a2.modelRuns + modelRuns, members: a2.members + (await n(hh, members)),
    clients: a2.clients + (await n(hh, clients)), refusals: a2.refusals + said.filter((t) => /no client access/.test(t ?? '')).length,
  });
}
afterAll(() => {
  console.log(`A2: ${a2.requests} signed requests from guests, strangers and deactivated accounts, ${a2.modelRuns} model runs, ` +
    `${a2.members} members made, ${a2.clients} client rows, ${a2.refusals} polite refusals`);
});

describe('Slack guests (security)', () => {
  it('a multi-channel guest gets a polite refusal to /client, even with SLACK_DEFAULT_ROLE=owner', async () => {
    const model = scriptedModel(() => ({ text: 'leak' }));
    h = await startHarness({ model, role: 'owner', users: withUser('U2147483697', { restricted: true }) });
    await h.send(slashBody(h, 'add Acme Corp'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
    expect(await n(h, members)).toBe(0);
    expect(await n(h, clients)).toBe(0);
    expect(h.fake.hooks[0].body.text).toBe(GUEST_REFUSAL);
    expect(GUEST_REFUSAL).toMatch(/^Sorry, .*guest accounts have no client access/);
    await tally(h, 1, model.doStreamCalls.length);
  });

  it('a single-channel guest mentioning the bot is refused in the thread', async () => {
    const model = scriptedModel(() => ({ text: 'leak' }));
    h = await startHarness({ model, role: 'admin', users: withUser('U061F7AUR', { ultraRestricted: true }) });
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
    expect(await n(h, members)).toBe(0);
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post.args).toMatchObject({ text: GUEST_REFUSAL, thread_ts: '1515449522.000016' });
    await tally(h, 1, model.doStreamCalls.length);
  });

  it('a stranger and a deactivated account are refused too', async () => {
    const model = scriptedModel(() => ({ text: 'leak' }));
    h = await startHarness({ model, users: withUser('U2147483697', { stranger: true }).map((u) => (u.id === 'U061F7AUR' ? { ...u, deleted: true } : u)) });
    await h.send(slashBody(h, 'find clients'));
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
    expect(await n(h, members)).toBe(0);
    expect(h.fake.hooks[0].body.text).toBe(GUEST_REFUSAL);
    expect(h.fake.callsTo('chat.postMessage')[0].args.text).toContain('no client access');
    await tally(h, 2, model.doStreamCalls.length);
  });

  it('a guest whose email matches an owner is not linked to that owner', async () => {
    const model = scriptedModel(() => ({ text: 'leak' }));
    h = await startHarness({ model, users: withUser('U2147483697', { restricted: true }) });
    const [owner] = await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, name: 'Steve', email: 'steve@studio.test', role: 'owner' }).returning();
    await h.send(slashBody(h, 'find clients'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
    const [row] = await h.deps.db.select().from(members).where(eq(members.id, owner.id));
    expect(row.slackUserId).toBeNull();
  });

  it('a member later made a guest in Slack loses access at the next check (within 10 minutes)', async () => {
    const model = scriptedModel(() => ({ text: 'Hello.' }));
    h = await startHarness({ model });
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(1);
    h.fake.users.set('U061F7AUR', { ...h.fake.users.get('U061F7AUR')!, restricted: true });
    h.deps.clock.now = new Date(h.deps.clock.now.getTime() + 11 * 60 * 1000);
    const again = JSON.parse(h.fixture('app-mention.json'));
    await h.send(JSON.stringify({ ...again, event_id: 'EvAGAIN', event: { ...again.event, ts: '1515449600.000001' } }));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage').at(-1)!.args.text).toBe(GUEST_REFUSAL);
  });
});

describe('Slack guests (happy)', () => {
  it('a full member of the team still joins with the default role and is not asked about on every message', async () => {
    const model = scriptedModel(() => ({ text: 'Hello.' }));
    h = await startHarness({ model, role: 'admin' });
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    const again = JSON.parse(h.fixture('app-mention.json'));
    await h.send(JSON.stringify({ ...again, event_id: 'EvTWO', event: { ...again.event, ts: '1515449600.000002' } }));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(2);
    const [m] = await h.deps.db.select().from(members).where(eq(members.slackUserId, 'U061F7AUR'));
    expect(m).toMatchObject({ role: 'admin', slackTeamId: TEAM_A });
    expect(h.fake.callsTo('users.info')).toHaveLength(1);
  });
});

describe('Slack guests (error)', () => {
  it('the domain refuses a guest whatever role is asked for, and only the Slack channel may add members', async () => {
    h = await startHarness();
    const input = { teamId: TEAM_A, userId: 'UGUEST', installedTeamId: TEAM_A, isGuest: true, defaultRole: 'owner' };
    const system = makeCtx(h.deps, { kind: 'system', workspaceId: h.deps.workspaceId, channel: 'system', name: 'Slack' });
    await expect(ensureSlackMember({ ctx: system, input })).rejects.toMatchObject({ code: 'forbidden' });
    const member = makeCtx(h.deps, { kind: 'member', workspaceId: h.deps.workspaceId, memberId: 1, role: 'owner', channel: 'web', name: 'x' });
    await expect(ensureSlackMember({ ctx: member, input: { ...input, isGuest: false } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await n(h, members)).toBe(0);
  });
});
