// setPortalAccess to the state the portal is already in changes nothing: no updated_at, no portal_epoch bump,
// no activity row, and it answers changed: false (as setMemberRole does for the same role).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, clients, contacts } from '../../../src/db/schema';
import { setPortalAccess } from '../../../src/domain/portal/set-portal-access';
import { createTestDb, type TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../../support/factories';
import { seedClient, seedContact } from './seed-portal';

const T0 = new Date('2026-11-22T10:00:00Z');
const T1 = new Date('2026-11-23T10:00:00Z');
let db: TestDb;
let ws: SeededWorkspace;
beforeAll(async () => { db = await createTestDb(); ws = await seedWorkspace(db.db); });
afterAll(() => db.cleanup());

const activityCount = async () => (await db.db.select().from(activities).where(eq(activities.workspaceId, ws.workspaceId))).length;
const clientRow = async (id: number) => (await db.db.select().from(clients).where(eq(clients.id, id)))[0];

describe('setPortalAccess to the current state', () => {
  it('turning an already-off client portal off leaves updated_at, portal_epoch and the history as they were', async () => {
    const c = await seedClient(db.db, ws.workspaceId, 'Offline Co');
    const ctx = testCtx(db.db, ws.actors.manager, { now: T0 });
    const first = await setPortalAccess({ ctx, input: { client: `id:${c.id}`, enabled: false } });
    expect(first).toMatchObject({ changed: true, activityId: expect.any(Number) });
    const before = await clientRow(c.id);
    expect(before).toMatchObject({ portalEnabled: false, portalEpoch: 1 });
    const acts = await activityCount();

    ctx.clock.now = T1;
    const again = await setPortalAccess({ ctx, input: { client: `id:${c.id}`, enabled: false } });
    expect(again).toMatchObject({ enabled: false, changed: false, activityId: null, endedSessions: 0, endedLinks: 0 });
    const after = await clientRow(c.id);
    expect(after.portalEpoch).toBe(1);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await activityCount()).toBe(acts);
  });

  it('turning an already-on client or contact portal on writes nothing', async () => {
    const c = await seedClient(db.db, ws.workspaceId, 'Online Co');
    const k = await seedContact(db.db, ws.workspaceId, c.id, 'Kai', 'kai@online.test');
    const before = await clientRow(c.id);
    const contactBefore = (await db.db.select().from(contacts).where(eq(contacts.id, k.id)))[0];
    const acts = await activityCount();
    const ctx = testCtx(db.db, ws.actors.admin, { now: T1 });
    expect(await setPortalAccess({ ctx, input: { client: `id:${c.id}`, enabled: true } })).toMatchObject({ changed: false, activityId: null });
    expect(await setPortalAccess({ ctx, input: { client: `id:${c.id}`, contact: 'kai', enabled: 'on' } })).toMatchObject({ changed: false, activityId: null });
    const after = await clientRow(c.id);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(after.portalEpoch).toBe(before.portalEpoch);
    const contactAfter = (await db.db.select().from(contacts).where(eq(contacts.id, k.id)))[0];
    expect(contactAfter.updatedAt).toEqual(contactBefore.updatedAt);
    expect(await activityCount()).toBe(acts);
  });
});
