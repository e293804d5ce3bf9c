// The secret that signs agent approvals when APPROVAL_SECRET is not set: 256 random bits made on first start
// and kept on the workspace row, so every process and restart on this database signs alike and nobody can
// compute it from a guessable value (it used to be derived from the database URL).
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { workspaces } from '../../db/schema';

export async function ensureApprovalSecret(db: DbOrTx, workspaceId: number): Promise<string> {
  const read = async () => (await db.select({ s: workspaces.approvalSecret }).from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1))[0];
  const row = await read();
  if (!row) throw new Error(`Workspace ${workspaceId} does not exist.`);
  if (row.s) return row.s;
  // Only the first writer wins (another process may start at the same moment); everyone reads the winner's.
  await db.update(workspaces).set({ approvalSecret: randomBytes(32).toString('base64url') })
    .where(and(eq(workspaces.id, workspaceId), isNull(workspaces.approvalSecret)));
  const stored = (await read())?.s;
  if (!stored) throw new Error('The approval secret could not be stored.');
  return stored;
}
