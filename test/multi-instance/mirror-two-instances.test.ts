// Client message threads mirrored into Slack by two app instances on one libSQL server (sqld): a client's first
// message written on both at once starts ONE Slack thread in the fake, with both messages in it (also when the
// second stops waiting for the first's post and leaves its message queued); a thread claim left by an instance
// that died mid-post is taken over, so the client's messages are never stuck out of Slack.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { messages, slackThreads } from '../../src/db/schema';
import type { FakeSlack } from '../support/fakes/slack-api';
import type { AppInstance } from './app-instance';
import { type MirrorPair, portalContact, startMirrorPair, writeMessage } from './mirror-pair';

const CHANNEL = 'CMIRROR001';
let pair: MirrorPair, fake: FakeSlack, one: AppInstance, two: AppInstance;

beforeAll(async () => {
  pair = await startMirrorPair({ channel: CHANNEL, teamId: 'TMIRROR001', token: 'xoxb-mirror' });
  ({ fake, one, two } = pair);
});
afterAll(() => pair?.close());

const rowsOf = (clientId: number) => one.deps.db.select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.id);
const postsFor = (name: string) => fake.callsTo('chat.postMessage').filter((p) => JSON.stringify(p.args.blocks).includes(name) || p.args.text.includes(name));

it("starts one Slack thread when both instances post a client's first message at once, with both messages in it", async () => {
  const { clientId, actor } = await portalContact(one, 'Racing Co');
  const before = fake.callsTo('chat.postMessage').length;
  // Slack answers no post until both writes are in: each instance has checked for a thread before any is recorded.
  const release = fake.hold('chat.postMessage');
  const writes = [writeMessage(one, actor, 'Written on instance one'), writeMessage(two, actor, 'Written on instance two')];
  const bothWaiting = vi.waitFor(async () => {
    const rows = await rowsOf(clientId);
    if (rows.length < 2 || rows.some((r) => r.slackChannel === null)) throw new Error('not queued yet');
  }, { timeout: 20_000, interval: 20 });
  // Either a second thread start reached Slack (the race), or the second write is waiting on the first one's claim.
  await Promise.race([fake.waitFor('chat.postMessage', before + 2), bothWaiting]);
  release();
  await Promise.all(writes);

  const posts = fake.callsTo('chat.postMessage').slice(before);
  const starts = posts.filter((p) => p.args.thread_ts === undefined);
  expect(starts).toHaveLength(1);
  expect(JSON.stringify(starts[0].args.blocks)).toContain('Messages with *Racing Co*');
  expect(posts).toHaveLength(2);
  expect(posts.map((p) => p.args.blocks.at(-1).text.text).sort()).toEqual(['Written on instance one', 'Written on instance two']);
  expect(posts.filter((p) => p !== starts[0]).map((p) => p.args.thread_ts)).toEqual([starts[0].ts]);
  const rows = await rowsOf(clientId);
  expect(rows.map((r) => [r.slackChannel, r.slackThreadTs])).toEqual([[CHANNEL, starts[0].ts], [CHANNEL, starts[0].ts]]);
  expect(new Set(rows.map((r) => r.slackTs))).toEqual(new Set(posts.map((p) => p.ts)));
});

it("leaves a message queued when the thread's start takes long, and the starting instance posts it into the thread", async () => {
  const { clientId, actor } = await portalContact(one, 'Slow Start');
  const before = fake.callsTo('chat.postMessage').length;
  const release = fake.hold('chat.postMessage');
  const writes = [writeMessage(one, actor, 'First words'), writeMessage(two, actor, 'Second words')];
  // While Slack holds the thread's first post, the other write stops waiting (about 1.5 s) and answers: not yet in Slack.
  const gaveUp = await Promise.race(writes.map((w, i) => w.then((r) => ({ i, r }))));
  expect(gaveUp.r.mirrored).toBe(false);
  await fake.waitFor('chat.postMessage', before + 1);
  expect(fake.callsTo('chat.postMessage').length - before).toBe(1);
  release();
  expect((await writes[1 - gaveUp.i]).mirrored).toBe(true);
  const posts = fake.callsTo('chat.postMessage').slice(before);
  expect(posts.map((p) => p.args.thread_ts)).toEqual([undefined, posts[0].ts]);
  expect(posts.map((p) => p.args.blocks.at(-1).text.text).sort()).toEqual(['First words', 'Second words']);
  const rows = await rowsOf(clientId);
  expect(rows.every((r) => r.slackTs !== null && r.slackThreadTs === posts[0].ts)).toBe(true);
});

it('keeps one thread under a burst of first messages spread over both instances', async () => {
  const { clientId, actor } = await portalContact(one, 'Burst Ltd');
  const results = await Promise.all(Array.from({ length: 8 }, (_, i) => writeMessage(i % 2 ? two : one, actor, `Burst message ${i + 1}`)));
  expect(results.every((r) => r.message.id > 0)).toBe(true);
  const posts = postsFor('Burst');
  expect(posts.filter((p) => p.args.thread_ts === undefined)).toHaveLength(1);
  expect(posts).toHaveLength(8);
  const rows = await rowsOf(clientId);
  expect(new Set(rows.map((r) => r.slackThreadTs))).toEqual(new Set([posts.find((p) => p.args.thread_ts === undefined)!.ts]));
  expect(rows.every((r) => r.slackTs !== null)).toBe(true);
});

it('takes over the claim of an instance that died while starting the thread: its message starts the thread, later ones follow', async () => {
  const { clientId, actor } = await portalContact(one, 'Orphan Inc');
  const ws = one.deps.workspaceId;
  // An instance saved a message and claimed the client's thread ten minutes ago, then died before posting anything.
  await one.deps.db.insert(messages).values({ workspaceId: ws, clientId, authorContactId: actor.contactId, body: 'Sent just before the crash', slackChannel: CHANNEL });
  await one.deps.db.insert(slackThreads).values({ workspaceId: ws, clientId, channel: CHANNEL, claimedBy: 'dead-instance', claimedAt: new Date(two.deps.now().getTime() - 10 * 60_000) });
  const first = await writeMessage(two, actor, 'Is anyone there?');
  expect(first.mirrored).toBe(true);
  const second = await writeMessage(one, actor, 'Following up');
  expect(second.mirrored).toBe(true);
  const posts = postsFor('Orphan Inc');
  expect(posts.map((p) => [p.args.blocks.at(-1).text.text, p.args.thread_ts])).toEqual([
    ['Sent just before the crash', undefined], ['Is anyone there?', posts[0].ts], ['Following up', posts[0].ts],
  ]);
  const [claim] = await one.deps.db.select().from(slackThreads).where(eq(slackThreads.clientId, clientId));
  expect(claim.threadTs).toBe(posts[0].ts);
  expect((await rowsOf(clientId)).map((r) => r.slackThreadTs)).toEqual([posts[0].ts, posts[0].ts, posts[0].ts]);
});
