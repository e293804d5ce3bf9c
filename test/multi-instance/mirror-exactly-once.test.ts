// A client message shows in Slack exactly once when a post's answer is lost or late, with two app instances on one
// libSQL server (sqld) and the real Web API client against the fake Slack, which delays or drops one post's answer
// (holdNext): a post that lands after the instance that took the thread over had looked for it and posted its own
// copy, from a poster that never learns its ts (its answer timed out, its process was killed), is deleted by the next
// sweep; a post whose answer timed out is not sent again blindly, it is found and reused; a post the taker found
// and reused is not deleted by its own poster coming back late.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { messageMirrorOf } from '../../src/channels/slack/message-mirror';
import { silentLog } from '../../src/context';
import { messages, slackThreads } from '../../src/db/schema';
import { STALE_THREAD_CLAIM_MS } from '../../src/domain/messages/claim-slack-thread';
import { sweepSlackMirror } from '../../src/domain/messages/sweep-slack-mirror';
import type { FakeSlack } from '../support/fakes/slack-api';
import type { AppInstance } from './app-instance';
import { type MirrorPair, portalContact, startMirrorPair, writeMessage } from './mirror-pair';

const CHANNEL = 'CONCE00001';
let pair: MirrorPair, fake: FakeSlack, one: AppInstance, two: AppInstance;

beforeAll(async () => {
  pair = await startMirrorPair({ channel: CHANNEL, teamId: 'TONCE00001', token: 'xoxb-once' });
  ({ fake, one, two } = pair);
});
afterAll(() => pair?.close());

const sweep = (inst: AppInstance) => sweepSlackMirror({ db: inst.deps.db, now: inst.deps.now, log: silentLog, publicUrl: inst.deps.env.PUBLIC_URL, mirrorOf: (ws) => messageMirrorOf(inst.deps, ws) }, 0);
const rowsOf = (clientId: number) => one.deps.db.select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.id);
const claimOf = async (clientId: number) => (await one.deps.db.select().from(slackThreads).where(eq(slackThreads.clientId, clientId)))[0];
const bodyOf = (p: { args: Record<string, any> }) => p.args.blocks.at(-1).text.text as string;
const deletedTs = () => new Set(fake.callsTo('chat.delete').filter((c) => !c.error).map((c) => c.args.ts));
/** The posts of these words in the channel now: landed (the fake gave them a ts) and not deleted. */
const visible = (words: string) => fake.callsTo('chat.postMessage').filter((p) => p.ts && !deletedTs().has(p.ts) && bodyOf(p) === words);
/** Moves an instance's clock by `ms` while `work` runs. */
async function later<T>(inst: AppInstance, ms: number, work: () => Promise<T>): Promise<T> {
  const was = inst.deps.clock.now;
  inst.deps.clock.now = new Date(was.getTime() + ms);
  try { return await work(); } finally { inst.deps.clock.now = was; }
}

it('deletes the copy that lands after the taker looked for it, from a poster whose answer never came', async () => {
  const { clientId, actor } = await portalContact(one, 'Late Lander');
  const before = fake.callsTo('chat.postMessage').length;
  // Instance one starts the thread; Slack sits on the post (it has not landed yet).
  const release = fake.holdNext('chat.postMessage');
  const stalled = writeMessage(one, actor, 'Late first');
  await fake.waitFor('chat.postMessage', before + 1);
  // Past the claim's stale time, instance two takes the thread over: it finds nothing in Slack and posts its own copy.
  await later(two, STALE_THREAD_CLAIM_MS + 60_000, () => sweep(two));
  const [row] = await rowsOf(clientId);
  expect(row.slackTs).toBe(fake.callsTo('chat.postMessage')[before + 1].ts);
  // Now instance one's post lands, and its answer is lost: one never learns the ts of the copy it made.
  release('timeout');
  await stalled;
  // The next sweep (on either instance) deletes the copy nobody recorded; the recorded one stays, as the thread.
  await sweep(one);
  expect(visible('Late first').map((p) => p.ts)).toEqual([row.slackTs]);
  expect((await claimOf(clientId)).threadTs).toBe(row.slackTs);
  // The thread goes on from the copy that stayed; after the watch time, later sweeps leave the channel alone.
  expect((await writeMessage(two, actor, 'Late second')).mirrored).toBe(true);
  expect(visible('Late second').map((p) => p.args.thread_ts)).toEqual([row.slackTs]);
  const calls = fake.calls.length;
  await later(one, 3 * STALE_THREAD_CLAIM_MS, () => sweep(one));
  await sweep(two);
  expect(fake.calls.slice(calls).filter((c) => c.method !== 'conversations.history' && c.method !== 'conversations.replies')).toEqual([]);
  expect((await rowsOf(clientId)).map((r) => r.slackPostingAt)).toEqual([null, null]);
});

