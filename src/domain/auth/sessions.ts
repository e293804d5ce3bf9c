// Server-side team sessions: the cookie holds 256 random bits; the table holds only their SHA-256.
// Idle and absolute timeouts; sign-out (and removal from the team) revokes the row, so an old cookie is dead at once.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { MemberActor } from '../../context';
import type { Db, DbOrTx } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { members, sessions, signInTokens } from '../../db/schema';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './policy';
import { hashToken, newToken } from './tokens';

export async function createTeamSession(db: DbOrTx, opts: { workspaceId: number; memberId: number; now: Date }): Promise<string> {
  const cookie = newToken();
  await db.insert(sessions).values({
    id: hashToken(cookie), workspaceId: opts.workspaceId, kind: 'team', memberId: opts.memberId,
    createdAt: opts.now, lastSeenAt: opts.now, expiresAt: new Date(opts.now.getTime() + SESSION_ABSOLUTE_MS),
  });
  return cookie;
}

// Every signed-in request runs it: built once (src/db/prepared.ts).
const teamSessionQuery = preparedPer((db: Db) => db.select({ s: sessions, m: members }).from(sessions)
  .innerJoin(members, and(eq(members.id, sessions.memberId), eq(members.workspaceId, sessions.workspaceId), isNull(members.removedAt)))
  .where(and(eq(sessions.id, sql.placeholder('id')), eq(sessions.kind, 'team'), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql.placeholder('now'))))
  .limit(1).prepare());

/** The member a cookie signs in as, or null when it is unknown, revoked, idle too long or past its absolute limit. */
export async function readTeamSession(db: Db, cookie: string | undefined, now: Date): Promise<MemberActor | null> {
  if (!cookie || cookie.length > 128) return null;
  const id = hashToken(cookie);
  const [row] = await teamSessionQuery(db).all({ id, now: sessions.expiresAt.mapToDriverValue(now) });
  if (!row) return null;
  const lastSeen = row.s.lastSeenAt ?? row.s.createdAt;
  if (now.getTime() - lastSeen.getTime() > SESSION_IDLE_MS) return null;
  // Touch at most once a minute: a page load fires several requests.
  if (now.getTime() - lastSeen.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return {
    kind: 'member', workspaceId: row.m.workspaceId, memberId: row.m.id, role: row.m.role, channel: 'web',
    name: row.m.name ?? row.m.email ?? `Member ${row.m.id}`,
  };
}

/** Ends every live session and unused sign-in link of a member at once (removal from the team). */
export async function revokeMemberAccess(db: DbOrTx, opts: { workspaceId: number; memberId: number; now: Date }) {
  const ended = await db.update(sessions).set({ revokedAt: opts.now }).where(and(
    eq(sessions.workspaceId, opts.workspaceId), eq(sessions.kind, 'team'), eq(sessions.memberId, opts.memberId), isNull(sessions.revokedAt),
  )).returning({ id: sessions.id });
  const links = await db.update(signInTokens).set({ usedAt: opts.now }).where(and(
    eq(signInTokens.workspaceId, opts.workspaceId), eq(signInTokens.memberId, opts.memberId), isNull(signInTokens.usedAt),
  )).returning({ id: signInTokens.id });
  return { sessions: ended.length, links: links.length };
}

export async function endTeamSession(db: DbOrTx, cookie: string | undefined, now: Date): Promise<void> {
  if (!cookie) return;
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, hashToken(cookie)));
}
