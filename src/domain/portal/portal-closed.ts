// A workspace's client portal closes when its Slack team uninstalls the app (or revokes its token) and that team
// has no other way in (remove-slack-installation.ts): its clients' contacts would otherwise keep reading records
// and writing messages nobody can answer. A reinstall opens it again (save-slack-installation.ts). Nothing is
// deleted: links and sessions are refused while it is closed, not revoked, so a reinstall restores them.
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { workspaces } from '../../db/schema';
import { Forbidden, PortalClosed } from '../../errors';

/** What a contact is told: the same words whatever the reason, naming no workspace. A refusal (403, as the portal's
 *  closed page everywhere), not an outage: trying again does not help until the team reinstalls. */
export const portalUnavailable = () => new Forbidden('This client portal is not available at the moment.');

export async function isPortalClosed(db: DbOrTx, workspaceId: number): Promise<boolean> {
  const [w] = await db.select({ closed: workspaces.portalClosedAt }).from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return !!w?.closed;
}

/** For the team: sending clients anything that leads to the portal (an invitation, a quote, an invoice) is refused,
 *  with its own error, while the portal is closed: the links in it would not open. Checked before anything changes. */
export async function requirePortalOpen(db: DbOrTx, workspaceId: number, action: string): Promise<void> {
  if (await isPortalClosed(db, workspaceId)) throw new PortalClosed(action);
}

/** Closes the portal; false when it was closed already. */
export async function closePortal(db: DbOrTx, workspaceId: number, now: Date): Promise<boolean> {
  const rows = await db.update(workspaces).set({ portalClosedAt: now })
    .where(and(eq(workspaces.id, workspaceId), isNull(workspaces.portalClosedAt))).returning({ id: workspaces.id });
  return rows.length > 0;
}

/** Opens a closed portal again; false when it was open. */
export async function reopenPortal(db: DbOrTx, workspaceId: number): Promise<boolean> {
  const rows = await db.update(workspaces).set({ portalClosedAt: null })
    .where(and(eq(workspaces.id, workspaceId), isNotNull(workspaces.portalClosedAt))).returning({ id: workspaces.id });
  return rows.length > 0;
}
