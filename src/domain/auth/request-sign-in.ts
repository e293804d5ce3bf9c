// "Email me a sign-in link": the answer never says whether the address belongs to a member. The caller
// runs this off the request path, so the response takes the same time either way.
import { and, count, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { members, signInTokens } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { MAX_LINKS_PER_HOUR } from './policy';
import { emailTeamLink, insertTeamToken } from './send-team-link';

export const RequestSignInInput = z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email()) });

export function parseSignInEmail(input: unknown): string {
  const parsed = RequestSignInInput.safeParse(input);
  if (!parsed.success) throw new InvalidInput([{ field: 'email', message: 'Enter an email address like you@studio.com.' }]);
  return parsed.data.email;
}

/** Sends a link when the address is a member of the actor's workspace; otherwise does nothing. Returns whether it sent. */
export async function requestSignIn({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<boolean> {
  const email = parseSignInEmail(input);
  const workspaceId = ctx.actor.workspaceId;
  const [member] = await ctx.db.select().from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.email, email))).limit(1);
  if (!member?.email || member.removedAt) return false;
  const hourAgo = new Date(ctx.now().getTime() - 60 * 60 * 1000);
  const [recent] = await ctx.db.select({ n: count() }).from(signInTokens)
    .where(and(eq(signInTokens.memberId, member.id), eq(signInTokens.purpose, 'team'), gt(signInTokens.createdAt, hourAgo)));
  if ((recent?.n ?? 0) >= MAX_LINKS_PER_HOUR) {
    ctx.log.warn({ memberId: member.id }, 'sign-in link limit reached; no email sent');
    return false;
  }
  const target = { id: member.id, email: member.email, workspaceId };
  const issued = await insertTeamToken(ctx.db, ctx, target);
  await emailTeamLink(ctx, target, issued);
  return true;
}
