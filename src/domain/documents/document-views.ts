// Documents as the team and the portal see them, and the lookup of one by a person's reference within a client.
import { and, eq, isNull, like, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { documents } from '../../db/schema';
import { Ambiguous, InvalidInput, NotFound } from '../../errors';
import { escapeLike } from '../normalize/escape-like';

export type DocumentRow = typeof documents.$inferSelect;
export type DocumentView = {
  id: number; clientId: number; title: string; filename: string; contentType: string; bytes: number; shared: boolean; createdAt: string;
};

export const toDocumentView = (d: DocumentRow): DocumentView => ({
  id: d.id, clientId: d.clientId, title: d.title, filename: d.filename, contentType: d.contentType, bytes: d.bytes, shared: d.shared,
  createdAt: d.createdAt.toISOString(),
});

export const sizeLabel = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** The client's live documents, newest first. */
export async function listClientDocuments(db: DbOrTx, workspaceId: number, clientId: number, opts: { sharedOnly?: boolean } = {}): Promise<DocumentView[]> {
  const rows = await db.select().from(documents).where(and(
    eq(documents.workspaceId, workspaceId), eq(documents.clientId, clientId), isNull(documents.deletedAt),
    opts.sharedOnly ? eq(documents.shared, true) : undefined,
  )).orderBy(sql`${documents.id} DESC`);
  return rows.map(toDocumentView);
}


/** "3", "#3", "doc 3", "id:3", a title or file name, or part of one; only live documents of this client. */
export async function resolveDocument(db: DbOrTx, ctx: Ctx, clientId: number, ref: string | number): Promise<DocumentRow> {
  const text = String(ref ?? '').trim();
  if (!text) throw new InvalidInput([{ field: 'document', message: 'Say which document (its title, file name or number).' }]);
  const scope = and(eq(documents.workspaceId, ctx.actor.workspaceId), eq(documents.clientId, clientId), isNull(documents.deletedAt));
  const pick = (where: ReturnType<typeof and>) => db.select().from(documents).where(and(scope, where)).limit(11);
  const num = /^(?:id:|#|doc(?:ument)?\s*#?)?\s*(\d+)$/i.exec(text);
  const tiers = [
    ...(num ? [() => pick(eq(documents.id, Number(num[1])))] : []),
    () => pick(or(sql`${documents.title} = ${text} COLLATE NOCASE`, sql`${documents.filename} = ${text} COLLATE NOCASE`)),
    () => pick(or(like(documents.title, `%${escapeLike(text)}%`), like(documents.filename, `%${escapeLike(text)}%`))),
  ];
  for (const tier of tiers) {
    const rows = await tier();
    if (rows.length === 1) return rows[0];
    if (rows.length > 1) {
      throw new Ambiguous('document', text, rows.slice(0, 10).map((d) => ({ id: d.id, label: d.title, detail: `${d.filename} · ${d.shared ? 'shared' : 'team only'}` })));
    }
  }
  throw new NotFound('document', text);
}
