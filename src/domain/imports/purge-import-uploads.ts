// Uploaded CSVs are kept in csv_imports only as long as they are useful: a dry run not applied within a week
// is deleted (applying it later answers "not found"); an applied or failed one keeps its report and hash but
// loses the file's text. The server runs this on its purge timer.
import { and, inArray, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { csvImports } from '../../db/schema';

export const IMPORT_UPLOAD_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

export async function purgeImportUploads(db: DbOrTx, now: Date): Promise<{ deleted: number; emptied: number }> {
  const before = new Date(now.getTime() - IMPORT_UPLOAD_KEEP_MS);
  const deleted = await db.delete(csvImports)
    .where(and(inArray(csvImports.status, ['dry_run']), lt(csvImports.createdAt, before))).returning({ id: csvImports.id });
  const emptied = await db.update(csvImports).set({ content: '' })
    .where(and(inArray(csvImports.status, ['applied', 'failed']), lt(csvImports.createdAt, before), ne(csvImports.content, '')))
    .returning({ id: csvImports.id });
  return { deleted: deleted.length, emptied: emptied.length };
}
