// Portal sign-in tokens: rows of sign_in_tokens with purpose 'portal', bound to workspace, client, contact
// and the client's portal_epoch. The raw token (256 random bits) exists only in the email; the row keeps its SHA-256.
import { and, count, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { sessions, signInTokens } from '../../db/schema';
import { hashToken, newToken } from '../auth/tokens';
import { PORTAL_LINK_TTL_MS } from './policy';

export type PortalTokenTarget = { workspaceId: number; clientId: number; contactId: number; email: string; portalEpoch: number };

export async function issuePortalToken(db: DbOrTx, target: PortalTokenTarget, now: Date): Promise<{ token: string; id: number }> {
  const token = newToken();
  const [row] = await db.insert(signInTokens).values({
    workspaceId: target.workspaceId, purpose: 'portal', clientId: target.clientId, contactId: target.contactId,
    email: target.email.toLowerCase(), tokenHash: hashToken(token), portalEpoch: target.portalEpoch,
    expiresAt: new Date(now.getTime() + PORTAL_LINK_TTL_MS), createdAt: now,
  }).returning({ id: signInTokens.id });
  return { token, id: row.id };
}

/** Portal links issued to this address in the last hour (the per-address limit). */
export async function recentPortalLinks(db: DbOrTx, workspaceId: number, email: string, now: Date): Promise<number> {
  const [row] = await db.select({ n: count() }).from(signInTokens).where(and(
    eq(signInTokens.workspaceId, workspaceId), eq(signInTokens.purpose, 'portal'), eq(signInTokens.email, email.toLowerCase()),
    gt(signInTokens.createdAt, new Date(now.getTime() - 60 * 60 * 1000)),
  ));
  return row.n;
}

/** Ends every unused link and live session of a client (or of one contact of it) at once. */
export async function revokePortalAccess(db: DbOrTx, opts: { workspaceId: number; clientId: number; contactId?: number; now: Date }) {
  const tokenScope = and(
    eq(signInTokens.workspaceId, opts.workspaceId), eq(signInTokens.purpose, 'portal'), eq(signInTokens.clientId, opts.clientId),
    opts.contactId ? eq(signInTokens.contactId, opts.contactId) : sql`1 = 1`, isNull(signInTokens.usedAt),
  );
  const links = await db.update(signInTokens).set({ usedAt: opts.now }).where(tokenScope).returning({ id: signInTokens.id });
  const ended = await db.update(sessions).set({ revokedAt: opts.now }).where(and(
    eq(sessions.workspaceId, opts.workspaceId), eq(sessions.kind, 'portal'), eq(sessions.clientId, opts.clientId),
    opts.contactId ? eq(sessions.contactId, opts.contactId) : sql`1 = 1`, isNull(sessions.revokedAt),
  )).returning({ id: sessions.id });
  return { links: links.length, sessions: ended.length };
}

/** Deletes portal links past their expiry and portal sessions past their absolute limit (kept a day, for support). */
export async function purgeExpiredPortalRows(db: DbOrTx, now: Date) {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  await db.delete(signInTokens).where(and(eq(signInTokens.purpose, 'portal'), lt(signInTokens.expiresAt, dayAgo)));
  await db.delete(sessions).where(and(eq(sessions.kind, 'portal'), or(lt(sessions.expiresAt, dayAgo), lt(sessions.revokedAt, dayAgo))));
}
