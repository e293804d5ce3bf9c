// The team's portal controls: invitePortal, setPortalAccess, regeneratePortalLink (roles, activity, idempotency).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { activities, clients, contacts, signInTokens } from '../../../src/db/schema';
import { invitePortal } from '../../../src/domain/portal/invite-portal';
import { regeneratePortalLink } from '../../../src/domain/portal/regenerate-portal-link';
import { setPortalAccess } from '../../../src/domain/portal/set-portal-access';
import { createTestDb, type TestDb } from '../../support/db';
import { testCtx } from '../../support/factories';
import { seedClient, seedContact, seedPortal } from './seed-portal';

let db: TestDb;
let s: Awaited<ReturnType<typeof seedPortal>>;
beforeAll(async () => { db = await createTestDb(); s = await seedPortal(db.db); });
afterAll(() => db.cleanup());

const T0 = new Date('2026-11-22T10:00:00Z');

describe('invitePortal', () => {
  it('invites every portal-enabled contact with an email by default, with a link and the inviter\'s name', async () => {
    const ctx = testCtx(db.db, s.ws.actors.manager, { now: T0 });
    const r = await invitePortal({ ctx, input: { client: 'acme' } });
    expect(r.invited.map((c) => c.email).sort()).toEqual(['jane@acme.test', 'raj@acme.test']);
    expect(ctx.mailer.sent.map((m) => m.to).sort()).toEqual(['jane@acme.test', 'raj@acme.test']);
    const mail = ctx.mailer.sent.find((m) => m.to === 'jane@acme.test')!;
    expect(mail.idempotencyKey).toBe(`invite/${s.jane.id}/2026-11-22`);
    expect(mail.subject).toBe('Northwind Studio invited you to the Acme Corp portal');
    expect(mail.text).toContain(s.ws.actors.manager.name);
    expect(mail.links![0]).toMatch(/\/portal\/link\?token=/);
    const acts = await db.db.select().from(activities).where(eq(activities.verb, 'portal.invited'));
    expect(acts.map((a) => a.entityId).sort()).toEqual([s.jane.id, s.raj.id].sort());
  });

  it('retried three times the same day: one token row and one email; the next day a new one', async () => {
    const c = await seedClient(db.db, s.ws.workspaceId, 'Retry Co');
    const k = await seedContact(db.db, s.ws.workspaceId, c.id, 'Kim', 'kim@retry.test');
    const ctx = testCtx(db.db, s.ws.actors.admin, { now: T0 });
    const runs = await Promise.all([1, 2, 3].map(() => invitePortal({ ctx, input: { client: `id:${c.id}`, contact: 'kim' } })));
    expect(runs.flatMap((r) => r.invited)).toHaveLength(1);
    expect(runs.flatMap((r) => r.alreadyInvitedToday)).toHaveLength(2);
    expect(ctx.mailer.sent).toHaveLength(1);
    expect(await db.db.select().from(signInTokens).where(eq(signInTokens.contactId, k.id))).toHaveLength(1);
    ctx.clock.now = new Date('2026-11-23T08:00:00Z');
    expect((await invitePortal({ ctx, input: { client: `id:${c.id}`, contact: 'kim@retry.test' } })).invited).toHaveLength(1);
    expect(ctx.mailer.sent.at(-1)!.idempotencyKey).toBe(`invite/${k.id}/2026-11-23`);
  });

  it('refuses members and portal contacts, a contact without email or switched off, a client with the portal off', async () => {
    const member = testCtx(db.db, s.ws.actors.member, { now: T0 });
    await expect(invitePortal({ ctx: member, input: { client: 'acme' } })).rejects.toMatchObject({ code: 'forbidden' });
    const contact = testCtx(db.db, { kind: 'contact', workspaceId: s.ws.workspaceId, clientId: s.acme.id, contactId: s.jane.id, channel: 'portal', name: 'J' });
    await expect(invitePortal({ ctx: contact, input: { client: 'acme' } })).rejects.toMatchObject({ code: 'forbidden' });
    const ctx = testCtx(db.db, s.ws.actors.owner, { now: T0 });
    await expect(invitePortal({ ctx, input: { client: 'acme', contact: 'No Mail' } })).rejects.toMatchObject({ code: 'invalid' });
    const c = await seedClient(db.db, s.ws.workspaceId, 'Quiet Co');
    await seedContact(db.db, s.ws.workspaceId, c.id, 'Quinn', 'quinn@quiet.test', { portalEnabled: false });
    await expect(invitePortal({ ctx, input: { client: `id:${c.id}` } })).rejects.toMatchObject({ code: 'conflict' });
    await expect(invitePortal({ ctx, input: { client: `id:${c.id}`, contact: 'quinn' } })).rejects.toMatchObject({ code: 'conflict' });
    await db.db.update(clients).set({ portalEnabled: false }).where(eq(clients.id, c.id));
    await expect(invitePortal({ ctx, input: { client: `id:${c.id}` } })).rejects.toMatchObject({ code: 'conflict' });
    await expect(invitePortal({ ctx, input: { client: 'no such client' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(invitePortal({ ctx, input: {} })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'client' }] });
    await expect(invitePortal({ ctx, input: { client: 'Initech' } })).rejects.toMatchObject({ code: 'not_found' });
    expect(ctx.mailer.sent).toHaveLength(0);
  });

  it('leaves no token or activity behind when the email cannot be sent', async () => {
    const c = await seedClient(db.db, s.ws.workspaceId, 'Bounce Co');
    const b = await seedContact(db.db, s.ws.workspaceId, c.id, 'Bo', 'bo@bounce.test');
    const ctx = testCtx(db.db, s.ws.actors.owner, { now: T0 });
    ctx.mailer.send = async () => { throw new Error('mail service down'); };
    await expect(invitePortal({ ctx, input: { client: `id:${c.id}` } })).rejects.toThrow('mail service down');
    expect(await db.db.select().from(signInTokens).where(eq(signInTokens.contactId, b.id))).toHaveLength(0);
    expect(await db.db.select().from(activities).where(and(eq(activities.verb, 'portal.invited'), eq(activities.entityId, b.id)))).toHaveLength(0);
  });
});

describe('setPortalAccess and regeneratePortalLink', () => {
  it('switch a contact and a client, with before/after activity rows; members may not', async () => {
    const c = await seedClient(db.db, s.ws.workspaceId, 'Toggle Co');
    const t = await seedContact(db.db, s.ws.workspaceId, c.id, 'Tess', 'tess@toggle.test');
    const ctx = testCtx(db.db, s.ws.actors.manager, { now: T0 });
    const off = await setPortalAccess({ ctx, input: { client: 'Toggle', contact: 'tess', enabled: false } });
    expect(off).toMatchObject({ enabled: false, changed: true, contact: { id: t.id } });
    expect((await db.db.select().from(contacts).where(eq(contacts.id, t.id)))[0].portalEnabled).toBe(false);
    const [act] = await db.db.select().from(activities).where(eq(activities.id, off.activityId!));
    expect(act).toMatchObject({ verb: 'portal.disabled', before: { portalEnabled: true }, after: { portalEnabled: false } });
    const clientOff = await setPortalAccess({ ctx, input: { client: `id:${c.id}`, enabled: 'off' } });
    const [row] = await db.db.select().from(clients).where(eq(clients.id, c.id));
    expect(row).toMatchObject({ portalEnabled: false, portalEpoch: 1 });
    expect(clientOff.activityId).not.toBeNull();
    expect((await setPortalAccess({ ctx, input: { client: `id:${c.id}`, enabled: true } })).changed).toBe(true);
    expect((await setPortalAccess({ ctx, input: { client: `id:${c.id}`, enabled: true } })).changed).toBe(false);
    const member = testCtx(db.db, s.ws.actors.member, { now: T0 });
    await expect(setPortalAccess({ ctx: member, input: { client: `id:${c.id}`, enabled: false } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setPortalAccess({ ctx, input: { client: `id:${c.id}` } })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'enabled' }] });
  });

  it('regeneratePortalLink bumps the epoch and records it; members may not', async () => {
    const ctx = testCtx(db.db, s.ws.actors.admin, { now: T0 });
    const r = await regeneratePortalLink({ ctx, input: { client: 'Globex' } });
    expect(r).toMatchObject({ client: { id: s.globex.id }, portalEpoch: 1, portalUrl: 'http://localhost:8787/portal' });
    const [act] = await db.db.select().from(activities).where(eq(activities.id, r.activityId));
    expect(act).toMatchObject({ verb: 'portal.regenerated', clientId: s.globex.id, actorMemberId: s.ws.actors.admin.memberId });
    await expect(regeneratePortalLink({ ctx: testCtx(db.db, s.ws.actors.member), input: { client: 'Globex' } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