it('does not post again blindly when a post timed out after it landed: the retry finds it in Slack and reuses it', async () => {
  const { clientId, actor } = await portalContact(one, 'Timed Out');
  const before = fake.callsTo('chat.postMessage').length;
  const release = fake.holdNext('chat.postMessage');
  const writing = writeMessage(one, actor, 'Timed out words');
  await fake.waitFor('chat.postMessage', before + 1);
  release('timeout');
  // Slack has it, the writer does not know: the message waits for its retry, marked as possibly sent.
  expect((await writing).mirrored).toBe(false);
  expect(visible('Timed out words')).toHaveLength(1);
  const [waiting] = await rowsOf(clientId);
  expect([waiting.slackTs, waiting.slackAttempts]).toEqual([null, 1]);
  // When the retry is due, it looks first: the post that landed is the message's, nothing is posted twice.
  await later(two, 60_000, () => sweep(two));
  const landed = visible('Timed out words');
  expect(landed).toHaveLength(1);
  expect(fake.callsTo('chat.postMessage').slice(before).filter((p) => bodyOf(p) === 'Timed out words')).toHaveLength(1);
  const [row] = await rowsOf(clientId);
  expect([row.slackTs, row.slackThreadTs]).toEqual([landed[0].ts, landed[0].ts]);
});

it('keeps the post a taker found and reused when its own poster comes back late with the answer', async () => {
  const { clientId, actor } = await portalContact(one, 'Slow Answer');
  const before = fake.callsTo('chat.postMessage').length;
  // Slack posts at once but answers late: the post is in the channel, instance one is still waiting.
  const release = fake.holdNext('chat.postMessage', { landFirst: true });
  const slow = writeMessage(one, actor, 'Slow answer words');
  await fake.waitFor('chat.postMessage', before + 1);
  // Instance two takes over, finds the post by its message id and records it as the message's.
  await later(two, STALE_THREAD_CLAIM_MS + 60_000, () => sweep(two));
  const landed = fake.callsTo('chat.postMessage')[before];
  expect((await rowsOf(clientId))[0].slackTs).toBe(landed.ts);
  // Instance one's answer arrives: the post it made is the recorded one, not a copy to delete.
  release();
  await slow;
  await sweep(one);
  expect(visible('Slow answer words').map((p) => p.ts)).toEqual([landed.ts]);
  expect(fake.callsTo('chat.postMessage').slice(before)).toHaveLength(1);
  expect((await claimOf(clientId)).threadTs).toBe(landed.ts);
  expect((await writeMessage(two, actor, 'After the slow one')).mirrored).toBe(true);
  expect(visible('After the slow one').map((p) => p.args.thread_ts)).toEqual([landed.ts]);
});

it('deletes a second copy that Slack would not delete at once on the next sweep, instead of leaving it', async () => {
  const { clientId, actor } = await portalContact(one, 'Sticky Copy');
  const before = fake.callsTo('chat.postMessage').length;
  const release = fake.holdNext('chat.postMessage');
  const stalled = writeMessage(one, actor, 'Sticky words');
  await fake.waitFor('chat.postMessage', before + 1);
  await later(two, STALE_THREAD_CLAIM_MS + 60_000, () => sweep(two));
  // Instance one comes back with its answer after the takeover; its copy is the second, and Slack fails its delete.
  fake.failNext('chat.delete', 'internal_error');
  release();
  await stalled;
  expect(visible('Sticky words')).toHaveLength(2);
  await sweep(two);
  const [row] = await rowsOf(clientId);
  expect(visible('Sticky words').map((p) => p.ts)).toEqual([row.slackTs]);
  expect((await claimOf(clientId)).threadTs).toBe(row.slackTs);
});
