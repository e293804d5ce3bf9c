// Client messages that did not get into Slack when they were written, posted later by the mirror sweep, with two app
// instances on one libSQL server (sqld) and the real Slack Web API client against the fake: a message saved by an
// instance that died before posting is posted once, in order, into its client's thread, even with both instances
// sweeping at once; a post a dead instance made but never recorded is found in Slack and reused, not posted again; a
// holder that stalls past the takeover and comes back leaves one thread start, not two. Nothing is posted for a
// workspace that switched mirroring off, a reply that came from Slack is never posted back, and another workspace's
// waiting message never goes out with this deployment's token. A failed post is retried when due, then given up.
import { webApi } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { messageMirrorOf } from '../../src/channels/slack/message-mirror';
import { startMirrorSweep } from '../../src/channels/slack/mirror-sweep';
import { type ContactActor, silentLog } from '../../src/context';
import { makeCtx } from '../../src/deps';
import { messages, slackThreads, workspaces } from '../../src/db/schema';
import { STALE_THREAD_CLAIM_MS } from '../../src/domain/messages/claim-slack-thread';
import { saveMessage } from '../../src/domain/messages/save-message';
import { STRAY_WATCH_MS } from '../../src/domain/messages/stray-posts';
import { sweepSlackMirror } from '../../src/domain/messages/sweep-slack-mirror';
import { seedWorkspace } from '../support/factories';
import type { FakeSlack } from '../support/fakes/slack-api';
import type { AppInstance } from './app-instance';
import { type MirrorPair, portalContact, startMirrorPair, writeMessage } from './mirror-pair';

const CHANNEL = 'CSWEEP0001';
let pair: MirrorPair, fake: FakeSlack, one: AppInstance, two: AppInstance;

beforeAll(async () => {
  pair = await startMirrorPair({ channel: CHANNEL, teamId: 'TSWEEP0001', token: 'xoxb-sweep' });
  ({ fake, one, two } = pair);
});
afterAll(() => pair?.close());

/** What an instance that dies right after the save transaction leaves: the message saved, nothing posted. */
async function saveThenDie(inst: AppInstance, actor: ContactActor, text: string): Promise<number> {
  const ctx = makeCtx(inst.deps, actor);
  const saved = await ctx.db.transaction((tx) => saveMessage(tx, ctx, { client: { id: actor.clientId, name: 'x' }, body: text, author: { memberId: null, contactId: actor.contactId, name: actor.name } }));
  return saved!.row.id;
}
const sweep = (inst: AppInstance) => sweepSlackMirror({ db: inst.deps.db, now: inst.deps.now, log: silentLog, publicUrl: inst.deps.env.PUBLIC_URL, mirrorOf: (ws) => messageMirrorOf(inst.deps, ws) }, 0);
const rowsOf = (clientId: number) => one.deps.db.select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.id);
const bodyOf = (p: { args: Record<string, any> }) => p.args.blocks.at(-1).text.text as string;
const deletedTs = () => new Set(fake.callsTo('chat.delete').map((c) => c.args.ts));
/** The posts of these words still in Slack (answered, not deleted), in the order Slack answered them. */
const visible = (prefix: string) => fake.callsTo('chat.postMessage').filter((p) => p.ts && !deletedTs().has(p.ts) && bodyOf(p).startsWith(prefix))
  .sort((a, b) => a.ts!.localeCompare(b.ts!));

it('posts what a dead instance saved but never posted, once and in order, when both instances sweep at once', async () => {
  const { clientId, actor } = await portalContact(one, 'Crashed Co');
  const ids = [await saveThenDie(one, actor, 'Crash 1'), await saveThenDie(one, actor, 'Crash 2'), await saveThenDie(two, actor, 'Crash 3')];
  // The save itself marked them: waiting for the workspace's channel, not in Slack.
  expect((await rowsOf(clientId)).map((r) => [r.slackChannel, r.slackTs])).toEqual(Array(3).fill([CHANNEL, null]));
  const results = await Promise.all([sweep(one), sweep(two), sweep(one)]);
  expect(results.reduce((n, r) => n + r.clients, 0)).toBeGreaterThanOrEqual(1);
  const posts = visible('Crash ');
  expect(posts.map(bodyOf)).toEqual(['Crash 1', 'Crash 2', 'Crash 3']);
  expect(posts.map((p) => p.args.thread_ts)).toEqual([undefined, posts[0].ts, posts[0].ts]);
  expect(JSON.stringify(posts[0].args.blocks)).toContain('Messages with *Crashed Co*');
  expect(fake.callsTo('chat.postMessage').filter((p) => bodyOf(p).startsWith('Crash '))).toHaveLength(3);
  expect((await rowsOf(clientId)).map((r) => [r.id, r.slackTs, r.slackThreadTs])).toEqual(ids.map((id, i) => [id, posts[i].ts, posts[0].ts]));
  // The next live message continues the same thread; a second sweep finds nothing left.
  expect((await writeMessage(two, actor, 'Crash 4, live')).mirrored).toBe(true);
  expect(visible('Crash 4').map((p) => p.args.thread_ts)).toEqual([posts[0].ts]);
  expect((await sweep(one)).clients).toBe(0);
});

