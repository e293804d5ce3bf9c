// On a new database (no owner yet) `npm start` prints a one-time link that makes the first owner.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { members, signInTokens } from '../../db/schema';
import { FIRST_OWNER_LINK_TTL_MS, firstOwnerLinkUrl } from './policy';
import { hashToken, newToken } from './tokens';

export async function issueFirstOwnerLink(db: Db, opts: { workspaceId: number; publicUrl: string; now: Date }): Promise<string | null> {
  const [owner] = await db.select({ id: members.id }).from(members)
    .where(and(eq(members.workspaceId, opts.workspaceId), eq(members.role, 'owner'), isNull(members.removedAt))).limit(1);
  if (owner) return null;
  const token = newToken();
  await db.insert(signInTokens).values({
    workspaceId: opts.workspaceId, purpose: 'first_owner', tokenHash: hashToken(token),
    expiresAt: new Date(opts.now.getTime() + FIRST_OWNER_LINK_TTL_MS), createdAt: opts.now,
  });
  return firstOwnerLinkUrl(opts.publicUrl, token);
}
