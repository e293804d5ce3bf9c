// "Email me a sign-in link" on /portal. The route answers the same page at once for any address and runs this
// off the request path. /portal is one form for the whole deployment, so the address is looked up in every
// workspace (the deployment's own and each OAuth-installed Slack team's): each eligible contact with exactly
// that stored address gets its own email, whose link is bound to that contact's workspace and client only.
// At most 5 links per address per hour in each workspace (invitations count too).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx, SystemActor } from '../../context';
import { activities, signInTokens } from '../../db/schema';
import { recordActivity } from '../activity/record-activity';
import { MAX_PORTAL_LINKS_PER_HOUR } from './policy';
import { safePortalPath } from './portal-next';
import { portalTargetsByEmail } from './portal-targets';
import { sendPortalEmail } from './send-portal-email';
import { issuePortalToken, purgeExpiredPortalRows, recentPortalLinks } from './tokens';

// next: the portal page the contact was sent away from; anything but a plain /portal/ path is dropped, not refused.
export const RequestPortalLinkInput = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  next: z.unknown().optional().transform(safePortalPath),
});

/** Returns how many links were sent (for tests and logs only; never shown to the person asking). */
export async function requestPortalLink({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<number> {
  const parsed = RequestPortalLinkInput.safeParse(input);
  if (!parsed.success) return 0;
  // Housekeeping rides on this off-request work: expired links and sessions do not pile up.
  await purgeExpiredPortalRows(ctx.db, ctx.now());
  const found = await portalTargetsByEmail(ctx.db, parsed.data.email);
  // A page to return to belongs to one client's portal: kept only when the address has just one.
  const next = found.length === 1 ? parsed.data.next : undefined;
  let sent = 0;
  for (const target of found) {
    // Whoever asked is not signed in: each link is issued and recorded by the sign-in form, in its own workspace.
    const actor: SystemActor = { kind: 'system', workspaceId: target.workspaceId, channel: 'system', name: 'Portal sign-in' };
    const issued = await ctx.db.transaction(async (tx) => {
      // Counted and issued in one write transaction, so concurrent requests cannot overshoot the limit.
      if ((await recentPortalLinks(tx, target.workspaceId, target.email, ctx.now())) >= MAX_PORTAL_LINKS_PER_HOUR) return null;
      const token = await issuePortalToken(tx, target, ctx.now());
      const activityId = await recordActivity(tx, { ...ctx, actor }, {
        verb: 'portal.link_sent', entityType: 'portal', entityId: target.contactId, clientId: target.clientId,
        summary: `Sent ${target.contactName ?? target.email} (${target.email}) the portal sign-in link they asked for`,
      });
      return { ...token, activityId };
    });
    if (!issued) {
      ctx.log.warn({ contactId: target.contactId }, 'portal link limit reached; no email sent');
      continue;
    }
    try {
      await sendPortalEmail({ ...ctx, actor }, target, issued.token, { kind: 'sign-in', idempotencyKey: `portal-link/${issued.id}`, next });
      sent++;
    } catch (err) {
      // Not sent: neither the link nor the history line stays, and the other workspaces' emails still go.
      ctx.log.error({ err, contactId: target.contactId }, 'portal sign-in email failed');
      await ctx.db.transaction(async (tx) => {
        await tx.delete(signInTokens).where(eq(signInTokens.id, issued.id));
        await tx.delete(activities).where(eq(activities.id, issued.activityId));
      });
    }
  }
  return sent;
}
