// setPortalAccess: the portal switch of a client (no `contact`) or of one contact. Turning it off ends every
// session and unused link of that client (or contact) at once; for a client it also bumps portal_epoch.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients, contacts } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { pickContact } from './pick-contact';
import { revokePortalAccess } from './tokens';

const Ref = z.union([z.string().trim().min(1), z.number().int().positive()]);
const Bool = z.union([z.boolean(), z.enum(['true', 'false', 'on', 'off']).transform((v) => v === 'true' || v === 'on')]);
export const SetPortalAccessInput = z.object({ client: Ref, enabled: Bool, contact: Ref.optional() });

export type SetPortalAccessResult = {
  client: { id: number; name: string }; contact: { id: number; name: string | null; email: string | null } | null;
  enabled: boolean; changed: boolean; endedSessions: number; endedLinks: number; activityId: number | null;
};

export async function setPortalAccess({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<SetPortalAccessResult> {
  const actor = requireClientAccess(ctx.actor);
  const parsed = SetPortalAccessInput.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'input'), message: i.message })));
  const { enabled } = parsed.data;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, parsed.data.client);
    const contact = parsed.data.contact !== undefined ? await pickContact(tx, actor.workspaceId, client.id, parsed.data.contact) : null;
    const before = contact ? contact.portalEnabled : client.portalEnabled;
    // Already off still ends any session or link left behind; a switch that changes nothing writes nothing
    // (no updated_at, no portal_epoch bump, no activity) and answers changed: false.
    const ended = enabled ? { links: 0, sessions: 0 }
      : await revokePortalAccess(tx, { workspaceId: actor.workspaceId, clientId: client.id, contactId: contact?.id, now });
    const changed = before !== enabled || ended.links + ended.sessions > 0;
    if (changed && contact) await tx.update(contacts).set({ portalEnabled: enabled, updatedAt: now }).where(eq(contacts.id, contact.id));
    else if (changed) {
      await tx.update(clients).set({
        portalEnabled: enabled, updatedAt: now, ...(enabled ? {} : { portalEpoch: sql`${clients.portalEpoch} + 1` }),
      }).where(eq(clients.id, client.id));
    }
    const label = contact ? `${contact.name ?? contact.email} at ${client.name}` : client.name;
    const activityId = changed ? await recordActivity(tx, ctx, {
      verb: enabled ? 'portal.enabled' : 'portal.disabled', entityType: contact ? 'contact' : 'client',
      entityId: contact?.id ?? client.id, clientId: client.id,
      summary: `Turned the portal ${enabled ? 'on' : 'off'} for ${label}${enabled ? '' : ` (${ended.sessions} session(s) and ${ended.links} link(s) ended)`}`,
      before: { portalEnabled: before }, after: { portalEnabled: enabled },
    }) : null;
    return {
      client: { id: client.id, name: client.name },
      contact: contact ? { id: contact.id, name: contact.name, email: contact.email } : null,
      enabled, changed, endedSessions: ended.sessions, endedLinks: ended.links, activityId,
    };
  });
}
