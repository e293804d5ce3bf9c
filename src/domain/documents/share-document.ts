// shareDocument: shows a document in the client's portal or takes it back to team-only.
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

export const ShareDocumentInput = z.object({
  client: Ref,
  document: Ref,
  shared: z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean({ error: 'must be true or false' })),
});

export async function shareDocument({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{
  document: DocumentView; client: { id: number; name: string }; changed: boolean; activityId: number | null;
}> {
  requireClientAccess(ctx.actor);
  const data = parseInput(ShareDocumentInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, data.client);
    const doc = await resolveDocument(tx, ctx, client.id, data.document);
    const summary = { id: client.id, name: client.name };
    if (doc.shared === data.shared) return { document: toDocumentView(doc), client: summary, changed: false, activityId: null };
    const now = ctx.now();
    const [row] = await tx.update(documents).set({ shared: data.shared, updatedAt: now })
      .where(and(eq(documents.id, doc.id), eq(documents.workspaceId, ctx.actor.workspaceId))).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'document.shared', entityType: 'document', entityId: doc.id, clientId: client.id,
      summary: data.shared ? `Shared the document "${doc.title}" in the ${client.name} portal` : `Took the document "${doc.title}" out of the ${client.name} portal (team only)`,
      before: { shared: doc.shared }, after: { shared: data.shared },
    });
    return { document: toDocumentView(row), client: summary, changed: true, activityId };
  });
}
