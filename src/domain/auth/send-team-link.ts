// Issues a team sign-in link for one member (hashed at rest) and emails it to the address stored on the member.
import { eq } from 'drizzle-orm';
import { teamSignInSubject } from '../../../emails/team-sign-in';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { signInTokens, workspaces } from '../../db/schema';
import { renderTemplate } from '../../mail/render-email';
import { hashToken, newToken } from './tokens';
import { TEAM_LINK_TTL_MS, teamLinkUrl } from './policy';

export type TeamLinkTarget = { id: number; email: string; workspaceId: number };

export async function insertTeamToken(db: DbOrTx, ctx: Ctx, member: TeamLinkTarget, ttlMs = TEAM_LINK_TTL_MS) {
  const token = newToken();
  const tokenHash = hashToken(token);
  const now = ctx.now();
  await db.insert(signInTokens).values({
    workspaceId: member.workspaceId, purpose: 'team', memberId: member.id, email: member.email, tokenHash,
    expiresAt: new Date(now.getTime() + ttlMs), createdAt: now,
  });
  return { link: teamLinkUrl(ctx.config.publicUrl, token), tokenHash, ttlMs };
}

export async function emailTeamLink(ctx: Ctx, member: TeamLinkTarget, issued: { link: string; tokenHash: string; ttlMs: number }, invitedBy?: string) {
  const [ws] = await ctx.db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, member.workspaceId));
  const props = { workspaceName: ws?.name ?? 'Clientele', link: issued.link, minutes: Math.round(issued.ttlMs / 60000), invitedBy };
  const { html, text } = await renderTemplate('team-sign-in', props);
  const subject = teamSignInSubject(props);
  await ctx.mailer.send({
    to: member.email, subject, html, text, links: [issued.link],
    idempotencyKey: `team-sign-in/${issued.tokenHash.slice(0, 32)}`, tags: { kind: 'team-sign-in' },
  });
}
