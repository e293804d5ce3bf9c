// The first owner (start link) and the terminal's local owner are changes like any other: one activity row each,
// written with the member and by that member as the actor.
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activities, members, workspaces } from '../../../src/db/schema';
import { issueFirstOwnerLink } from '../../../src/domain/auth/issue-first-owner-link';
import { redeemFirstOwnerLink } from '../../../src/domain/auth/redeem-sign-in';
import { ensureLocalOwner } from '../../../src/domain/members/ensure-local-owner';
import { createTestDb, type TestDb } from '../../support/db';

const T0 = new Date('2026-12-01T09:00:00Z');
let db: TestDb;
let workspaceId: number;
beforeEach(async () => {
  db = await createTestDb();
  workspaceId = (await db.db.insert(workspaces).values({ name: 'Empty Studio', defaultCurrency: 'EUR' }).returning())[0].id;
});
afterEach(() => db.cleanup());

const activityOf = (memberId: number) => db.db.select().from(activities)
  .where(and(eq(activities.workspaceId, workspaceId), eq(activities.entityType, 'member'), eq(activities.entityId, memberId)));
const tokenOf = async () => new URL((await issueFirstOwnerLink(db.db, { workspaceId, publicUrl: 'http://localhost:8787', now: T0 }))!).hash.replace(/^#t=/, '');

describe('redeemFirstOwnerLink', () => {
  it('records the new first owner joining, by that owner, from the web', async () => {
    const { memberId } = await redeemFirstOwnerLink(db.db, { workspaceId, token: await tokenOf(), input: { name: 'Olivia', email: 'Olivia@Studio.test' }, now: T0 });
    const acts = await activityOf(memberId);
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({
      verb: 'member.joined', actorMemberId: memberId, actorName: 'Olivia', channel: 'web',
      summary: 'Olivia joined as the first owner from the sign-in link', after: { email: 'olivia@studio.test', role: 'owner' },
    });
    expect(acts[0].createdAt.toISOString()).toBe(T0.toISOString());
  });

  it('records an existing member made owner as a role change, with the role before', async () => {
    const [bob] = await db.db.insert(members).values({ workspaceId, name: 'Bob', email: 'bob@studio.test', role: 'manager' }).returning();
    const { memberId } = await redeemFirstOwnerLink(db.db, { workspaceId, token: await tokenOf(), input: { name: 'Robert', email: 'bob@studio.test' }, now: T0 });
    expect(memberId).toBe(bob.id);
    const acts = await activityOf(bob.id);
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({
      verb: 'member.role_changed', actorMemberId: bob.id, actorName: 'Bob', before: { role: 'manager' }, after: { role: 'owner' },
    });
  });

  it('writes no activity when the link was already used', async () => {
    const token = await tokenOf();
    await redeemFirstOwnerLink(db.db, { workspaceId, token, input: { name: 'Olivia', email: 'olivia@studio.test' }, now: T0 });
    await expect(redeemFirstOwnerLink(db.db, { workspaceId, token, input: { name: 'Mallory', email: 'm@evil.test' }, now: T0 }))
      .rejects.toMatchObject({ code: 'expired' });
    expect(await db.db.select().from(activities).where(eq(activities.workspaceId, workspaceId))).toHaveLength(1);
  });
});

describe('ensureLocalOwner', () => {
  it('records the local owner it makes once; later runs reuse it and record nothing', async () => {
    const actor = await ensureLocalOwner(db.db, workspaceId, T0);
    const again = await ensureLocalOwner(db.db, workspaceId, T0);
    expect(again.memberId).toBe(actor.memberId);
    const acts = await activityOf(actor.memberId);
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({ verb: 'member.joined', actorMemberId: actor.memberId, actorName: 'Local owner', channel: 'cli', after: { role: 'owner' } });
    expect(await db.db.select().from(activities).where(eq(activities.workspaceId, workspaceId))).toHaveLength(1);
  });

  it('records nothing when the workspace already has an owner', async () => {
    const [olive] = await db.db.insert(members).values({ workspaceId, name: 'Olive', email: 'olive@studio.test', role: 'owner' }).returning();
    expect((await ensureLocalOwner(db.db, workspaceId, T0)).memberId).toBe(olive.id);
    expect(await db.db.select().from(activities).where(eq(activities.workspaceId, workspaceId))).toHaveLength(0);
  });
});
