// Who may use the Slack app: the installed team's people (matched by email, or joining with the default
// role), never another team's or a Slack Connect guest, and roles keyed by (team, user).
import { and, count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { members, workspaces } from '../../../src/db/schema';
import { scriptedModel } from './held-model';
import { slashBody, startHarness, TEAM_A, TEAM_B, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
const memberCount = async (hh: Harness) => (await hh.deps.db.select({ n: count() }).from(members))[0].n;

describe('Slack identity', () => {
  it('makes a new user of the installed team a member with the default role, and records the team on the workspace', async () => {
    const model = scriptedModel(() => ({ text: 'Hello.' }));
    h = await startHarness({ model });
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    const [m] = await h.deps.db.select().from(members).where(eq(members.slackUserId, 'U061F7AUR'));
    expect(m).toMatchObject({ role: 'manager', slackTeamId: TEAM_A, email: 'riley@studio.test', name: 'Riley Mention', workspaceId: h.deps.workspaceId });
    const [ws] = await h.deps.db.select().from(workspaces).where(eq(workspaces.id, h.deps.workspaceId));
    expect(ws.slackTeamId).toBe(TEAM_A);
    expect(model.doStreamCalls).toHaveLength(1);
  });

  it('matches an existing member by email and keeps that member\'s role', async () => {
    h = await startHarness({ model: scriptedModel(() => ({ text: 'Hi owner.' })), role: 'member' });
    const [owner] = await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, name: 'Steve Owner', email: 'steve@studio.test', role: 'owner' }).returning();
    await h.send(slashBody(h, 'find clients'));
    await h.deps.deferrer.drain();
    const [linked] = await h.deps.db.select().from(members).where(eq(members.id, owner.id));
    expect(linked).toMatchObject({ role: 'owner', slackTeamId: TEAM_A, slackUserId: 'U2147483697' });
    expect(await memberCount(h)).toBe(1);
  });

  it('denies another team\'s signed requests without reading its users (T4)', async () => {
    const model = scriptedModel(() => ({ text: 'leak' }));
    h = await startHarness({ model });
    await h.send(h.fixture('slash-command.txt', { team: TEAM_B }).replace('text=94070', 'text=show%20Acme'));
    await h.send(h.fixture('app-mention.json', { team: TEAM_B }));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
    expect(await memberCount(h)).toBe(0);
    expect(h.fake.callsTo('users.info')).toHaveLength(0);
    expect(h.fake.hooks[0].body.text).toContain('no client access');
    expect(h.fake.callsTo('chat.postMessage')[0].args.text).toContain('no client access');
  });

  it('denies a Slack Connect guest in a shared channel of the installed team (T6)', async () => {
    const model = scriptedModel(() => ({ text: 'leak' }));
    h = await startHarness({ model });
    await h.send(h.fixture('app-mention-ext.json'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
    expect(await memberCount(h)).toBe(0);
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post.args.text).toContain('no client access');
  });

  it('keys roles by (team, user): the same user id from another team gets nothing (T5)', async () => {
    const model = scriptedModel(() => ({ text: 'ok' }));
    h = await startHarness({ model });
    await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, name: 'Boss', role: 'owner', slackTeamId: TEAM_A, slackUserId: 'U061F7AUR' });
    const fromB = JSON.parse(h.fixture('app-mention.json', { team: TEAM_B }));
    await h.send(JSON.stringify({ ...fromB, event_id: 'EvFROMB' }));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(1);
    const rows = await h.deps.db.select().from(members).where(and(eq(members.slackUserId, 'U061F7AUR')));
    expect(rows).toHaveLength(1);
  });
});
