// Many Slack teams: the OAuth install (state signed, bound to the browser, used once), one installation per
// team with its token sealed at rest, reinstall in place, uninstall and revoked tokens, each team its own
// workspace answered with its own token, an owner linking a team to their workspace, and the single-token
// setup beside it.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTokenCipher } from '../../../src/channels/slack/token-cipher';
import { clients, slackInstallations, workspaces } from '../../../src/db/schema';
import { addMember, signIn } from '../http/web-session';
import { scriptedModel } from './held-model';
import { CLIENT_ID, startTeamsHarness, TEAM_ONE, TEAM_TWO, TOKEN_KEY, userOf, type TeamsHarness } from './many-teams-harness';

let h: TeamsHarness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

// Adds the client the person asked for, by name: the model is scripted, the tools and workspaces are real.
const addsClients = () => scriptedModel((opts) => {
  const last = opts.prompt[opts.prompt.length - 1];
  if (last.role === 'tool') return { text: 'Added.' };
  const text = JSON.stringify(last.content).match(/\/client ([^"\\]+)/)?.[1] ?? 'Nobody';
  if (text.startsWith('find ')) return { calls: [{ toolName: 'findClients', input: { query: text.slice(5) } }] };
  return { calls: [{ toolName: 'createClient', input: { name: text } }] };
});
const installation = async (teamId: string) => (await h!.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, teamId)))[0];

describe('Slack OAuth install', () => {
  it('sends the browser to Slack with our client id, scopes, redirect and a state bound to a cookie', async () => {
    h = await startTeamsHarness();
    const { res, state, cookie } = await h.startInstall();
    expect(res.status).toBe(302);
    const url = new URL(res.headers.get('location')!);
    expect(url.origin + url.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('scope')).toContain('commands');
    expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:8787/slack/oauth_redirect');
    expect(state).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(cookie).toMatch(/^slack_oauth_state=[\w-]+$/);
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/i);
  });

  it('installs a team as its own workspace, with the bot token sealed in the table and absent from the database file', async () => {
    h = await startTeamsHarness();
    const res = await h.install(TEAM_ONE);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Clientele is in Northwind Studio');
    const [access] = h.fake.callsTo('oauth.v2.access');
    expect(access.args).toMatchObject({ client_id: CLIENT_ID, redirect_uri: 'http://localhost:8787/slack/oauth_redirect' });
    const row = await installation(TEAM_ONE.teamId);
    expect(row).toMatchObject({ teamName: 'Northwind Studio', botUserId: 'UBOTONE', installedBy: 'UINSTALLER' });
    expect(row.botTokenEncrypted).not.toContain('xoxb');
    expect(await createTokenCipher(TOKEN_KEY).open(row.botTokenEncrypted)).toBe(TEAM_ONE.token);
    // A different key cannot open it.
    await expect(createTokenCipher(Buffer.alloc(32, 9).toString('base64')).open(row.botTokenEncrypted)).rejects.toThrow();
    const [ws] = await h.deps.db.select().from(workspaces).where(eq(workspaces.id, row.workspaceId));
    expect(ws).toMatchObject({ name: 'Northwind Studio', slackTeamId: TEAM_ONE.teamId });
    expect(ws.id).not.toBe(h.deps.workspaceId);
    await h.deps.dbHandle.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    const file = readFileSync(h.deps.dbHandle.url.slice('file:'.length));
    expect(file.includes(Buffer.from(TEAM_ONE.token))).toBe(false);
  });

  it('refuses a state that is forged, from another browser, expired or used before, without exchanging the code', async () => {
    h = await startTeamsHarness();
    const redirect = (state: string, cookie: string) =>
      h!.app.request(`/slack/oauth_redirect?code=${h!.fake.oauthCode(TEAM_ONE)}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    const a = await h.startInstall();
    const [body, mac] = a.state.split('.');
    const forged = `${Buffer.from(JSON.stringify({ n: 'x', e: Date.now() * 2 })).toString('base64url')}.${mac}`;
    expect((await redirect(forged, a.cookie)).status).toBe(400);
    expect((await redirect(`${body}.${mac.slice(0, -2)}AA`, a.cookie)).status).toBe(400);
    expect((await redirect(a.state, 'slack_oauth_state=someone-else')).status).toBe(400);
    expect((await redirect(a.state, '')).status).toBe(400);
    const late = await h.startInstall();
    h.deps.clock.now = new Date(h.deps.clock.now.getTime() + 11 * 60 * 1000);
    expect((await redirect(late.state, late.cookie)).status).toBe(400);
    const once = await h.startInstall();
    expect((await redirect(once.state, once.cookie)).status).toBe(200);
    expect((await redirect(once.state, once.cookie)).status).toBe(400);
    expect(h.fake.callsTo('oauth.v2.access')).toHaveLength(1);
    expect(await h.deps.db.select().from(slackInstallations)).toHaveLength(1);
  });

  it('reinstall updates the row in place and the next request uses the new token', async () => {
    h = await startTeamsHarness({ model: addsClients() });
    await h.install(TEAM_ONE);
    const first = await installation(TEAM_ONE.teamId);
    const res = await h.install({ ...TEAM_ONE, token: 'xoxb-one-rotated-9' });
    expect(await res.text()).toContain('Reinstalled');
    const rows = await h.deps.db.select().from(slackInstallations);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: first.id, workspaceId: first.workspaceId });
    expect(rows[0].botTokenEncrypted).not.toBe(first.botTokenEncrypted);
    await h.slash(TEAM_ONE.teamId, 'Rotated Co');
    await h.deps.deferrer.drain();
    expect(h.fake.callsTo('users.info').map((c) => c.token)).toEqual(['xoxb-one-rotated-9']);
  });
});

describe('each team is its own workspace', () => {
  it('answers each team with its own token and keeps its clients in its own workspace', async () => {
    h = await startTeamsHarness({ model: addsClients() });
    await h.install(TEAM_ONE);
    await h.install(TEAM_TWO);
    await h.slash(TEAM_ONE.teamId, 'Alpha Works');
    await h.slash(TEAM_TWO.teamId, 'Beta Works');
    await h.deps.deferrer.drain();
    const one = (await installation(TEAM_ONE.teamId)).workspaceId;
    const two = (await installation(TEAM_TWO.teamId)).workspaceId;
    expect(one).not.toBe(two);
    const rows = await h.deps.db.select({ name: clients.name, ws: clients.workspaceId }).from(clients);
    expect(rows).toEqual(expect.arrayContaining([{ name: 'Alpha Works', ws: one }, { name: 'Beta Works', ws: two }]));
    expect(rows).toHaveLength(2);
    const infos = h.fake.callsTo('users.info');
    expect(infos.find((c) => c.args.user === userOf(TEAM_ONE.teamId))!.token).toBe(TEAM_ONE.token);
    expect(infos.find((c) => c.args.user === userOf(TEAM_TWO.teamId))!.token).toBe(TEAM_TWO.token);
    // Team two's search does not see team one's client; team one's does.
    const seen = h.fake.hooks.length;
    await h.slash(TEAM_TWO.teamId, 'find Alpha');
    await h.deps.deferrer.drain();
    expect(JSON.stringify(h.fake.hooks.slice(seen))).not.toContain('Alpha Works');
    // Each command answers through its response_url (a Working… placeholder, then the answer).
    const mid = h.fake.hooks.length;
    await h.slash(TEAM_ONE.teamId, 'find Alpha');
    await h.deps.deferrer.drain();
    expect(JSON.stringify(h.fake.hooks.slice(mid))).toContain('Alpha Works');
  });

  it('drops requests from a team that has not installed the app, calling nothing', async () => {
    const model = addsClients();
    h = await startTeamsHarness({ model });
    const res = await h.slash(TEAM_TWO.teamId, 'Sneaky Ltd');
    expect(res.status).toBe(200);
    await h.deps.deferrer.drain();
    expect(h.fake.calls).toHaveLength(0);
    expect(model.doStreamCalls).toHaveLength(0);
  });

  it('removes the installation on app_uninstalled and on tokens_revoked; the team is then dropped, its data kept', async () => {
    h = await startTeamsHarness({ model: addsClients() });
    await h.install(TEAM_ONE);
    await h.install(TEAM_TWO);
    await h.slash(TEAM_ONE.teamId, 'Kept Co');
    await h.deps.deferrer.drain();
    const event = (team: string, id: string, event: object) => JSON.stringify({
      token: 'x', team_id: team, api_app_id: 'A0CLIENTELE', type: 'event_callback', event_id: id, event_time: 1, event,
    });
    await h.send(event(TEAM_ONE.teamId, 'EvUninstall1', { type: 'app_uninstalled' }));
    // A user token revoked is not the bot's: the installation stays until the bot token goes.
    await h.send(event(TEAM_TWO.teamId, 'EvRevoke1', { type: 'tokens_revoked', tokens: { oauth: ['U2BRUNO'] } }));
    await h.deps.deferrer.drain();
    expect(await installation(TEAM_ONE.teamId)).toBeUndefined();
    expect(await installation(TEAM_TWO.teamId)).toBeDefined();
    await h.send(event(TEAM_TWO.teamId, 'EvRevoke2', { type: 'tokens_revoked', tokens: { bot: [TEAM_TWO.botUserId] } }));
    await h.deps.deferrer.drain();
    expect(await h.deps.db.select().from(slackInstallations)).toHaveLength(0);
    const before = h.fake.calls.length;
    await h.slash(TEAM_ONE.teamId, 'Ghost Co');
    await h.deps.deferrer.drain();
    expect(h.fake.calls.length).toBe(before);
    expect((await h.deps.db.select().from(clients)).map((c) => c.name)).toEqual(['Kept Co']);
    // Reinstalling finds the same workspace again.
    const ws = (await h.deps.db.select().from(clients))[0].workspaceId;
    await h.install(TEAM_ONE);
    expect((await installation(TEAM_ONE.teamId)).workspaceId).toBe(ws);
  });

  it('links a team to the owner\'s workspace when a signed-in owner installs with ?link=1; a manager cannot', async () => {
    h = await startTeamsHarness({ model: addsClients() });
    await addMember(h.deps, 'owner', 'owner@studio.test');
    await addMember(h.deps, 'manager', 'manager@studio.test');
    const manager = await signIn(h.app, h.deps, 'manager@studio.test');
    expect((await h.startInstall({ session: manager, link: true })).res.status).toBe(403);
    const owner = await signIn(h.app, h.deps, 'owner@studio.test');
    const res = await h.install(TEAM_ONE, { session: owner, link: true });
    expect(res.status).toBe(200);
    expect((await installation(TEAM_ONE.teamId)).workspaceId).toBe(h.deps.workspaceId);
    await h.slash(TEAM_ONE.teamId, 'Linked Co');
    await h.deps.deferrer.drain();
    expect((await h.deps.db.select().from(clients))[0]).toMatchObject({ name: 'Linked Co', workspaceId: h.deps.workspaceId });
  });

  it('keeps the single-token team working beside installed teams', async () => {
    h = await startTeamsHarness({ model: addsClients(), single: true });
    await h.install(TEAM_ONE);
    await h.slash('TSINGLE001', 'Single Co');
    await h.slash(TEAM_ONE.teamId, 'Installed Co');
    await h.deps.deferrer.drain();
    const rows = await h.deps.db.select({ name: clients.name, ws: clients.workspaceId }).from(clients);
    expect(rows).toEqual(expect.arrayContaining([
      { name: 'Single Co', ws: h.deps.workspaceId }, { name: 'Installed Co', ws: (await installation(TEAM_ONE.teamId)).workspaceId },
    ]));
    expect(h.fake.callsTo('users.info').find((c) => c.args.user === 'USSINGLE')!.token).toBe('xoxb-single-token');
  });
});
