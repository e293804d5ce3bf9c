// Slack on the Workers build: a signed /client command reaches Bolt inside workerd, is acked at once, and the
// agent's answer (run under ctx.waitUntil) replaces the "Working…" placeholder through response_url; App Home's
// Export uploads the CSV from R2 into the person's DM. The Web API goes to a loopback fake.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHarness } from 'wrangler';
import { eq } from 'drizzle-orm';
import { HOME_ACTIONS } from '../../src/channels/slack/blocks/app-home';
import { WORKING } from '../../src/channels/slack/working-state';
import type { DbHandle } from '../../src/db/client';
import { clients } from '../../src/db/schema';
import { startFakeSlack, type FakeSlack } from '../support/fakes/slack-api';
import type { Sqld } from '../support/sqld';
import { sendSlackToWorker, startMigratedSqld, startWorker, stopWorker, workerLogs } from '../support/worker-harness';

const SECRET = 'worker-signing-secret-0123456789abcdef';
const TEAM = 'TWORKER01';

let sqld: Sqld;
let node: DbHandle;
let fake: FakeSlack;
let server: TestHarness;

beforeAll(async () => {
  ({ sqld, node } = await startMigratedSqld());
  fake = await startFakeSlack({ teamId: TEAM, botUserId: 'UBOTW', botId: 'BBOTW',
    users: [{ id: 'U2147483697', teamId: TEAM, name: 'Steve Slash', email: 'steve@studio.test' }] });
  server = await startWorker({ DATABASE_URL: sqld.url, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-worker-test', SLACK_API_URL: fake.apiUrl });
}, 60_000);

afterAll(() => stopWorker({ server, node, sqld }, fake));

function slashCommand(text: string): string {
  const params = new URLSearchParams(readFileSync(join(import.meta.dirname, '../fixtures/slack/slash-command.txt'), 'utf8').trim());
  params.set('team_id', TEAM);
  params.set('text', text);
  params.set('response_url', fake.hookUrl('commands/1234/5678'));
  return params.toString();
}

function homeExportClick(): string {
  const p = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/slack/block-actions.json'), 'utf8'));
  p.team = { id: TEAM, domain: 'worker' };
  p.user = { id: 'U2147483697', username: 'steve', team_id: TEAM };
  p.container = { type: 'view', view_id: 'VHOMEW001' };
  p.view = { id: 'VHOMEW001', type: 'home' };
  delete p.channel; delete p.message; delete p.response_url;
  p.actions = [{ action_id: HOME_ACTIONS.exportCsv, block_id: 'home_actions', value: 'export', type: 'button', text: { type: 'plain_text', text: 'Export CSV' }, action_ts: '1700000001.000001' }];
  return `payload=${encodeURIComponent(JSON.stringify(p))}`;
}

const send = (body: string, secret = SECRET) => sendSlackToWorker(server, secret, body);

const logged = () => workerLogs(server);

describe('Slack on the Worker', () => {
  it('refuses a request signed with another secret (401)', async () => {
    const res = await send(slashCommand('help'), 'not-the-secret-0123456789abcdef0123');
    expect(res.status).toBe(401);
  });

  it('/client Acme Corp is acked, then the client is created and the answer posted to response_url', async () => {
    const res = await send(slashCommand('Acme Corp'));
    expect(res.status, logged()).toBe(200);
    expect(await res.text()).toBe('');
    await Promise.race([fake.waitFor('hook', 2), new Promise((_, fail) => setTimeout(() => fail(new Error(`no answer; worker logs:\n${logged()}`)), 20_000))]);
    expect(fake.hooks[0].body).toMatchObject({ text: WORKING, replace_original: false });
    expect(fake.hooks[1].body.replace_original).toBe(true);
    expect(JSON.stringify(fake.hooks[1].body)).toContain('Acme Corp');
    const rows = await node.db.select().from(clients).where(eq(clients.name, 'Acme Corp'));
    expect(rows).toHaveLength(1);
    expect(fake.callsTo('users.info').map((c) => c.args.user)).toContain('U2147483697');
    // The answer ran under this request's waitUntil, not detached from it.
    expect(logged()).not.toContain('deferred work outside a request');
  });

  it('App Home\'s Export CSV uploads the file kept in R2 into the person\'s DM', async () => {
    const res = await send(homeExportClick());
    expect(res.status, logged()).toBe(200);
    await Promise.race([fake.waitFor('files.completeUploadExternal'), new Promise((_, fail) => setTimeout(() => fail(new Error(`no upload; worker logs:\n${logged()}`)), 20_000))]);
    expect(fake.uploads).toHaveLength(1);
    const csv = fake.uploads[0].bytes.toString('utf8');
    expect(csv.split('\n')[0]).toContain('Name');
    expect(csv).toContain('Acme Corp');
    const [done] = fake.callsTo('files.completeUploadExternal');
    const [dm] = fake.callsTo('conversations.open');
    expect(dm.args.users).toBe('U2147483697');
    // The fake's conversations.open names no channel: the app falls back to the user's id, which Slack accepts.
    expect(done.args.channel_id).toBe('U2147483697');
    expect(done.args.files[0].title).toMatch(/^clients-\d{4}-\d\d-\d\d\.csv$/);
  });
});
