// The app with Slack's OAuth install switched on (many teams), optionally beside the single-token setup, a fake
// Slack that installs teams and answers each token as its own team, and signed requests per team.
import type { LanguageModel } from 'ai';
import { createApp } from '../../../src/channels/http/app';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { startFakeSlack, type FakeSlack, type FakeSlackUser, type FakeTeam } from '../../support/fakes/slack-api';
import { signedSlackHeaders } from '../../support/slack-signed';
import { SECRET, slackFixture } from './slack-harness';

export const TOKEN_KEY = Buffer.alloc(32, 7).toString('base64');
export const CLIENT_ID = '1111.2222';
export const CLIENT_SECRET = 'oauth-client-secret';
export const SINGLE_TEAM = 'TSINGLE001';

export const TEAM_ONE: FakeTeam = { teamId: 'T0NE00001', teamName: 'Northwind Studio', botUserId: 'UBOTONE', botId: 'BBOTONE', token: 'xoxb-one-0000000001' };
export const TEAM_TWO: FakeTeam = { teamId: 'T0TWO0002', teamName: 'Southpaw Agency', botUserId: 'UBOTTWO', botId: 'BBOTTWO', token: 'xoxb-two-0000000002' };
/** One person per team; `U1...` in TEAM_ONE, `U2...` in TEAM_TWO, `US...` in the single-token team. */
export const TEAM_USERS: FakeSlackUser[] = [
  { id: 'U1ALICE', teamId: TEAM_ONE.teamId, name: 'Alice One', email: 'alice@northwind.test' },
  { id: 'U2BRUNO', teamId: TEAM_TWO.teamId, name: 'Bruno Two', email: 'bruno@southpaw.test' },
  { id: 'USSINGLE', teamId: SINGLE_TEAM, name: 'Sam Single', email: 'sam@single.test' },
];
export const userOf = (teamId: string) => TEAM_USERS.find((u) => u.teamId === teamId)!.id;

export type TeamsHarness = {
  deps: TestDeps; fake: FakeSlack; app: ReturnType<typeof createApp>;
  /** Runs the whole install: /slack/install, Slack's consent (the fake's code), /slack/oauth_redirect. */
  install(team: FakeTeam, opts?: { session?: string; link?: boolean }): Promise<Response>;
  /** The first half only: the redirect to Slack, its state and the state cookie. */
  startInstall(opts?: { session?: string; link?: boolean }): Promise<{ res: Response; state: string; cookie: string }>;
  fixture(name: string, team: string): string;
  send(raw: string): Promise<Response>;
  /** A signed /client command from the team's person. */
  slash(teamId: string, text: string): Promise<Response>;
  close(): Promise<void>;
};

export async function startTeamsHarness(opts: { single?: boolean; model?: LanguageModel; env?: Record<string, string> } = {}): Promise<TeamsHarness> {
  const fake = await startFakeSlack({ teamId: SINGLE_TEAM, botUserId: 'UBOTSINGLE', botId: 'BBOTSINGLE', users: TEAM_USERS });
  let commands = 0;
  const deps = await createTestDeps({
    env: {
      SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, SLACK_CLIENT_ID: CLIENT_ID, SLACK_CLIENT_SECRET: CLIENT_SECRET, SLACK_TOKEN_KEY: TOKEN_KEY,
      ...(opts.single ? { SLACK_BOT_TOKEN: 'xoxb-single-token' } : {}), ...opts.env,
    },
    overrides: (opts.model ? { model: opts.model, approvalSecret: 'a-test-approval-secret-of-at-least-32-bytes' } : {}) as never,
  });
  const app = createApp(deps);
  const nowSeconds = () => Math.floor(deps.now().getTime() / 1000);
  const send = async (raw: string): Promise<Response> => app.request('/slack/events', { method: 'POST', body: raw, headers: signedSlackHeaders(SECRET, nowSeconds(), raw) });
  const fixture = (name: string, team: string) => slackFixture(fake, name, team);
  const startInstall = async (o: { session?: string; link?: boolean } = {}) => {
    const res = await app.request(`/slack/install${o.link ? '?link=1' : ''}`, { headers: o.session ? { cookie: o.session } : {} });
    const location = res.headers.get('location') ?? '';
    const state = location ? (new URL(location).searchParams.get('state') ?? '') : '';
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    return { res, state, cookie };
  };
  return {
    deps, fake, app, fixture, send, startInstall,
    async install(team, o = {}) {
      const { state, cookie } = await startInstall(o);
      const code = fake.oauthCode(team);
      const cookies = [cookie, o.session].filter(Boolean).join('; ');
      return app.request(`/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`, { headers: { cookie: cookies } });
    },
    async slash(teamId, text) {
      const params = new URLSearchParams(fixture('slash-command.txt', teamId));
      params.set('text', text);
      params.set('user_id', userOf(teamId));
      params.delete('enterprise_id');
      params.delete('enterprise_name');
      params.set('trigger_id', `${Math.random()}`.slice(2));
      // Slack gives every command its own response_url (each good for five answers).
      params.set('response_url', fake.hookUrl(`commands/${teamId}/${++commands}`));
      return send(params.toString());
    },
    async close() {
      await deps.deferrer.drain();
      await fake.close();
      deps.testDb.cleanup();
    },
  };
}
