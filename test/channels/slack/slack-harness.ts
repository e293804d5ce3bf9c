// The whole Hono app with the Slack channel switched on, a fake Slack Web API on loopback, and Slack's
// sample payloads signed with a test secret (response_url pointed at the fake before signing).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageModel } from 'ai';
import { createApp } from '../../../src/channels/http/app';
import type { Log } from '../../../src/context';
import { signSlackBody } from '../../../src/channels/slack/verify-signature';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { startFakeSlack, type FakeSlack, type FakeSlackUser } from '../../support/fakes/slack-api';
import { slackContentType } from '../../support/slack-signed';
import { type Deployment, seedDeployment } from '../http/portal-helpers';

export const SECRET = 'test-signing-secret-0123456789abcdef';
export const TEAM_A = 'TAAAA0001';
export const TEAM_B = 'TBBBB0002';
export const SAMPLE_TEAMS = ['T0001', 'T123ABC456', 'T9TK3CUKW'];
const FIXTURES = join(import.meta.dirname, '../../fixtures/slack');

export const USERS: FakeSlackUser[] = [
  { id: 'U2147483697', teamId: TEAM_A, name: 'Steve Slash', email: 'steve@studio.test' },
  { id: 'U061F7AUR', teamId: TEAM_A, name: 'Riley Mention', email: 'riley@studio.test' },
  { id: 'UA8RXUSPL', teamId: TEAM_A, name: 'Jack Torrance', email: 'jack@studio.test' },
  { id: 'U0EXTGUEST', teamId: 'TEXTERNAL9', name: 'Guest Elsewhere', email: 'guest@partner.test' },
];
/** A guest account in team A (restricted): its thread replies are never forwarded to a client. */
export const GUEST: FakeSlackUser = { id: 'UGUEST0001', teamId: TEAM_A, name: 'Gus Guest', email: 'gus@partner.test', restricted: true };

/** A sample payload's bytes with the sample teams set to `team` and response_url pointed at the fake. */
export function slackFixture(fake: FakeSlack, name: string, team: string): string {
  let raw = readFileSync(join(FIXTURES, name), 'utf8');
  for (const t of SAMPLE_TEAMS) raw = raw.replaceAll(t, team);
  return raw.replaceAll('https://hooks.slack.com/', fake.hookUrl('')).replaceAll('https%3A%2F%2Fhooks.slack.com%2F', encodeURIComponent(fake.hookUrl('')));
}

export type SendOptions = { contentType?: string; ts?: number; secret?: string; headers?: Record<string, string>; signature?: string | null };
export type Harness = {
  deps: TestDeps;
  fake: FakeSlack;
  app: ReturnType<typeof createApp>;
  /** A fixture's bytes with the sample teams set to `team` and response_url pointed at the fake. */
  fixture(name: string, opts?: { team?: string }): string;
  send(raw: string, opts?: SendOptions): Promise<Response>;
  nowSeconds(): number;
  close(): Promise<void>;
};

export type HarnessOptions = { model?: LanguageModel; role?: string; users?: FakeSlackUser[]; sleep?: (ms: number) => Promise<void>; log?: Log; env?: Record<string, string> };

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlack({ teamId: TEAM_A, botUserId: 'U0LAN0Z89', botId: 'BCLIENTELE', users: opts.users ?? USERS });
  const deps = await createTestDeps({
    env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: fake.apiUrl, ...(opts.role ? { SLACK_DEFAULT_ROLE: opts.role } : {}), ...opts.env },
    overrides: {
      ...(opts.model ? { model: opts.model, approvalSecret: 'a-test-approval-secret-of-at-least-32-bytes' } : {}),
      ...(opts.sleep ? { sleep: opts.sleep } : {}),
      ...(opts.log ? { log: opts.log } : {}),
    } as never,
  });
  const app = createApp(deps);
  const nowSeconds = () => Math.floor(deps.now().getTime() / 1000);
  return {
    deps, fake, app, nowSeconds,
    fixture: (name, o = {}) => slackFixture(fake, name, o.team ?? TEAM_A),
    async send(raw, o = {}) {
      const ts = o.ts ?? nowSeconds();
      const headers: Record<string, string> = { 'content-type': o.contentType ?? slackContentType(raw), 'x-slack-request-timestamp': String(ts), ...o.headers };
      const signature = o.signature === undefined ? signSlackBody(o.secret ?? SECRET, ts, raw) : o.signature;
      if (signature !== null) headers['x-slack-signature'] = signature;
      return app.request('/slack/events', { method: 'POST', headers, body: raw });
    },
    async close() {
      await deps.deferrer.drain();
      await fake.close();
      deps.testDb.cleanup();
    },
  };
}

/** The channel the portal's client messages are mirrored into. */
export const MESSAGES_CHANNEL = 'CMSGS0001';

/** The harness with a messages channel and the portal tests' seeded deployment workspace (clients, contacts, ledgers). */
export async function startPortalHarness(opts: HarnessOptions = {}) {
  const h = await startHarness({ ...opts, env: { SLACK_MESSAGES_CHANNEL: MESSAGES_CHANNEL, ...opts.env } });
  const s: Deployment = await seedDeployment(h.deps);
  return { h, fake: h.fake, deps: h.deps, app: h.app, s };
}

/** A form-encoded interactivity request, the way Slack sends it. */
export const asPayload = (json: unknown) => `payload=${encodeURIComponent(typeof json === 'string' ? json : JSON.stringify(json))}`;

let clickSeq = 0;
/** A button click on a message in #CBR2V3XEX (Slack's block_actions sample), by `user`; each click its own action_ts unless given. */
export function buttonClick(h: Harness, actionId: string, value: string, o: { user?: string; ephemeral?: boolean; actionTs?: string } = {}): string {
  const p = JSON.parse(h.fixture('block-actions.json'));
  p.user = { ...p.user, id: o.user ?? 'UA8RXUSPL' };
  p.container = { type: 'message', message_ts: '1548261231.000200', channel_id: 'CBR2V3XEX', is_ephemeral: o.ephemeral ?? false };
  p.actions = [{ action_id: actionId, block_id: 'b1', value, type: 'button', text: { type: 'plain_text', text: 'x' }, action_ts: o.actionTs ?? `1548426417.${++clickSeq}` }];
  return asPayload(p);
}

/** A slash command body with the sample's fields and this text. */
export function slashBody(h: Harness, text: string, over: Record<string, string> = {}): string {
  const params = new URLSearchParams(h.fixture('slash-command.txt'));
  params.set('text', text);
  params.set('trigger_id', `${Math.random()}`.slice(2));
  for (const [k, v] of Object.entries(over)) params.set(k, v);
  return params.toString();
}
