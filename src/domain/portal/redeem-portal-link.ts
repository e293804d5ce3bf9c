// Redeems a portal link (only the POST from the link's page calls this). One atomic
// UPDATE ... WHERE used_at IS NULL AND expires_at > now RETURNING, so 50 concurrent clicks make one session;
// then the contact, the client and the epoch must still match what the link was issued for, and the workspace's
// portal must be open.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx, ContactActor } from '../../context';
import { clients, contacts, signInTokens, workspaces } from '../../db/schema';
import { DomainError } from '../../errors';
import { recordActivity } from '../activity/record-activity';
import { hashToken } from '../auth/tokens';
import { portalUnavailable } from './portal-closed';
import { createPortalSession } from './sessions';

const Token = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export const portalLinkRefused = () =>
  new DomainError('expired', 'This sign-in link has expired, was already used, or no longer gives access. Ask for a new one.');

export type RedeemedPortalLink = { cookie: string; workspaceId: number; clientId: number; contactId: number };

export async function redeemPortalLink({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<RedeemedPortalLink> {
  const parsed = Token.safeParse(input);
  if (!parsed.success) throw portalLinkRefused();
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(signInTokens).set({ usedAt: now }).where(and(
      eq(signInTokens.tokenHash, hashToken(parsed.data.token)), eq(signInTokens.purpose, 'portal'),
      isNull(signInTokens.usedAt), gt(signInTokens.expiresAt, now),
    )).returning();
    if (!row?.clientId || !row.contactId) throw portalLinkRefused();
    const [found] = await tx.select({ contact: contacts, client: clients, closed: workspaces.portalClosedAt }).from(contacts)
      .innerJoin(clients, eq(clients.id, contacts.clientId))
      .innerJoin(workspaces, eq(workspaces.id, clients.workspaceId))
      .where(and(eq(contacts.id, row.contactId), eq(contacts.workspaceId, row.workspaceId), eq(clients.id, row.clientId), eq(clients.workspaceId, row.workspaceId)));
    const { contact, client } = found ?? {};
    if (!contact || !client || !contact.portalEnabled || !client.portalEnabled || client.archivedAt) throw portalLinkRefused();
    if (row.portalEpoch !== client.portalEpoch) throw portalLinkRefused();
    // A link is for the address it was sent to: if the contact's email changed since, it no longer signs in.
    if (!contact.email || contact.email.toLowerCase() !== row.email) throw portalLinkRefused();
    // A closed portal: thrown inside the transaction, so the link is not used up and works again once reopened.
    if (found.closed) throw portalUnavailable();
    const cookie = await createPortalSession(tx, {
      workspaceId: row.workspaceId, clientId: client.id, contactId: contact.id, portalEpoch: client.portalEpoch, now,
    });
    await tx.update(contacts).set({ portalLastSignInAt: now }).where(eq(contacts.id, contact.id));
    const actor: ContactActor = {
      kind: 'contact', workspaceId: row.workspaceId, contactId: contact.id, clientId: client.id, channel: 'portal', name: contact.name ?? contact.email,
    };
    await recordActivity(tx, { ...ctx, actor }, {
      verb: 'portal.signed_in', entityType: 'portal', entityId: contact.id, clientId: client.id,
      summary: `${actor.name} signed in to the portal`,
    });
    return { cookie, workspaceId: row.workspaceId, clientId: client.id, contactId: contact.id };
  });
}
