// A process killed mid-work (security.md A8) leaves an approval "running" and a Slack delivery "processing".
// The next start settles both: the approval is reported as interrupted (never re-run: it may have taken effect),
// and Slack's retry of the delivery is processed instead of skipped as a duplicate.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { executeApproval } from '../../src/agent/approvals';
import { settleInterruptedApprovals } from '../../src/agent/settle-interrupted';
import { claimDelivery, releaseOrphanedClaims } from '../../src/channels/slack/dedupe-deliveries';
import { approvals, slackEvents } from '../../src/db/schema';
import { startServer } from '../../src/server';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx } from '../support/factories';

const cleanups: Array<() => unknown> = [];
afterEach(async () => { for (const c of cleanups.splice(0).reverse()) await c(); });

async function seeded() {
  const t = await createTestDb();
  cleanups.push(() => t.cleanup());
  const ws = await seedWorkspace(t.db);
  const then = new Date(Date.now() - 60_000);
  const approval = (id: string, status: 'pending' | 'running' | 'executed') => ({
    id, workspaceId: ws.workspaceId, memberId: ws.actors.owner.memberId, channel: 'web', toolName: 'deleteClient',
    input: { client: 'id:1' }, inputHash: 'x', summary: 'Delete Acme', status, expiresAt: new Date(Date.now() + 600_000),
    decidedAt: status === 'pending' ? null : then, createdAt: then,
  });
  await t.db.insert(approvals).values([approval('apr_cut', 'running'), approval('apr_waiting', 'pending'), approval('apr_done', 'executed')]);
  await t.db.insert(slackEvents).values([
    { eventId: 'Ev_cut', status: 'processing', createdAt: then, updatedAt: then },
    { eventId: 'Ev_done', status: 'done', createdAt: then, updatedAt: then },
  ]);
  return { t, ws };
}
const statusOf = async (t: TestDb, id: string) => (await t.db.select().from(approvals).where(eq(approvals.id, id)))[0];

describe('work cut off by a kill, at the next start (happy)', () => {
  it('reports the running approval as interrupted and lets Slack retry the delivery', async () => {
    const { t } = await seeded();
    const s = await startServer({ DATABASE_URL: t.url, DATA_DIR: t.dir, OUTBOX_DIR: `${t.dir}/outbox`, PORT: '0', LOG_LEVEL: 'silent' });
    cleanups.push(() => s.close());
    expect(await statusOf(t, 'apr_cut')).toMatchObject({ status: 'failed', result: { ok: false, error: { code: 'interrupted', message: expect.stringMatching(/server stopped while this was running/) } } });
    expect(await claimDelivery(t.db, { key: 'Ev_cut', teamId: null, workspaceId: null }, new Date())).toBe(true);
  });
});

describe('what is not cut off is left alone (error)', () => {
  it('pending and finished approvals, finished deliveries and claims newer than the cut-off are untouched', async () => {
    const { t } = await seeded();
    const cutoff = new Date(Date.now() - 10 * 60_000);
    expect(await settleInterruptedApprovals(t.db, cutoff)).toEqual([]);
    expect(await releaseOrphanedClaims(t.db, cutoff)).toBe(0);
    expect(await settleInterruptedApprovals(t.db, new Date())).toEqual(['apr_cut']);
    expect((await statusOf(t, 'apr_waiting')).status).toBe('pending');
    expect((await statusOf(t, 'apr_done')).status).toBe('executed');
    expect(await releaseOrphanedClaims(t.db, new Date())).toBe(1);
    expect(await claimDelivery(t.db, { key: 'Ev_done', teamId: null, workspaceId: null }, new Date())).toBe(false);
  });
});

describe('an interrupted action never runs twice (security)', () => {
  it('confirming it again is refused and runs nothing', async () => {
    const { t, ws } = await seeded();
    await settleInterruptedApprovals(t.db, new Date());
    await expect(executeApproval(testCtx(t.db, ws.actors.owner, { now: new Date() }), 'apr_cut')).rejects.toMatchObject({ code: 'conflict' });
    expect((await statusOf(t, 'apr_cut')).status).toBe('failed');
  });
});
