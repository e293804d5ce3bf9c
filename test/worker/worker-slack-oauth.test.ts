// Many Slack teams on the Workers build (workerd through wrangler's test harness, offline, against sqld and a
// loopback fake Slack): the OAuth install (/slack/install, Slack's consent, /slack/oauth_redirect with the state
// checked), the installation stored with its bot token sealed (WebCrypto, as on Node), the installed team answered
// with its own token, and app_uninstalled removing it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHarness } from 'wrangler';
import { createTokenCipher } from '../../src/channels/slack/token-cipher';
import type { DbHandle } from '../../src/db/client';
import { clients, slackInstallations, workspaces } from '../../src/db/schema';
import { startFakeSlack, type FakeSlack, type FakeTeam } from '../support/fakes/slack-api';
import type { Sqld } from '../support/sqld';
import { PUBLIC_URL, sendSlackToWorker, startMigratedSqld, startWorker, stopWorker, workerLogs } from '../support/worker-harness';

const SECRET = 'worker-oauth-signing-secret-0123456789';
const CLIENT_ID = '3333.4444';
const TOKEN_KEY = Buffer.alloc(32, 5).toString('base64');
const TEAM: FakeTeam = { teamId: 'T0WORKER1', teamName: 'Worker Northwind', botUserId: 'UBOTWK1', botId: 'BBOTWK1', token: 'xoxb-worker-one-000001' };

let sqld: Sqld;
let node: DbHandle;
let fake: FakeSlack;
let server: TestHarness;

beforeAll(async () => {
  ({ sqld, node } = await startMigratedSqld());
  fake = await startFakeSlack({ teamId: 'TNOBODY00', users: [{ id: 'U1WALICE', teamId: TEAM.teamId, name: 'Alice Worker', email: 'alice@northwind.test' }] });
  server = await startWorker({
    DATABASE_URL: sqld.url, PUBLIC_URL, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl,
    SLACK_CLIENT_ID: CLIENT_ID, SLACK_CLIENT_SECRET: 'worker-oauth-client-secret', SLACK_TOKEN_KEY: TOKEN_KEY,
  });
}, 60_000);

afterAll(() => stopWorker({ server, node, sqld }, fake));

const logged = () => workerLogs(server);
const installation = async () => (await node.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, TEAM.teamId)))[0];

const send = (body: string) => sendSlackToWorker(server, SECRET, body);

async function until(probe: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never happened: ${what}; worker logs:\n${logged()}`);
}

describe('Slack OAuth install on the Worker', () => {
  it('installs a team: Slack consent with a state bound to the browser, then the installation stored with its token sealed', async () => {
    const start = await server.fetch('/slack/install', { redirect: 'manual' });
    expect(start.status, logged()).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/slack/oauth_redirect`);
    const state = authorize.searchParams.get('state')!;
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/^slack_oauth_state=/);

    // Another browser (no state cookie) is refused, and the code is not exchanged.
    const stranger = await server.fetch(`/slack/oauth_redirect?code=${fake.oauthCode(TEAM)}&state=${encodeURIComponent(state)}`);
    expect(stranger.status).toBe(400);
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(0);

    const done = await server.fetch(`/slack/oauth_redirect?code=${fake.oauthCode(TEAM)}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(done.status, logged()).toBe(200);
    expect(await done.text()).toContain('Clientele is in Worker Northwind');
    const row = await installation();
    expect(row).toMatchObject({ teamName: 'Worker Northwind', botUserId: TEAM.botUserId });
    expect(row.botTokenEncrypted).not.toContain('xoxb');
    expect(await createTokenCipher(TOKEN_KEY).open(row.botTokenEncrypted)).toBe(TEAM.token);
    const [ws] = await node.db.select().from(workspaces).where(eq(workspaces.id, row.workspaceId));
    expect(ws).toMatchObject({ name: 'Worker Northwind', slackTeamId: TEAM.teamId });
  });

  it('answers the installed team\'s /client with that team\'s token, in its own workspace', async () => {
    const params = new URLSearchParams(readFileSync(join(import.meta.dirname, '../fixtures/slack/slash-command.txt'), 'utf8').trim());
    params.set('team_id', TEAM.teamId);
    params.set('user_id', 'U1WALICE');
    params.set('text', 'Worker Install Co');
    params.set('response_url', fake.hookUrl('commands/9/9'));
    params.delete('enterprise_id');
    params.delete('enterprise_name');
    const res = await send(params.toString());
    expect(res.status, logged()).toBe(200);
    await until(async () => fake.hooks.length >= 2, 'the answer through response_url');
    expect(JSON.stringify(fake.hooks.at(-1)!.body)).toContain('Worker Install Co');
    expect(fake.callsTo('users.info').map((c) => c.token)).toEqual([TEAM.token]);
    const row = await installation();
    const [made] = await node.db.select().from(clients).where(eq(clients.name, 'Worker Install Co'));
    expect(made.workspaceId).toBe(row.workspaceId);
  });

  it('removes the installation on app_uninstalled, keeping the workspace', async () => {
    const { workspaceId } = await installation();
    const res = await send(JSON.stringify({ token: 'x', team_id: TEAM.teamId, api_app_id: 'A0CLIENTELE', type: 'event_callback', event_id: 'EvWkUninstall1', event_time: 1, event: { type: 'app_uninstalled' } }));
    expect(res.status, logged()).toBe(200);
    await until(async () => (await installation()) === undefined, 'the installation removed');
    expect(await node.db.select().from(workspaces).where(eq(workspaces.id, workspaceId))).toHaveLength(1);
  });
});
