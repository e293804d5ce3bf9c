// Portal sessions: rows of `sessions` with kind 'portal'. The cookie holds 256 random bits, the table its
// SHA-256. Every request re-checks the contact's and the client's portal switches and the client's portal_epoch,
// so turning the portal off or regenerating the link ends a live session on its next request; while the
// workspace's portal is closed (portal-closed.ts) a session gives no access either.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { ContactActor } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients, contacts, sessions, workspaces } from '../../db/schema';
import { hashToken, newToken } from '../auth/tokens';
import { PORTAL_SESSION_ABSOLUTE_MS, PORTAL_SESSION_IDLE_MS } from './policy';

export type PortalSession = { actor: ContactActor; sessionId: string; csrfToken: string; workspaceName: string; clientName: string };

export async function createPortalSession(
  db: DbOrTx, opts: { workspaceId: number; clientId: number; contactId: number; portalEpoch: number; now: Date },
): Promise<string> {
  const cookie = newToken();
  await db.insert(sessions).values({
    id: hashToken(cookie), workspaceId: opts.workspaceId, kind: 'portal', clientId: opts.clientId, contactId: opts.contactId,
    portalEpoch: opts.portalEpoch, csrfToken: newToken(), createdAt: opts.now, lastSeenAt: opts.now,
    expiresAt: new Date(opts.now.getTime() + PORTAL_SESSION_ABSOLUTE_MS),
  });
  return cookie;
}

/** The contact a cookie signs in as, or null: unknown, revoked, idle, past its absolute limit, or access withdrawn. */
export async function readPortalSession(db: DbOrTx, cookie: string | undefined, now: Date): Promise<PortalSession | null> {
  const state = await readPortalSessionState(db, cookie, now);
  return state === 'closed' ? null : state;
}

/** As readPortalSession, but 'closed' for a session that would be live were its workspace's portal not closed
 *  (portal-closed.ts): it gives no access, and is neither touched nor revoked, so a reopened portal takes it back. */
export async function readPortalSessionState(db: DbOrTx, cookie: string | undefined, now: Date): Promise<PortalSession | 'closed' | null> {
  if (!cookie || cookie.length > 128) return null;
  const id = hashToken(cookie);
  const [row] = await db.select({ s: sessions, contact: contacts, client: clients, ws: workspaces.name, closed: workspaces.portalClosedAt }).from(sessions)
    .innerJoin(contacts, and(eq(contacts.id, sessions.contactId), eq(contacts.workspaceId, sessions.workspaceId)))
    .innerJoin(clients, and(eq(clients.id, sessions.clientId), eq(clients.workspaceId, sessions.workspaceId)))
    .innerJoin(workspaces, eq(workspaces.id, sessions.workspaceId))
    .where(and(eq(sessions.id, id), eq(sessions.kind, 'portal'), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  const { s, contact, client } = row;
  if (contact.clientId !== client.id || !contact.portalEnabled || !client.portalEnabled || client.archivedAt) return null;
  if (s.portalEpoch !== client.portalEpoch) return null;
  const lastSeen = s.lastSeenAt ?? s.createdAt;
  if (now.getTime() - lastSeen.getTime() > PORTAL_SESSION_IDLE_MS) return null;
  if (row.closed) return 'closed';
  // Touch at most once a minute: one page load is several requests.
  if (now.getTime() - lastSeen.getTime() > 60_000) await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  return {
    actor: {
      kind: 'contact', workspaceId: s.workspaceId, contactId: contact.id, clientId: client.id, channel: 'portal',
      name: contact.name ?? contact.email ?? `Contact ${contact.id}`,
    },
    sessionId: id, csrfToken: s.csrfToken ?? '', workspaceName: row.ws, clientName: client.name,
  };
}

export async function endPortalSession(db: DbOrTx, cookie: string | undefined, now: Date): Promise<void> {
  if (!cookie || cookie.length > 128) return;
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, hashToken(cookie)), eq(sessions.kind, 'portal')));
}
