// "Email me a sign-in link" on /portal. The route answers the same page at once for any address and runs this
// off the request path; a link goes only to the address stored on an eligible contact, at most 5 per hour.
import { z } from 'zod';
import type { Ctx } from '../../context';
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
  const { workspaceId } = ctx.actor;
  // Housekeeping rides on this off-request work: expired links and sessions do not pile up.
  await purgeExpiredPortalRows(ctx.db, ctx.now());
  const found = await portalTargetsByEmail(ctx.db, workspaceId, parsed.data.email);
  let sent = 0;
  for (const target of found) {
    const issued = await ctx.db.transaction(async (tx) => {
      // Counted and issued in one write transaction, so concurrent requests cannot overshoot the limit.
      if ((await recentPortalLinks(tx, workspaceId, target.email, ctx.now())) >= MAX_PORTAL_LINKS_PER_HOUR) return null;
      return issuePortalToken(tx, target, ctx.now());
    });
    if (!issued) {
      ctx.log.warn({ contactId: target.contactId }, 'portal link limit reached; no email sent');
      continue;
    }
    await sendPortalEmail(ctx, target, issued.token, { kind: 'sign-in', idempotencyKey: `portal-link/${issued.id}`, next: parsed.data.next });
    sent++;
  }
  return sent;
}
