// The name portal pages carry before anyone is signed in: the workspace's, or that of the workspace a sign-in link
// belongs to (read only: mail scanners fetch links, so reading one never consumes it). Pages anyone can open
// (the /portal form, its answer, an unknown link) name a workspace only when the deployment has just one:
// /portal serves every workspace (each OAuth-installed Slack team's), whose contacts must not see another's name.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { signInTokens, workspaces } from '../../db/schema';
import { hashToken } from '../auth/tokens';

export async function workspaceBrand(db: DbOrTx, workspaceId: number): Promise<string> {
  const [w] = await db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return w?.name ?? 'Clientele';
}

/** The deployment's name when it is its only workspace; null (a neutral page) when it serves several. */
export async function publicPortalBrand(db: DbOrTx, workspaceId: number): Promise<string | null> {
  const some = await db.select({ id: workspaces.id }).from(workspaces).limit(2);
  return some.length > 1 ? null : workspaceBrand(db, workspaceId);
}

/** The workspace a portal sign-in link was made for, if the link exists (used or not). */
export async function portalLinkWorkspace(db: DbOrTx, token: string): Promise<number | undefined> {
  const [row] = await db.select({ ws: signInTokens.workspaceId }).from(signInTokens)
    .where(and(eq(signInTokens.tokenHash, hashToken(token)), eq(signInTokens.purpose, 'portal'))).limit(1);
  return row?.ws;
}
