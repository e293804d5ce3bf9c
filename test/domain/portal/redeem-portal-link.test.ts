// Redeeming a portal link: once, within 24 hours, untampered, and only while the contact, the client and
// the link's epoch still give access (security.md M3, M4, M9, M10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { activities, clients, contacts, sessions } from '../../../src/db/schema';
import { hashToken } from '../../../src/domain/auth/tokens';
import { readPortalSession } from '../../../src/domain/portal/sessions';
import { redeemPortalLink } from '../../../src/domain/portal/redeem-portal-link';
import { regeneratePortalLink } from '../../../src/domain/portal/regenerate-portal-link';
import { requestPortalLink } from '../../../src/domain/portal/request-portal-link';
import { setPortalAccess } from '../../../src/domain/portal/set-portal-access';
import { createTestDb, type TestDb } from '../../support/db';
import { testCtx } from '../../support/factories';
import { lastLinkToken, portalCtx, seedClient, seedContact, seedPortal } from './seed-portal';

let db: TestDb;
let s: Awaited<ReturnType<typeof seedPortal>>;
beforeAll(async () => { db = await createTestDb(); s = await seedPortal(db.db); });
afterAll(() => db.cleanup());

const T0 = new Date('2026-11-22T10:00:00Z');
async function linkFor(email: string, workspaceId = s.ws.workspaceId) {
  const ctx = portalCtx(db.db, workspaceId, T0);
  expect(await requestPortalLink({ ctx, input: { email } })).toBe(1);
  return { token: lastLinkToken(ctx.mailer.sent), ctx };
}
const redeemAt = (token: string, at: Date, workspaceId = s.ws.workspaceId) =>
  redeemPortalLink({ ctx: portalCtx(db.db, workspaceId, at), input: { token } });
const refused = { code: 'expired' };

describe('redeemPortalLink', () => {
  it('signs the contact in once: a session for its client, the last sign-in stamped, an activity row', async () => {
    const { token } = await linkFor('jane@acme.test');
    const at = new Date(T0.getTime() + 60_000);
    const r = await redeemAt(token, at);
    expect(r).toMatchObject({ workspaceId: s.ws.workspaceId, clientId: s.acme.id, contactId: s.jane.id });
    const session = await readPortalSession(db.db, r.cookie, at);
    expect(session?.actor).toMatchObject({ kind: 'contact', contactId: s.jane.id, clientId: s.acme.id, channel: 'portal' });
    expect(session?.workspaceName).toBe('Northwind Studio');
    const [row] = await db.db.select().from(sessions).where(eq(sessions.id, hashToken(r.cookie)));
    expect(row.kind).toBe('portal');
    const [jane] = await db.db.select().from(contacts).where(eq(contacts.id, s.jane.id));
    expect(jane.portalLastSignInAt?.toISOString()).toBe(at.toISOString());
    const acts = await db.db.select().from(activities).where(and(eq(activities.verb, 'portal.signed_in'), eq(activities.entityId, s.jane.id)));
    expect(acts).toHaveLength(1);
    expect(acts[0].channel).toBe('portal');
    await expect(redeemAt(token, at)).rejects.toMatchObject(refused);
  });

  it('works at +23:59:59 and is refused at +24:00:01', async () => {
    const a = await linkFor('raj@acme.test');
    await expect(redeemAt(a.token, new Date(T0.getTime() + 24 * 3600_000 - 1000))).resolves.toMatchObject({ contactId: s.raj.id });
    const b = await linkFor('raj@acme.test');
    await expect(redeemAt(b.token, new Date(T0.getTime() + 24 * 3600_000 + 1000))).rejects.toMatchObject(refused);
  });

  it('refuses a tampered, truncated, made-up or oversized token', async () => {
    const { token } = await linkFor('hank@globex.test');
    const flipped = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    for (const t of [flipped, token.slice(0, -1), `${token}x`, 'A'.repeat(43), '', 'x'.repeat(5000), undefined]) {
      await expect(redeemAt(t as string, T0)).rejects.toMatchObject(refused);
    }
    await expect(redeemAt(token, T0)).resolves.toMatchObject({ contactId: s.hank.id });
  });

  it('binds the session to the workspace, client and contact the link was issued for', async () => {
    const { token } = await linkFor('bill@initech.test', s.other.workspaceId);
    const r = await redeemAt(token, T0, s.ws.workspaceId);
    expect(r.workspaceId).toBe(s.other.workspaceId);
    expect(r.clientId).toBe(s.initech.id);
  });

  it('refuses the link once the contact or the client is switched off, or the link regenerated', async () => {
    const manager = testCtx(db.db, s.ws.actors.manager, { now: T0 });
    const c1 = await seedClient(db.db, s.ws.workspaceId, 'Switch Co');
    const p1 = await seedContact(db.db, s.ws.workspaceId, c1.id, 'Pat One', 'pat1@switch.test');
    const p2 = await seedContact(db.db, s.ws.workspaceId, c1.id, 'Pat Two', 'pat2@switch.test');

    const contactLink = await linkFor('pat1@switch.test');
    await setPortalAccess({ ctx: manager, input: { client: c1.id, contact: p1.id, enabled: false } });
    await expect(redeemAt(contactLink.token, T0)).rejects.toMatchObject(refused);

    const clientLink = await linkFor('pat2@switch.test');
    await setPortalAccess({ ctx: manager, input: { client: c1.id, enabled: false } });
    await expect(redeemAt(clientLink.token, T0)).rejects.toMatchObject(refused);
    await setPortalAccess({ ctx: manager, input: { client: c1.id, enabled: true } });
    // Turning it back on does not revive a link issued before it was turned off.
    await expect(redeemAt(clientLink.token, T0)).rejects.toMatchObject(refused);

    const regen = await linkFor('pat2@switch.test');
    await regeneratePortalLink({ ctx: manager, input: { client: c1.id } });
    await expect(redeemAt(regen.token, T0)).rejects.toMatchObject(refused);
    const fresh = await linkFor('pat2@switch.test');
    await expect(redeemAt(fresh.token, T0)).resolves.toMatchObject({ contactId: p2.id });
  });

  it('refuses the link when the client was archived, or the contact\'s address changed since it was sent', async () => {
    const c = await seedClient(db.db, s.ws.workspaceId, 'Archive Co');
    const a = await seedContact(db.db, s.ws.workspaceId, c.id, 'Ann', 'ann@archive.test');
    const link1 = await linkFor('ann@archive.test');
    await db.db.update(contacts).set({ email: 'ann@elsewhere.test' }).where(eq(contacts.id, a.id));
    await expect(redeemAt(link1.token, T0)).rejects.toMatchObject(refused);
    await db.db.update(contacts).set({ email: 'ann@archive.test' }).where(eq(contacts.id, a.id));
    const link2 = await linkFor('ann@archive.test');
    await db.db.update(clients).set({ archivedAt: T0 }).where(eq(clients.id, c.id));
    await expect(redeemAt(link2.token, T0)).rejects.toMatchObject(refused);
  });

  it('makes exactly one session out of 50 concurrent redemptions of one link', async () => {
    const c = await seedClient(db.db, s.ws.workspaceId, 'Race Co');
    const r = await seedContact(db.db, s.ws.workspaceId, c.id, 'Rae', 'rae@race.test');
    const { token } = await linkFor('rae@race.test');
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => redeemAt(token, T0)));
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    for (const x of results) if (x.status === 'rejected') expect(x.reason).toMatchObject(refused);
    const rows = await db.db.select().from(sessions).where(eq(sessions.contactId, r.id));
    expect(rows).toHaveLength(1);
  });
});
