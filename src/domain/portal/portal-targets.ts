// Who may receive a portal link: a portal-enabled contact with an email, of a portal-enabled, non-archived client,
// in a workspace whose portal is open.
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { clients, contacts, members, workspaces } from '../../db/schema';

export type PortalTarget = {
  contactId: number; contactName: string | null; email: string;
  clientId: number; clientName: string; portalEpoch: number; workspaceId: number; workspaceName: string;
};

// A closed workspace portal (portal-closed.ts) sends no links: "email me a link" answers the same page regardless.
const eligible = and(
  eq(contacts.portalEnabled, true), isNotNull(contacts.email), eq(clients.portalEnabled, true), isNull(clients.archivedAt),
  isNull(workspaces.portalClosedAt),
);

function targets(db: DbOrTx) {
  return db.select({
    contactId: contacts.id, contactName: contacts.name, email: sql<string>`${contacts.email}`, clientId: clients.id,
    clientName: clients.name, portalEpoch: clients.portalEpoch, workspaceId: clients.workspaceId, workspaceName: workspaces.name,
  }).from(contacts)
    .innerJoin(clients, and(eq(clients.id, contacts.clientId), eq(clients.workspaceId, contacts.workspaceId)))
    .innerJoin(workspaces, eq(workspaces.id, clients.workspaceId))
    .$dynamic();
}

/** Every eligible contact whose stored address is exactly this one (compared without case), in every workspace:
 * /portal is one sign-in form for the whole deployment (its own workspace and each OAuth-installed Slack team's). */
export async function portalTargetsByEmail(db: DbOrTx, email: string): Promise<PortalTarget[]> {
  return targets(db).where(and(eligible, sql`lower(${contacts.email}) = ${email.toLowerCase()}`))
    .orderBy(clients.workspaceId, contacts.id).limit(20);
}

/** Eligible contacts of one client (all of them, or the one named). */
export async function portalTargetsOfClient(db: DbOrTx, workspaceId: number, clientId: number, contactId?: number): Promise<PortalTarget[]> {
  return targets(db).where(and(
    eq(contacts.workspaceId, workspaceId), eligible, eq(clients.id, clientId), contactId ? eq(contacts.id, contactId) : undefined,
  ));
}

/** The team member a client's contacts deal with: the client's owner. */
export async function clientOwner(db: DbOrTx, workspaceId: number, ownerId: number | null) {
  if (!ownerId) return null;
  const [m] = await db.select({ name: members.name, email: members.email }).from(members)
    .where(and(eq(members.id, ownerId), eq(members.workspaceId, workspaceId)));
  return m ?? null;
}
