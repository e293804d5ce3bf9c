// regeneratePortalLink: bumps the client's portal_epoch, so every earlier link and session stops working at
// once; contacts then sign in again with a new link (an invitation, or "email me a link" on /portal).
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { portalHomeUrl } from './policy';
import { revokePortalAccess } from './tokens';

export const RegeneratePortalLinkInput = z.object({ client: z.union([z.string().trim().min(1), z.number().int().positive()]) });

export async function regeneratePortalLink({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const actor = requireClientAccess(ctx.actor);
  const parsed = RegeneratePortalLinkInput.safeParse(input);
  if (!parsed.success) throw new InvalidInput([{ field: 'client', message: 'Say which client.' }]);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, parsed.data.client);
    const [row] = await tx.update(clients).set({ portalEpoch: sql`${clients.portalEpoch} + 1`, updatedAt: now })
      .where(eq(clients.id, client.id)).returning({ portalEpoch: clients.portalEpoch });
    const ended = await revokePortalAccess(tx, { workspaceId: actor.workspaceId, clientId: client.id, now });
    const activityId = await recordActivity(tx, ctx, {
      verb: 'portal.regenerated', entityType: 'client', entityId: client.id, clientId: client.id,
      summary: `Regenerated the portal link for ${client.name}: ${ended.sessions} session(s) and ${ended.links} link(s) ended`,
      before: { portalEpoch: client.portalEpoch }, after: { portalEpoch: row.portalEpoch },
    });
    return {
      client: { id: client.id, name: client.name }, portalEpoch: row.portalEpoch,
      endedSessions: ended.sessions, endedLinks: ended.links, portalUrl: portalHomeUrl(ctx.config.publicUrl), activityId,
    };
  });
}
