// "Email me a link" on /portal: only eligible contacts, only their stored address, at most 5 per hour,
// and no raw token ever stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { clients, contacts, sessions, signInTokens } from '../../../src/db/schema';
import { hashToken } from '../../../src/domain/auth/tokens';
import { requestPortalLink } from '../../../src/domain/portal/request-portal-link';
import { createPortalSession } from '../../../src/domain/portal/sessions';
import { createTestDb, type TestDb } from '../../support/db';
import { lastLinkToken, portalCtx, seedClient, seedContact, seedPortal } from './seed-portal';

let db: TestDb;
let s: Awaited<ReturnType<typeof seedPortal>>;
beforeAll(async () => { db = await createTestDb(); s = await seedPortal(db.db); });
afterAll(() => db.cleanup());

describe('requestPortalLink', () => {
  it('emails a sign-in link to a portal-enabled contact, at the stored address, whatever case was typed', async () => {
    const ctx = portalCtx(db.db, s.ws.workspaceId);
    expect(await requestPortalLink({ ctx, input: { email: '  JANE@Acme.TEST ' } })).toBe(1);
    const [mail] = ctx.mailer.sent;
    expect(mail.to).toBe('jane@acme.test');
    expect(mail.subject).toContain('Northwind Studio');
    expect(mail.links![0]).toMatch(/^http:\/\/localhost:8787\/portal\/link\?token=[A-Za-z0-9_-]{43}$/);
    expect(mail.text).toContain(mail.links![0]);
    expect(mail.text).toContain('Acme Corp');
  });

  it('stores only the SHA-256 of a token with at least 128 bits, bound to workspace, client, contact and epoch', async () => {
    const ctx = portalCtx(db.db, s.ws.workspaceId);
    await requestPortalLink({ ctx, input: { email: 'raj@acme.test' } });
    const token = lastLinkToken(ctx.mailer.sent);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const rows = await db.db.select().from(signInTokens).where(eq(signInTokens.contactId, s.raj.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      purpose: 'portal', workspaceId: s.ws.workspaceId, clientId: s.acme.id, contactId: s.raj.id, portalEpoch: 0, tokenHash: hashToken(token),
    });
    expect(rows[0].expiresAt.getTime() - ctx.now().getTime()).toBe(24 * 3600 * 1000);
    const everything = JSON.stringify(await db.db.select().from(signInTokens));
    expect(everything).not.toContain(token);
  });

  it('sends nothing for unknown, disabled, archived, email-less or other-workspace contacts, or malformed addresses', async () => {
    const ctx = portalCtx(db.db, s.ws.workspaceId);
    const off = await seedContact(db.db, s.ws.workspaceId, s.acme.id, 'Off', 'off@acme.test', { portalEnabled: false });
    const closed = await seedClient(db.db, s.ws.workspaceId, 'Closed Co');
    await db.db.update(clients).set({ portalEnabled: false }).where(eq(clients.id, closed.id));
    await seedContact(db.db, s.ws.workspaceId, closed.id, 'C', 'c@closed.test');
    const gone = await seedClient(db.db, s.ws.workspaceId, 'Gone Co');
    await db.db.update(clients).set({ archivedAt: new Date() }).where(eq(clients.id, gone.id));
    await seedContact(db.db, s.ws.workspaceId, gone.id, 'G', 'g@gone.test');
    const attempts = [
      'nobody@acme.test', off.email!, 'c@closed.test', 'g@gone.test', 'bill@initech.test', '', 'not an email',
      '"jane@acme.test"@attacker.test', 'jane＠acme.test', 'jane@acme.test,b@attacker.test', 'jane@acme.test\r\nBcc: a@evil.test',
    ];
    for (const email of attempts) expect(await requestPortalLink({ ctx, input: { email } }), email).toBe(0);
    expect(await requestPortalLink({ ctx, input: null })).toBe(0);
    expect(ctx.mailer.sent).toHaveLength(0);
  });

  it('sends at most 5 links per address per hour; the sixth to twentieth requests send nothing', async () => {
    const ctx = portalCtx(db.db, s.ws.workspaceId);
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await requestPortalLink({ ctx, input: { email: 'hank@globex.test' } }));
    expect(results.filter((n) => n === 1)).toHaveLength(5);
    expect(ctx.mailer.sent.filter((m) => m.to === 'hank@globex.test')).toHaveLength(5);
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 60 * 60 * 1000 + 1000);
    expect(await requestPortalLink({ ctx, input: { email: 'hank@globex.test' } })).toBe(1);
  });

  it('only reaches the workspace it is asked in', async () => {
    const ctx = portalCtx(db.db, s.other.workspaceId);
    expect(await requestPortalLink({ ctx, input: { email: 'jane@acme.test' } })).toBe(0);
    expect(await requestPortalLink({ ctx, input: { email: 'bill@initech.test' } })).toBe(1);
    expect(ctx.mailer.sent[0].subject).toContain('Other Tenant');
    const [row] = await db.db.select().from(contacts).where(eq(contacts.id, s.bill.id));
    expect(row.portalLastSignInAt).toBeNull();
  });
});

describe('housekeeping', () => {
  it('purges links a day past their expiry, and sessions a day past their end, when links are requested', async () => {
    const ctx = portalCtx(db.db, s.ws.workspaceId, new Date('2026-11-22T10:00:00Z'));
    await requestPortalLink({ ctx, input: { email: 'jane@acme.test' } });
    const token = lastLinkToken(ctx.mailer.sent);
    await createPortalSession(db.db, { workspaceId: s.ws.workspaceId, clientId: s.acme.id, contactId: s.jane.id, portalEpoch: 0, now: ctx.now() });
    const rowsFor = async () => (await db.db.select().from(signInTokens).where(eq(signInTokens.tokenHash, hashToken(token)))).length;
    ctx.clock.now = new Date('2026-11-24T09:00:00Z'); // expired 23 h ago: kept
    await requestPortalLink({ ctx, input: { email: 'nobody@acme.test' } });
    expect(await rowsFor()).toBe(1);
    ctx.clock.now = new Date('2026-11-24T11:00:00Z'); // expired 25 h ago: gone, with the 8-hour session
    await requestPortalLink({ ctx, input: { email: 'nobody@acme.test' } });
    expect(await rowsFor()).toBe(0);
    expect(await db.db.select().from(sessions).where(eq(sessions.contactId, s.jane.id))).toHaveLength(0);
  });
});
