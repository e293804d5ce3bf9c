// Slack on the Workers build: a signed /client command reaches Bolt inside workerd, is acked at once, and the
// agent's answer (run under ctx.waitUntil) comes back through response_url; the Web API goes to a loopback fake.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, type TestHarness } from 'wrangler';
import { eq } from 'drizzle-orm';
import { signSlackBody } from '../../src/channels/slack/verify-signature';
import { openDatabase, type DbHandle } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { clients } from '../../src/db/schema';
import { startFakeSlack, type FakeSlack } from '../support/fakes/slack-api';
import { startSqld, type Sqld } from '../support/sqld';

const SECRET = 'worker-signing-secret-0123456789abcdef';
const TEAM = 'TWORKER01';

let sqld: Sqld;
let node: DbHandle;
let fake: FakeSlack;
let server: TestHarness;

beforeAll(async () => {
  sqld = await startSqld();
  node = await openDatabase({ url: sqld.url });
  await migrateDatabase(node.db);
  fake = await startFakeSlack({ teamId: TEAM, botUserId: 'UBOTW', botId: 'BBOTW',
    users: [{ id: 'U2147483697', teamId: TEAM, name: 'Steve Slash', email: 'steve@studio.test' }] });
  server = createTestHarness({
    workers: [{ configPath: './wrangler.toml', vars: {
      DATABASE_URL: sqld.url, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-worker-test', SLACK_API_URL: fake.apiUrl,
    } }],
  });
  await server.listen();
}, 60_000);

afterAll(async () => {
  await server?.close();
  await fake?.close();
  node?.close();
  sqld?.stop();
});

function slashCommand(text: string): string {
  const params = new URLSearchParams(readFileSync(join(import.meta.dirname, '../fixtures/slack/slash-command.txt'), 'utf8').trim());
  params.set('team_id', TEAM);
  params.set('text', text);
  params.set('response_url', fake.hookUrl('commands/1234/5678'));
  return params.toString();
}

function send(body: string, secret = SECRET) {
  const ts = Math.floor(Date.now() / 1000);
  return server.fetch('/slack/events', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signSlackBody(secret, ts, body) },
    body,
  });
}

const logged = () => server.getLogs().map((l) => l.message).join('\n');

describe('Slack on the Worker', () => {
  it('refuses a request signed with another secret (401)', async () => {
    const res = await send(slashCommand('help'), 'not-the-secret-0123456789abcdef0123');
    expect(res.status).toBe(401);
  });

  it('/client Acme Corp is acked, then the client is created and the answer posted to response_url', async () => {
    const res = await send(slashCommand('Acme Corp'));
    expect(res.status, logged()).toBe(200);
    expect(await res.text()).toBe('');
    await Promise.race([fake.waitFor('hook'), new Promise((_, fail) => setTimeout(() => fail(new Error(`no answer; worker logs:\n${logged()}`)), 20_000))]);
    expect(JSON.stringify(fake.hooks[0].body)).toContain('Acme Corp');
    const rows = await node.db.select().from(clients).where(eq(clients.name, 'Acme Corp'));
    expect(rows).toHaveLength(1);
    expect(fake.callsTo('users.info').map((c) => c.args.user)).toContain('U2147483697');
    // The answer ran under this request's waitUntil, not detached from it.
    expect(logged()).not.toContain('deferred work outside a request');
  });
});
