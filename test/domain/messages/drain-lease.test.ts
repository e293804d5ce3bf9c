// The rule under the Slack mirror's exactly-once: only the holder of a client's thread claim marks a message in
// flight and posts it. Tested directly on drainSlackThread with the real Web API client against the fake Slack:
// while someone else holds a fresh claim nothing is marked or posted; the holder marks before it posts; and a holder
// whose claim is taken over while it looks for an earlier post neither marks nor posts (the taker posts it).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { messageMirrorOf } from '../../../src/channels/slack/message-mirror';
import { silentLog } from '../../../src/context';
import { messages, slackThreads } from '../../../src/db/schema';
import { claimSlackThread, STALE_THREAD_CLAIM_MS } from '../../../src/domain/messages/claim-slack-thread';
import { drainSlackThread, type MirrorRun } from '../../../src/domain/messages/drain-slack-thread';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { startFakeSlack, type FakeSlack } from '../../support/fakes/slack-api';
import { seedClient, seedContact } from '../portal/seed-portal';

const CHANNEL = 'C0LEASE001';
let deps: TestDeps, fake: FakeSlack, run: MirrorRun;
beforeAll(async () => {
  fake = await startFakeSlack({ teamId: 'TLEASE0001' });
  deps = await createTestDeps({ env: { SLACK_BOT_TOKEN: 'xoxb-lease', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: fake.apiUrl } });
  run = { db: deps.db, now: deps.now, log: silentLog, publicUrl: deps.env.PUBLIC_URL, mirror: messageMirrorOf(deps, deps.workspaceId)! };
});
afterAll(async () => { await fake.close(); deps.testDb.cleanup(); });

/** A client with one message waiting for CHANNEL (as a save leaves it), optionally already in flight once. */
async function waiting(name: string, postingAt: Date | null = null) {
  const client = await seedClient(deps.db, deps.workspaceId, name);
  const contact = await seedContact(deps.db, deps.workspaceId, client.id, `${name} Contact`, null);
  const [m] = await deps.db.insert(messages).values({
    workspaceId: deps.workspaceId, clientId: client.id, authorContactId: contact.id, body: `Hello from ${name}`, slackChannel: CHANNEL, slackPostingAt: postingAt,
  }).returning();
  return { key: { workspaceId: deps.workspaceId, clientId: client.id, channel: CHANNEL }, messageId: m.id };
}
const rowOf = async (id: number) => (await deps.db.select().from(messages).where(eq(messages.id, id)))[0];
const postsOf = (name: string) => fake.callsTo('chat.postMessage').filter((c) => String(c.args.text).includes(`Hello from ${name}`));

it('a poster without the claim neither marks nor posts; once the holder lets go it marks, then posts and records', async () => {
  const { key, messageId } = await waiting('Held Co');
  const other = await claimSlackThread(deps.db, key, 'other-instance', deps.now());
  expect(other.state).toBe('won');
  expect(await drainSlackThread(run, key)).toBe('busy');
  expect(postsOf('Held Co')).toHaveLength(0);
  expect(await rowOf(messageId)).toMatchObject({ slackPostingAt: null, slackTs: null });

  await deps.db.update(slackThreads).set({ claimedBy: '' }).where(eq(slackThreads.clientId, key.clientId));
  const release = fake.holdNext('chat.postMessage');
  const drained = drainSlackThread(run, key);
  await fake.waitFor('chat.postMessage', fake.callsTo('chat.postMessage').length + 1);
  // The post is on its way: the message was marked in flight first.
  expect(await rowOf(messageId)).toMatchObject({ slackPostingAt: deps.now(), slackTs: null });
  release();
  expect(await drained).toBe('done');
  expect(postsOf('Held Co')).toHaveLength(1);
  expect(await rowOf(messageId)).toMatchObject({ slackTs: postsOf('Held Co')[0].ts, slackPostingAt: null });
});

it('a holder taken over while it looks for an earlier post leaves the mark as it was and posts nothing', async () => {
  // An earlier poster died mid-post: the message is in flight since then, so the next holder looks in Slack first.
  const diedAt = new Date(deps.now().getTime() - 5 * 60_000);
  const { key, messageId } = await waiting('Taken Co', diedAt);
  const release = fake.holdNext('conversations.history');
  const drained = drainSlackThread(run, key);
  await fake.waitFor('conversations.history', fake.callsTo('conversations.history').length + 1);
  // Meanwhile another instance, whose clock is past the stale time, takes the claim over.
  const taker = await claimSlackThread(deps.db, key, 'taker', new Date(deps.now().getTime() + STALE_THREAD_CLAIM_MS + 1));
  expect(taker.state).toBe('won');
  release();
  expect(await drained).toBe('lost');
  expect(postsOf('Taken Co')).toHaveLength(0);
  expect(await rowOf(messageId)).toMatchObject({ slackPostingAt: diedAt, slackTs: null, slackAttempts: 0 });
  const [claim] = await deps.db.select().from(slackThreads).where(eq(slackThreads.clientId, key.clientId));
  expect(claim.claimedBy).toBe('taker');
});
