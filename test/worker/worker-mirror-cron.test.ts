// The Worker's Cron Trigger (wrangler.toml, scheduled() in src/worker.ts) in workerd: a client message left waiting for
// Slack (saved, never posted: its writer's isolate was cut short) is posted into its client's thread when the cron runs,
// as the Node server's 30-second sweep does, and two cron runs at once post it once. The Web API goes to a loopback fake.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHarness } from 'wrangler';
import type { DbHandle } from '../../src/db/client';
import { messages, workspaces } from '../../src/db/schema';
import { seedClient, seedContact } from '../domain/portal/seed-portal';
import { startFakeSlack, type FakeCall, type FakeSlack } from '../support/fakes/slack-api';
import type { Sqld } from '../support/sqld';
import { startMigratedSqld, startWorker, stopWorker, workerLogs } from '../support/worker-harness';

const CHANNEL = 'CCRON00001';

let sqld: Sqld;
let node: DbHandle;
let fake: FakeSlack;
let server: TestHarness;

beforeAll(async () => {
  ({ sqld, node } = await startMigratedSqld());
  fake = await startFakeSlack({ teamId: 'TCRON0001' });
  server = await startWorker({ DATABASE_URL: sqld.url, SLACK_SIGNING_SECRET: 'worker-signing-secret-0123456789abcdef',
    SLACK_BOT_TOKEN: 'xoxb-cron-test', SLACK_API_URL: fake.apiUrl, SLACK_MESSAGES_CHANNEL: CHANNEL });
}, 60_000);

afterAll(() => stopWorker({ server, node, sqld }, fake));

/** What a writer whose isolate ended right after the save leaves: the message saved for the channel, not in Slack. */
async function waitingMessage(clientName: string, body: string, agoMs = 2 * 60_000): Promise<number> {
  const [ws] = await node.db.select().from(workspaces).limit(1);
  const client = await seedClient(node.db, ws.id, clientName);
  const contact = await seedContact(node.db, ws.id, client.id, `${clientName} Contact`, `${client.id}@client.test`);
  const at = new Date(Date.now() - agoMs);
  const [m] = await node.db.insert(messages).values({ workspaceId: ws.id, clientId: client.id, authorContactId: contact.id, body,
    slackChannel: CHANNEL, createdAt: at }).returning();
  return m.id;
}

const rowOf = async (id: number) => (await node.db.select().from(messages).where(eq(messages.id, id)))[0];
const bodyOf = (p: FakeCall) => p.args.blocks.at(-1).text.text as string;
const postsOf = (body: string) => fake.callsTo('chat.postMessage').filter((p) => bodyOf(p) === body);
/** One cron event, as Cloudflare sends it each minute; its outcome is 'ok' when the handler did not throw. */
const runCron = async (): Promise<{ outcome: string }> => server.getWorker().scheduled({ cron: '* * * * *', scheduledTime: new Date() });

describe('the Worker\'s mirror sweep cron', () => {
  it('posts a waiting client message into a new thread when the cron runs, not before', async () => {
    // The first request builds the default workspace, as a deployment's first visit does.
    expect((await server.fetch('/healthz')).status).toBe(200);
    const id = await waitingMessage('Cron Corp', 'Still waiting for Slack');
    expect(postsOf('Still waiting for Slack')).toHaveLength(0);
    const result = await runCron();
    expect(result.outcome, workerLogs(server)).toBe('ok');
    const [post] = postsOf('Still waiting for Slack');
    expect(post.args.channel).toBe(CHANNEL);
    expect(post.args.thread_ts).toBeUndefined();
    expect(post.token).toBe('xoxb-cron-test');
    expect(JSON.stringify(post.args.blocks)).toContain('Messages with *Cron Corp*');
    const row = await rowOf(id);
    expect(row.slackTs).toBe(post.ts);
    // Nothing left: the next run posts nothing again.
    await runCron();
    expect(postsOf('Still waiting for Slack')).toHaveLength(1);
  });

  it('two cron runs at once post each waiting message once, in order, in one thread', async () => {
    const first = await waitingMessage('Twin Cron Ltd', 'Twin 1', 3 * 60_000);
    const [{ clientId, workspaceId, authorContactId }] = await node.db.select().from(messages).where(eq(messages.id, first));
    const [second] = await node.db.insert(messages).values({ workspaceId, clientId, authorContactId, body: 'Twin 2',
      slackChannel: CHANNEL, createdAt: new Date(Date.now() - 2 * 60_000) }).returning();
    const results = await Promise.all([runCron(), runCron()]);
    expect(results.map((r) => r.outcome), workerLogs(server)).toEqual(['ok', 'ok']);
    const [one] = postsOf('Twin 1');
    expect(postsOf('Twin 1')).toHaveLength(1);
    expect(postsOf('Twin 2').map((p) => p.args.thread_ts)).toEqual([one.ts]);
    expect((await rowOf(second.id)).slackThreadTs).toBe(one.ts);
  });

  it('leaves a message written seconds ago to its writer', async () => {
    const id = await waitingMessage('Fresh Co', 'Just written', 0);
    await runCron();
    expect(postsOf('Just written')).toHaveLength(0);
    expect((await rowOf(id)).slackTs).toBeNull();
  });
});
