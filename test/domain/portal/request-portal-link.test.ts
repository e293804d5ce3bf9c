// "Email me a link" on /portal: only eligible contacts (in any workspace), only their stored address, at most 5 per
// hour per workspace, each link bound to its own workspace and client, and no raw token ever stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gt } from 'drizzle-orm';
import { activities, clients, contacts, sessions, signInTokens } from '../../../src/db/schema';
import { hashToken } from '../../../src/domain/auth/tokens';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { listAttention } from '../../../src/domain/clients/list-attention';
import { requestPortalLink } from '../../../src/domain/portal/request-portal-link';
import { createPortalSession } from '../../../src/domain/portal/sessions';
import { createTestDb, type TestDb } from '../../support/db';
import { testCtx } from '../../support/factories';
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

  it('sends nothing for unknown, disabled (in any workspace), archived or email-less contacts, or malformed addresses', async () => {
    const ctx = portalCtx(db.db, s.ws.workspaceId);
    const off = await seedContact(db.db, s.ws.workspaceId, s.acme.id, 'Off', 'off@acme.test', { portalEnabled: false });
    const closed = await seedClient(db.db, s.ws.workspaceId, 'Closed Co');
    await db.db.update(clients).set({ portalEnabled: false }).where(eq(clients.id, closed.id));
    await seedContact(db.db, s.ws.workspaceId, closed.id, 'C', 'c@closed.test');
    const gone = await seedClient(db.db, s.ws.workspaceId, 'Gone Co');
    await db.db.update(clients).set({ archivedAt: new Date() }).where(eq(clients.id, gone.id));
    await seedContact(db.db, s.ws.workspaceId, gone.id, 'G', 'g@gone.test');
    await seedContact(db.db, s.other.workspaceId, s.initech.id, 'Off There', 'off@initech.test', { portalEnabled: false });
    const attempts = [
      'nobody@acme.test', off.email!, 'c@closed.test', 'g@gone.test', 'off@initech.test', '', 'not an email',
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

  it('looks the address up in every workspace: each contact gets its own email, its link bound to its own workspace and client', async () => {
    // The form is the deployment's (actor: its own workspace); Bill is a contact in another workspace only.
    const ctx = portalCtx(db.db, s.ws.workspaceId);
    expect(await requestPortalLink({ ctx, input: { email: 'bill@initech.test' } })).toBe(1);
    expect(ctx.mailer.sent[0].subject).toContain('Other Tenant');
    expect(ctx.mailer.sent[0].text).toContain('Initech');
    const [bills] = await db.db.select().from(signInTokens).where(eq(signInTokens.contactId, s.bill.id));
    expect(bills).toMatchObject({ workspaceId: s.other.workspaceId, clientId: s.initech.id, tokenHash: hashToken(lastLinkToken(ctx.mailer.sent)) });
    const [row] = await db.db.select().from(contacts).where(eq(contacts.id, s.bill.id));
    expect(row.portalLastSignInAt).toBeNull();
    // One person, a contact in both workspaces: two emails, each naming its own workspace and client, each link its own.
    const both = await seedContact(db.db, s.other.workspaceId, s.initech.id, 'Hank at Initech', 'Hank@Globex.test');
    const later = portalCtx(db.db, s.other.workspaceId, new Date('2026-11-23T12:00:00Z'));
    expect(await requestPortalLink({ ctx: later, input: { email: 'hank@globex.test', next: '/portal/invoices/1' } })).toBe(2);
    const mails = later.mailer.sent;
    expect(mails.map((m) => m.to.toLowerCase())).toEqual(['hank@globex.test', 'hank@globex.test']);
    expect(mails.map((m) => m.subject.includes('Northwind Studio') ? 'Northwind Studio' : m.subject.includes('Other Tenant') ? 'Other Tenant' : m.subject).sort())
      .toEqual(['Northwind Studio', 'Other Tenant']);
    for (const m of mails) expect(m.links![0]).not.toContain('next=');
    const tokens = await db.db.select().from(signInTokens).where(eq(signInTokens.email, 'hank@globex.test'));
    const byHash = new Map(tokens.map((t) => [t.tokenHash, t]));
    const bound = mails.map((m) => byHash.get(hashToken(new URL(m.links![0]).searchParams.get('token')!))!);
    expect(bound.map((t) => [t.workspaceId, t.clientId, t.contactId]).sort()).toEqual([
      [s.ws.workspaceId, s.globex.id, s.hank.id], [s.other.workspaceId, s.initech.id, both.id],
    ].sort());
  });

  it('records each link sent in its own workspace\'s history, by the sign-in form', async () => {
    const ctx = portalCtx(db.db, s.ws.workspaceId, new Date('2026-11-25T09:00:00Z'));
    await requestPortalLink({ ctx, input: { email: 'bill@initech.test' } });
    const acts = await db.db.select().from(activities).where(and(eq(activities.verb, 'portal.link_sent'), eq(activities.entityId, s.bill.id)));
    expect(acts.at(-1)).toMatchObject({
      workspaceId: s.other.workspaceId, clientId: s.initech.id, entityType: 'portal', channel: 'system', actorName: 'Portal sign-in', actorMemberId: null,
    });
    expect(acts.at(-1)!.summary).toContain('bill@initech.test');
  });

  it('a link someone asked for leaves the client\'s last activity alone: a stranger cannot wake a dormant client', async () => {
    const quiet = new Date('2026-06-01T09:00:00Z');
    const sleepy = await seedClient(db.db, s.ws.workspaceId, 'Sleepy Co');
    await db.db.update(clients).set({ lastActivityAt: quiet, createdAt: quiet }).where(eq(clients.id, sleepy.id));
    await seedContact(db.db, s.ws.workspaceId, sleepy.id, 'Sam', 'sam@sleepy.test');
    const ctx = portalCtx(db.db, s.ws.workspaceId, new Date('2026-11-20T09:00:00Z'));
    for (let i = 0; i < 5; i++) expect(await requestPortalLink({ ctx, input: { email: 'sam@sleepy.test' } })).toBe(1);
    expect(await db.db.select().from(activities).where(and(eq(activities.verb, 'portal.link_sent'), eq(activities.clientId, sleepy.id)))).toHaveLength(5);
    const [row] = await db.db.select().from(clients).where(eq(clients.id, sleepy.id));
    expect(row.lastActivityAt).toEqual(quiet);
    const team = testCtx(db.db, s.ws.actors.owner, { now: ctx.now() });
    const { dormant } = await listAttention({ ctx: team, input: { limit: 20 } });
    expect(dormant.items.map((c) => c.name)).toContain('Sleepy Co');
  });

  it('an email that cannot be sent leaves no link and no history line, and the other workspace\'s email still goes', async () => {
    const both = await seedContact(db.db, s.other.workspaceId, s.initech.id, 'Raj at Initech', 'raj@acme.test');
    const ctx = portalCtx(db.db, s.ws.workspaceId, new Date('2026-11-26T09:00:00Z'));
    const inner = ctx.mailer;
    const failing = { ...inner, send: async (e: Parameters<typeof inner.send>[0]) => {
      if (e.subject.includes('Northwind Studio')) throw new Error('mail provider down');
      return inner.send(e);
    } };
    expect(await requestPortalLink({ ctx: { ...ctx, mailer: failing }, input: { email: 'raj@acme.test' } })).toBe(1);
    expect(inner.sent.map((m) => m.subject.includes('Other Tenant'))).toEqual([true]);
    const since = new Date('2026-11-26T08:00:00Z');
    const tokens = await db.db.select().from(signInTokens).where(and(eq(signInTokens.email, 'raj@acme.test'), gt(signInTokens.createdAt, since)));
    expect(tokens.map((t) => t.contactId)).toEqual([both.id]);
    const acts = await db.db.select().from(activities).where(and(eq(activities.verb, 'portal.link_sent'), gt(activities.createdAt, since)));
    expect(acts.map((a) => a.entityId)).toEqual([both.id]);
  });

  it('a link someone asked for does not stand in the way of undoing the client\'s creation (anyone can ask)', async () => {
    const team = testCtx(db.db, s.ws.actors.manager);
    const made = await createClient({ ctx: team, input: { name: 'Fresh Co', contactName: 'Fay', email: 'fay@fresh.test' } });
    expect(await requestPortalLink({ ctx: portalCtx(db.db, s.other.workspaceId), input: { email: 'fay@fresh.test' } })).toBe(1);
    await undoActivity({ ctx: team, input: { activityId: made.activityId! } });
    expect(await db.db.select().from(clients).where(eq(clients.id, made.client.id))).toHaveLength(0);
    expect(await db.db.select().from(signInTokens).where(eq(signInTokens.email, 'fay@fresh.test'))).toHaveLength(0);
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
