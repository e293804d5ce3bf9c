// invitePortal: emails a client's contacts an invitation with a one-time sign-in link (default: every
// portal-enabled contact with an email). Retried the same day (a double click, a Slack retry), it neither
// issues a second link nor sends a second email: idempotency key invite/<contactId>/<day>. Its activity row
// is entity 'portal' (entityId = the contact): an invitation is not a change to the contact, so it must not
// stand in the way of undoing the contact's last real change.
import { and, eq, gte, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { activities, signInTokens } from '../../db/schema';
import { DomainError, InvalidInput } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { pickContact } from './pick-contact';
import { requirePortalOpen } from './portal-closed';
import { portalTargetsOfClient, type PortalTarget } from './portal-targets';
import { sendPortalEmail } from './send-portal-email';
import { issuePortalToken } from './tokens';

const Ref = z.union([z.string().trim().min(1), z.number().int().positive()]);
export const InvitePortalInput = z.object({ client: Ref, contact: Ref.optional() });

export type InvitePortalResult = {
  client: { id: number; name: string };
  invited: Array<{ contactId: number; name: string | null; email: string }>;
  alreadyInvitedToday: Array<{ contactId: number; name: string | null; email: string }>;
  activityIds: number[];
};

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export async function invitePortal({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<InvitePortalResult> {
  const actor = requireClientAccess(ctx.actor);
  const parsed = InvitePortalInput.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'input'), message: i.message })));
  const { workspaceId } = actor;
  await requirePortalOpen(ctx.db, workspaceId, 'send portal invitations');
  const client = await resolveClient(ctx.db, ctx, parsed.data.client);
  if (client.archivedAt) throw new DomainError('conflict', `${client.name} is archived; unarchive it before inviting its contacts to the portal.`);
  if (!client.portalEnabled) throw new DomainError('conflict', `The portal is off for ${client.name}. Turn it on first (setPortalAccess).`);
  let targets: PortalTarget[];
  if (parsed.data.contact !== undefined) {
    const contact = await pickContact(ctx.db, workspaceId, client.id, parsed.data.contact);
    if (!contact.email) throw new InvalidInput([{ field: 'contact', message: `${contact.name ?? 'That contact'} has no email address.` }]);
    if (!contact.portalEnabled) throw new DomainError('conflict', `The portal is off for ${contact.name ?? contact.email}. Turn it on first.`);
    targets = await portalTargetsOfClient(ctx.db, workspaceId, client.id, contact.id);
  } else {
    targets = await portalTargetsOfClient(ctx.db, workspaceId, client.id);
    if (!targets.length) throw new DomainError('conflict', `${client.name} has no portal-enabled contact with an email address.`);
  }
  const day = dayOf(ctx.now());
  const dayStart = new Date(`${day}T00:00:00.000Z`);
  const result: InvitePortalResult = { client: { id: client.id, name: client.name }, invited: [], alreadyInvitedToday: [], activityIds: [] };
  for (const target of targets) {
    const who = { contactId: target.contactId, name: target.contactName, email: target.email };
    // Checked and written in one write transaction: concurrent retries see each other's invitation.
    const issued = await ctx.db.transaction(async (tx) => {
      const [done] = await tx.select({ id: activities.id }).from(activities).where(and(
        eq(activities.workspaceId, workspaceId), eq(activities.verb, 'portal.invited'), eq(activities.entityId, target.contactId),
        gte(activities.createdAt, dayStart),
      )).limit(1);
      if (done) return null;
      const token = await issuePortalToken(tx, target, ctx.now());
      const activityId = await recordActivity(tx, ctx, {
        verb: 'portal.invited', entityType: 'portal', entityId: target.contactId, clientId: client.id,
        summary: `Invited ${target.contactName ?? target.email} (${target.email}) to the ${client.name} portal`,
        after: { email: target.email },
      });
      return { ...token, activityId };
    });
    if (!issued) { result.alreadyInvitedToday.push(who); continue; }
    try {
      await sendPortalEmail(ctx, target, issued.token, {
        kind: 'invite', inviterName: actor.kind === 'member' ? actor.name : null, idempotencyKey: `invite/${target.contactId}/${day}`,
      });
    } catch (err) {
      // Not sent: the invitation did not happen, so a retry may issue it again.
      await ctx.db.transaction(async (tx) => {
        await tx.delete(signInTokens).where(eq(signInTokens.id, issued.id));
        await tx.delete(activities).where(inArray(activities.id, [issued.activityId]));
      });
      throw err;
    }
    result.invited.push(who);
    result.activityIds.push(issued.activityId);
  }
  return result;
}
