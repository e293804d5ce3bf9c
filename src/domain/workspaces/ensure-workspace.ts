// The deployment's own workspace: the one the web chat, the terminal and a single-team Slack install share.
import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workspaces } from '../../db/schema';

export type WorkspaceRow = typeof workspaces.$inferSelect;

export async function ensureDefaultWorkspace(db: Db, name: string): Promise<WorkspaceRow> {
  return db.transaction(async (tx) => {
    const [first] = await tx.select().from(workspaces).orderBy(asc(workspaces.id)).limit(1);
    if (first) return first;
    const [created] = await tx.insert(workspaces).values({ name }).returning();
    return created;
  });
}
