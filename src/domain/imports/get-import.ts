// One import of a workspace by its exact id (a button's value), or undefined: the Slack import card reads it
// before applying. People's typed ids go through findImport instead.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { csvImports } from '../../db/schema';
import { importColumns, type ImportRecord } from './find-import';

export async function getImport(db: DbOrTx, workspaceId: number, id: string): Promise<ImportRecord | undefined> {
  const [row] = await db.select(importColumns).from(csvImports).where(and(eq(csvImports.workspaceId, workspaceId), eq(csvImports.id, id))).limit(1);
  return row;
}
