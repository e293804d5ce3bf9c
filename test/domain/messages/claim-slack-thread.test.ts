// The claim on a client's Slack thread: of many posters asking at once exactly one posts (and starts the thread),
// the others wait until it lets go; a renewed claim is not taken over, one whose holder died is (once), and the first
// thread start recorded stays the thread whoever holds the claim; a thread started before claims existed is found,
// and each workspace has its own claim for a shared channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, slackThreads } from '../../../src/db/schema';
import { claimSlackThread, releaseSlackThread, renewSlackThread, settleSlackThread, STALE_THREAD_CLAIM_MS } from '../../../src/domain/messages/claim-slack-thread';
import type { TestDb } from '../../support/db';
import { type PortalSeed, seededPortalDb } from '../portal/seed-portal';

let db: TestDb, s: PortalSeed;
beforeAll(async () => { ({ db, s } = await seededPortalDb()); });
afterAll(() => db.cleanup());

const at = new Date('2026-12-01T10:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);
let channels = 0;
const keyOf = (clientId = s.acme.id, workspaceId = s.ws.workspaceId) => ({ workspaceId, clientId, channel: `CCLAIM${++channels}` });
const many = (key: ReturnType<typeof keyOf>, n: number, now = at) => Promise.all(Array.from({ length: n }, (_, i) => claimSlackThread(db.db, key, `poster-${i}`, now)));

describe('claimSlackThread', () => {
  it('lets one of many posters at once post; the others wait until it lets go, then one of them posts into its thread', async () => {
    const key = keyOf();
    const claims = await many(key, 8);
    const won = claims.flatMap((c, i) => (c.state === 'won' ? [{ i, claimId: c.claimId, threadTs: c.threadTs }] : []));
    expect(won).toEqual([{ i: expect.any(Number), claimId: expect.any(Number), threadTs: null }]);
    expect(claims.filter((c) => c.state === 'waiting')).toHaveLength(7);
    expect(await settleSlackThread(db.db, won[0].claimId, '1700000001.000001')).toBe('1700000001.000001');
    expect(await many(key, 3)).toEqual(Array(3).fill({ state: 'waiting' }));
    // Someone else's release does not free it; the holder's does.
    await releaseSlackThread(db.db, won[0].claimId, 'someone-else');
    expect(await claimSlackThread(db.db, key, 'next', at)).toEqual({ state: 'waiting' });
    await releaseSlackThread(db.db, won[0].claimId, `poster-${won[0].i}`);
    const next = await many(key, 3);
    expect(next.filter((c) => c.state === 'won')).toEqual([{ state: 'won', claimId: won[0].claimId, threadTs: '1700000001.000001' }]);
  });

  it('frees the claim when the start failed, so the next poster starts the thread', async () => {
    const key = keyOf();
    const first = await claimSlackThread(db.db, key, 'first', at);
    expect(first.state).toBe('won');
    expect(await claimSlackThread(db.db, key, 'second', at)).toEqual({ state: 'waiting' });
    await releaseSlackThread(db.db, (first as { claimId: number }).claimId, 'first');
    expect(await claimSlackThread(db.db, key, 'second', at)).toMatchObject({ state: 'won', threadTs: null });
  });

  it('takes over a claim left pending too long by a poster that died, exactly once; a renewed one is not taken', async () => {
    const key = keyOf();
    const dead = await claimSlackThread(db.db, key, 'dead', at) as { claimId: number };
    expect(await claimSlackThread(db.db, key, 'early', later(STALE_THREAD_CLAIM_MS - 1))).toEqual({ state: 'waiting' });
    // A live holder renews after each post: three minutes after its last renewal, not its first claim.
    expect(await renewSlackThread(db.db, dead.claimId, 'dead', later(60_000))).toBe(true);
    expect(await claimSlackThread(db.db, key, 'early', later(STALE_THREAD_CLAIM_MS + 1))).toEqual({ state: 'waiting' });
    const takers = await many(key, 5, later(60_000 + STALE_THREAD_CLAIM_MS + 1));
    expect(takers.filter((c) => c.state === 'won')).toHaveLength(1);
    // The old holder learns it lost the claim at its next renewal, and stops.
    expect(await renewSlackThread(db.db, dead.claimId, 'dead', later(10 * 60_000))).toBe(false);
  });

  it('keeps the first thread start recorded, even when a stalled holder records after a takeover', async () => {
    const key = keyOf();
    const stalled = await claimSlackThread(db.db, key, 'stalled', at) as { claimId: number };
    const taker = await claimSlackThread(db.db, key, 'taker', later(STALE_THREAD_CLAIM_MS + 1));
    expect(taker).toMatchObject({ state: 'won', threadTs: null });
    // The stalled holder's post returns first: recorded, and the taker's start is the second (its poster deletes it).
    expect(await settleSlackThread(db.db, stalled.claimId, '1700000003.000001')).toBe('1700000003.000001');
    expect(await settleSlackThread(db.db, stalled.claimId, '1700000003.000009')).toBe('1700000003.000001');
  });

  it('finds a thread started before claims existed (recorded on its messages only)', async () => {
    const key = keyOf(s.globex.id);
    await db.db.insert(messages).values({ workspaceId: key.workspaceId, clientId: key.clientId, authorContactId: s.hank.id, body: 'Old',
      slackChannel: key.channel, slackTs: '1600000000.000100', slackThreadTs: '1600000000.000100' });
    const claims = await many(key, 3);
    expect(claims.filter((c) => c.state === 'won')).toEqual([{ state: 'won', claimId: expect.any(Number), threadTs: '1600000000.000100' }]);
  });

  it('gives each workspace its own claim in a channel both share (Slack Connect)', async () => {
    const key = keyOf();
    const otherKey = { ...key, workspaceId: s.other.workspaceId, clientId: s.initech.id };
    const [mine, theirs] = await Promise.all([claimSlackThread(db.db, key, 'mine', at), claimSlackThread(db.db, otherKey, 'theirs', at)]);
    expect([mine.state, theirs.state]).toEqual(['won', 'won']);
    const rows = (await db.db.select().from(slackThreads)).filter((r) => r.channel === key.channel);
    expect(rows.map((r) => [r.workspaceId, r.clientId]).sort()).toEqual([[key.workspaceId, key.clientId], [otherKey.workspaceId, otherKey.clientId]].sort());
  });
});
