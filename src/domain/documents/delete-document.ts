// deleteDocument: takes a document away from the team and the portal. The row is kept with deleted_at (and the
// bytes with it) so the undo can bring it back; the purge removes both once the undo window has passed.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { documents } from '../../db/schema';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { resolveDocument, toDocumentView, type DocumentView } from './document-views';

export const DeleteDocumentInput = z.object({ client: Ref, document: Ref });

export async function deleteDocument({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{
  document: DocumentView; client: { id: number; name: string }; activityId: number;
}> {
  requireClientAccess(ctx.actor);
  const data = parseInput(DeleteDocumentInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, data.client);
    const doc = await resolveDocument(tx, ctx, client.id, data.document);
    const now = ctx.now();
    await tx.update(documents).set({ deletedAt: now, updatedAt: now })
      .where(and(eq(documents.id, doc.id), eq(documents.workspaceId, ctx.actor.workspaceId)));
    const activityId = await recordActivity(tx, ctx, {
      verb: 'document.deleted', entityType: 'document', entityId: doc.id, clientId: client.id,
      summary: `Deleted the document "${doc.title}" (${doc.filename}) from ${client.name}${doc.shared ? ' and its portal' : ''}`,
      before: { title: doc.title, shared: doc.shared }, after: null,
    });
    return { document: toDocumentView(doc), client: { id: client.id, name: client.name }, activityId };
  });
}
