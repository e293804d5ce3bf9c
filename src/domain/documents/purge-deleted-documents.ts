// Deleted documents stay restorable for the undo window; after it, their bytes and rows go (the server's purge
// timer calls this every hour), so a deleted file does not linger in private storage.
import { and, eq, isNotNull, lt } from 'drizzle-orm';
import type { DocumentStore } from '../../context';
import type { Db } from '../../db/client';
import { documents } from '../../db/schema';

export async function purgeDeletedDocuments(db: Db, store: DocumentStore | undefined, now: Date, undoWindowMs: number): Promise<number> {
  if (!store) return 0;
  const cutoff = new Date(now.getTime() - undoWindowMs);
  const gone = await db.select({ id: documents.id, key: documents.storageKey }).from(documents)
    .where(and(isNotNull(documents.deletedAt), lt(documents.deletedAt, cutoff)));
  for (const d of gone) {
    await store.remove(d.key);
    await db.delete(documents).where(eq(documents.id, d.id));
  }
  return gone.length;
}