it('posts a waiting message at start-up, before anyone writes again', async () => {
  const { clientId, actor } = await portalContact(one, 'Restart Ltd');
  await saveThenDie(one, actor, 'Restart waiting');
  // The sweep's first run is at start; its usual grace for fresh messages has long passed for this one.
  two.deps.clock.now = new Date(two.deps.clock.now.getTime() + 60_000);
  const stop = startMirrorSweep(two.deps, 60 * 60_000);
  try {
    await vi.waitFor(async () => { if (!(await rowsOf(clientId))[0].slackTs) throw new Error('not posted yet'); }, { timeout: 10_000, interval: 20 });
  } finally {
    await stop();
    two.deps.clock.now = new Date(two.deps.clock.now.getTime() - 60_000);
  }
  expect(visible('Restart waiting').map((p) => p.args.thread_ts)).toEqual([undefined]);
});

it("reuses the thread start a dead instance posted but never recorded (found by its message id), instead of a second one", async () => {
  const { clientId, actor } = await portalContact(one, 'Ghost Post');
  const ws = one.deps.workspaceId;
  const long = new Date(two.deps.now().getTime() - 10 * 60_000);
  // The dead instance claimed the thread, marked its message as being sent, and Slack got the post; then it died.
  const [m] = await one.deps.db.insert(messages).values({ workspaceId: ws, clientId, authorContactId: actor.contactId, body: 'Ghost start',
    slackChannel: CHANNEL, slackPostingAt: long, createdAt: long }).returning();
  await one.deps.db.insert(slackThreads).values({ workspaceId: ws, clientId, channel: CHANNEL, claimedBy: 'dead-instance', claimedAt: long });
  const landed = await new webApi.WebClient('xoxb-sweep', { slackApiUrl: fake.apiUrl }).chat.postMessage({
    channel: CHANNEL, text: 'Messages with Ghost Post', blocks: [{ type: 'section', text: { type: 'plain_text', text: 'Ghost start' } }],
    metadata: { event_type: 'clientele_message', event_payload: { message_id: m.id } },
  });
  await saveThenDie(one, actor, 'Ghost follow-up');
  await Promise.all([sweep(two), sweep(one)]);
  const posts = visible('Ghost ');
  expect(posts.map((p) => [bodyOf(p), p.args.thread_ts])).toEqual([['Ghost start', undefined], ['Ghost follow-up', landed.ts]]);
  const [claim] = await one.deps.db.select().from(slackThreads).where(eq(slackThreads.clientId, clientId));
  expect(claim.threadTs).toBe(landed.ts);
  // The reused start stays watched for a late second copy of the dead instance's (mirror-exactly-once.test.ts) until
  // the watch is over; the follow-up, posted once by a live holder, is not.
  const rows = await rowsOf(clientId);
  expect(rows.map((r) => [r.slackTs, r.slackThreadTs])).toEqual([[landed.ts, landed.ts], [posts[1].ts, landed.ts]]);
  expect(rows.map((r) => r.slackPostingAt === null)).toEqual([false, true]);
  // (Either instance may have recorded it, and their clocks differ by a millisecond or so: a minute past the watch.)
  const past = STRAY_WATCH_MS + 60_000;
  two.deps.clock.now = new Date(two.deps.clock.now.getTime() + past);
  try { await sweep(two); } finally { two.deps.clock.now = new Date(two.deps.clock.now.getTime() - past); }
  expect((await rowsOf(clientId)).map((r) => r.slackPostingAt)).toEqual([null, null]);
  expect(visible('Ghost ')).toEqual(posts);
});

it('leaves one thread start when a holder stalls past the takeover and its post returns after the taker started the thread', async () => {
  const { clientId, actor } = await portalContact(one, 'Stalled Start');
  const release = fake.hold('chat.postMessage');
  const before = fake.callsTo('chat.postMessage').length;
  // Instance one's first post hangs in Slack; instance two's clock is past the claim's stale time.
  const stalled = writeMessage(one, actor, 'Stalled first');
  await fake.waitFor('chat.postMessage', before + 1);
  two.deps.clock.now = new Date(one.deps.now().getTime() + STALE_THREAD_CLAIM_MS + 60_000);
  const taker = sweep(two);
  await fake.waitFor('chat.postMessage', before + 2);
  release();
  await Promise.all([stalled, taker]);
  two.deps.clock.now = new Date(one.deps.now().getTime());
  const starts = fake.callsTo('chat.postMessage').slice(before);
  expect(starts.map((p) => [bodyOf(p), p.args.thread_ts])).toEqual([['Stalled first', undefined], ['Stalled first', undefined]]);
  // Whichever was recorded first is the thread; the other copy was deleted: Slack shows the message once.
  expect(visible('Stalled first')).toHaveLength(1);
  expect(fake.callsTo('chat.delete').filter((d) => starts.some((s) => s.ts === d.args.ts))).toHaveLength(1);
  const [row] = await rowsOf(clientId);
  expect(row.slackTs).toBe(visible('Stalled first')[0].ts);
  const [claim] = await one.deps.db.select().from(slackThreads).where(eq(slackThreads.clientId, clientId));
  expect(claim.threadTs).toBe(row.slackTs);
  expect((await writeMessage(two, actor, 'Stalled second')).mirrored).toBe(true);
  expect(visible('Stalled second').map((p) => p.args.thread_ts)).toEqual([row.slackTs]);
});

