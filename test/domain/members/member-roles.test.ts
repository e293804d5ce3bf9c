// inviteMember and setMemberRole: who may do what, the last owner, activity rows, the emailed link.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activities, members, signInTokens } from '../../../src/db/schema';
import { inviteMember } from '../../../src/domain/members/invite-member';
import { setMemberRole } from '../../../src/domain/members/set-member-role';
import { createTestDb, type TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../../support/factories';

let db: TestDb;
let ws: SeededWorkspace;
beforeEach(async () => { db = await createTestDb(); ws = await seedWorkspace(db.db); });
afterEach(() => db.cleanup());

describe('inviteMember', () => {
  it('adds the member with the role, records the activity and emails a sign-in link', async () => {
    const ctx = testCtx(db.db, ws.actors.admin);
    const r = await inviteMember({ ctx, input: { email: ' Bob@Studio.com ', name: 'Bob', role: 'manager' } });
    expect(r).toMatchObject({ created: true, member: { email: 'bob@studio.com', role: 'manager' }, activityId: expect.any(Number) });
    const [act] = await db.db.select().from(activities).where(eq(activities.id, r.activityId!));
    expect(act).toMatchObject({ verb: 'member.invited', entityType: 'member', entityId: r.member.id });
    expect(ctx.mailer.sent).toHaveLength(1);
    expect(ctx.mailer.sent[0].to).toBe('bob@studio.com');
    expect(ctx.mailer.sent[0].subject).toContain('invited you');
    const [tok] = await db.db.select().from(signInTokens).where(eq(signInTokens.memberId, r.member.id));
    expect(tok.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses managers and members, admins granting ownership, and bad emails, changing nothing', async () => {
    for (const role of ['manager', 'member'] as const) {
      await expect(inviteMember({ ctx: testCtx(db.db, ws.actors[role]), input: { email: 'x@studio.com' } })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(inviteMember({ ctx: testCtx(db.db, ws.actors.admin), input: { email: 'x@studio.com', role: 'owner' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(inviteMember({ ctx: testCtx(db.db, ws.actors.owner), input: { email: 'not-an-email' } })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'email' }] });
    expect(await db.db.select().from(members).where(eq(members.email, 'x@studio.com'))).toEqual([]);
  });
});

describe('setMemberRole', () => {
  it('makes bob@… an admin by email, with an activity row holding before and after', async () => {
    const ctx = testCtx(db.db, ws.actors.owner);
    const bob = await inviteMember({ ctx, input: { email: 'bob@studio.com' } });
    const r = await setMemberRole({ ctx, input: { member: 'bob@studio.com', role: 'admin' } });
    expect(r).toMatchObject({ changed: true, member: { id: bob.member.id, role: 'admin' } });
    const [act] = await db.db.select().from(activities).where(eq(activities.id, r.activityId!));
    expect(act).toMatchObject({ verb: 'member.role_changed', before: { role: 'manager' }, after: { role: 'admin' } });
  });

  it('keeps the last owner, and lets only owners touch ownership', async () => {
    const owner = testCtx(db.db, ws.actors.owner);
    await expect(setMemberRole({ ctx: owner, input: { member: ws.actors.owner.memberId, role: 'admin' } })).rejects.toMatchObject({ code: 'conflict' });
    const admin = testCtx(db.db, ws.actors.admin);
    await expect(setMemberRole({ ctx: admin, input: { member: ws.actors.owner.memberId, role: 'member' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setMemberRole({ ctx: admin, input: { member: ws.actors.manager.memberId, role: 'owner' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setMemberRole({ ctx: testCtx(db.db, ws.actors.manager), input: { member: ws.actors.member.memberId, role: 'admin' } })).rejects.toMatchObject({ code: 'forbidden' });
    const [row] = await db.db.select().from(members).where(eq(members.id, ws.actors.owner.memberId));
    expect(row.role).toBe('owner');
    // With a second owner, the first may step down.
    await setMemberRole({ ctx: owner, input: { member: ws.actors.admin.memberId, role: 'owner' } });
    expect((await setMemberRole({ ctx: owner, input: { member: ws.actors.owner.memberId, role: 'admin' } })).changed).toBe(true);
  });

  it('never reaches a member of another workspace', async () => {
    const other = await seedWorkspace(db.db, { name: 'Other' });
    const ctx = testCtx(db.db, ws.actors.owner);
    await expect(setMemberRole({ ctx, input: { member: other.actors.manager.memberId, role: 'member' } })).rejects.toMatchObject({ code: 'not_found' });
  });
});
