// An import as a person types its id back: exactly as printed (ids may start or end with "-" or "_"), or copied
// with the quotes, backticks or full stop around it, or with those end characters lost by a chat's formatting.
// Only the actor's workspace; several ids that fit a damaged one is no match. The file's text is read apart
// (readImportContent), by the one step that needs it: 10,000 rows are 1.5 MB, read in one synchronous call.
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { csvImports } from '../../db/schema';
import { NotFound } from '../../errors';

export type ImportRecord = Omit<typeof csvImports.$inferSelect, 'content'>;
const { content: _content, ...head } = getTableColumns(csvImports);
/** Every column of an import but the file's text. */
export const importColumns = head;

/** The file's text of an import found before (by findImport or getImport). */
export async function readImportContent(db: DbOrTx, ctx: Ctx, id: string): Promise<string> {
  const [row] = await db.select({ content: csvImports.content }).from(csvImports)
    .where(and(eq(csvImports.workspaceId, ctx.actor.workspaceId), eq(csvImports.id, id))).limit(1);
  if (!row) throw new NotFound('import', id);
  return row.content;
}

const unwrap = (s: string) => s.trim().replace(/^[`'"“‘«<([]+|[`'"”’»>)\].,;:!?]+$/g, '').replace(/^(?:import|id)[\s:#]+/i, '');
const core = (s: string) => s.replace(/^[-_]+|[-_]+$/g, '');

export async function findImport(db: DbOrTx, ctx: Ctx, typed: string): Promise<ImportRecord> {
  const ws = eq(csvImports.workspaceId, ctx.actor.workspaceId);
  for (const id of new Set([typed, typed.trim(), unwrap(typed)])) {
    if (!id) continue;
    const [row] = await db.select(head).from(csvImports).where(and(ws, eq(csvImports.id, id))).limit(1);
    if (row) return row;
  }
  const c = core(unwrap(typed));
  if (c.length >= 8 && /^[A-Za-z0-9_-]+$/.test(c)) {
    const rows = await db.select(head).from(csvImports)
      .where(and(ws, sql`${csvImports.id} LIKE ${`%${c.replace(/[\\%_]/g, (x) => `\\${x}`)}%`} ESCAPE '\\'`)).limit(5);
    const fits = rows.filter((r) => core(r.id) === c);
    if (fits.length === 1) return fits[0];
  }
  throw new NotFound('import', typed.trim());
}