it('posts nothing for a workspace that switched mirroring off meanwhile, and never posts a reply that came from Slack', async () => {
  const { clientId, actor } = await portalContact(one, 'Switched Off');
  await saveThenDie(one, actor, 'Off waiting');
  const ws = one.deps.workspaceId;
  await one.deps.db.insert(messages).values({ workspaceId: ws, clientId, authorContactId: null, body: 'Off from Slack',
    slackChannel: CHANNEL, slackTs: '1699999999.000001', slackThreadTs: '1699999999.000000' });
  await one.deps.db.update(workspaces).set({ slackMessagesChannel: 'off' }).where(eq(workspaces.id, ws));
  try {
    const r = await sweep(two);
    expect(r.givenUp).toBeGreaterThanOrEqual(1);
  } finally {
    await one.deps.db.update(workspaces).set({ slackMessagesChannel: null }).where(eq(workspaces.id, ws));
  }
  expect(fake.callsTo('chat.postMessage').filter((p) => bodyOf(p).startsWith('Off '))).toEqual([]);
  expect((await rowsOf(clientId)).map((r) => [r.body, r.slackChannel])).toEqual([['Off waiting', null], ['Off from Slack', CHANNEL]]);
  // Back on, it stays given up: not posted late into a channel the team had switched off.
  await sweep(two);
  expect(fake.callsTo('chat.postMessage').filter((p) => bodyOf(p).startsWith('Off '))).toEqual([]);
});

it('retries a failed post only when it is due, and gives it up after the last attempt so the ones after it go on', async () => {
  const { clientId, actor } = await portalContact(one, 'Flaky Slack');
  const first = await saveThenDie(one, actor, 'Flaky first');
  // Seven posts of it failed already, the last one a minute ago: not due yet (its wait is 15 minutes now).
  const lastTry = new Date(two.deps.now().getTime() - 60_000);
  await one.deps.db.update(messages).set({ slackAttempts: 7, slackPostingAt: lastTry }).where(eq(messages.id, first));
  await saveThenDie(one, actor, 'Flaky second');
  const before = fake.callsTo('chat.postMessage').length;
  expect((await sweep(two)).clients).toBe(1);
  expect(fake.callsTo('chat.postMessage').length).toBe(before);
  // Due now; Slack fails it an eighth time: given up (saved, not in Slack), and the next message starts the thread.
  await one.deps.db.update(messages).set({ slackPostingAt: new Date(lastTry.getTime() - 15 * 60_000) }).where(eq(messages.id, first));
  fake.failNext('chat.postMessage', 'internal_error');
  await sweep(two);
  const rows = await rowsOf(clientId);
  expect(rows.map((r) => [r.body, r.slackChannel, r.slackAttempts])).toEqual([['Flaky first', null, 8], ['Flaky second', CHANNEL, 0]]);
  expect(visible('Flaky ').map((p) => [bodyOf(p), p.args.thread_ts])).toEqual([['Flaky second', undefined]]);
  expect(rows[1].slackTs).toBe(visible('Flaky second')[0].ts);
});

it("never posts another workspace's waiting message with this deployment's token or into its channel", async () => {
  // A second workspace (no Slack team installed) that names a messages channel of its own.
  const other = await seedWorkspace(one.deps.db, { name: 'Other Tenant' });
  await one.deps.db.update(workspaces).set({ slackMessagesChannel: 'COTHER0001' }).where(eq(workspaces.id, other.workspaceId));
  const { clientId, actor } = await portalContact(one, 'Tenant Secret', other.workspaceId);
  await saveThenDie(one, actor, 'Tenant secret words');
  expect((await rowsOf(clientId)).map((r) => r.slackChannel)).toEqual(['COTHER0001']);
  const before = fake.calls.length;
  await Promise.all([sweep(one), sweep(two)]);
  // Its post fails before reaching Slack (no token of its own); nothing went out under the deployment's token.
  expect(fake.calls.slice(before).filter((c) => JSON.stringify(c.args).includes('Tenant secret') || c.args.channel === 'COTHER0001')).toEqual([]);
  expect((await rowsOf(clientId)).map((r) => [r.slackTs, r.slackAttempts])).toEqual([[null, 1]]);
});
