// The name portal pages carry before anyone is signed in: the workspace's, or that of the workspace a sign-in link
// belongs to (read only: mail scanners fetch links, so reading one never consumes it).
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { signInTokens, workspaces } from '../../db/schema';
import { hashToken } from '../auth/tokens';

export async function workspaceBrand(db: DbOrTx, workspaceId: number): Promise<string> {
  const [w] = await db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return w?.name ?? 'Clientele';
}

/** The workspace a portal sign-in link was made for, if the link exists (used or not). */
export async function portalLinkWorkspace(db: DbOrTx, token: string): Promise<number | undefined> {
  const [row] = await db.select({ ws: signInTokens.workspaceId }).from(signInTokens)
    .where(and(eq(signInTokens.tokenHash, hashToken(token)), eq(signInTokens.purpose, 'portal'))).limit(1);
  return row?.ws;
}
