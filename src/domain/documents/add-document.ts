// addDocument: stores a file a team member attaches to a client (checked by document-rules.ts), shared into the
// portal or kept for the team. The bytes go to the private store first; if the row cannot be written they are
// removed again, so no file outlives a failed add. Undo hides it again (deleted_at), like a delete.
import { z } from 'zod';
import type { Ctx } from '../../context';
import { documents } from '../../db/schema';
import { DomainError } from '../../errors';
import { actorMemberId, requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { checkDocument, titleFromFilename } from './document-rules';
import { sizeLabel, toDocumentView, type DocumentView } from './document-views';

export const AddDocumentInput = z.object({
  client: Ref,
  file: z.object({ name: z.string({ error: 'needs a name' }), bytes: z.instanceof(Uint8Array, { error: 'must be the file content' }) }, { error: 'is required' }),
  title: z.string().trim().max(200, 'is longer than 200 characters').optional(),
  shared: z.boolean().optional(),
});

export type AddDocumentResult = { document: DocumentView; client: { id: number; name: string }; activityId: number };

export async function addDocument({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<AddDocumentResult> {
  requireClientAccess(ctx.actor);
  const data = parseInput(AddDocumentInput, input);
  const store = ctx.documents;
  if (!store) throw new DomainError('unavailable', 'Documents need private storage, which this server does not have.');
  const { filename, contentType } = checkDocument(data.file.name, data.file.bytes);
  const client = await resolveClient(ctx.db, ctx, data.client);
  const key = await store.put(data.file.bytes);
  try {
    return await ctx.db.transaction(async (tx) => {
      const now = ctx.now();
      const title = data.title || titleFromFilename(filename);
      const shared = data.shared ?? false;
      const [row] = await tx.insert(documents).values({
        workspaceId: ctx.actor.workspaceId, clientId: client.id, title, filename, contentType, bytes: data.file.bytes.byteLength,
        storageKey: key, shared, addedBy: actorMemberId(ctx.actor), createdAt: now, updatedAt: now,
      }).returning();
      const activityId = await recordActivity(tx, ctx, {
        verb: 'document.added', entityType: 'document', entityId: row.id, clientId: client.id,
        summary: `Added the document "${title}" (${filename}, ${sizeLabel(row.bytes)}) to ${client.name}${shared ? ', shared in the portal' : ', team only'}`,
        after: { title, filename, shared },
      });
      return { document: toDocumentView(row), client: { id: client.id, name: client.name }, activityId };
    });
  } catch (err) {
    await store.remove(key).catch(() => {});
    throw err;
  }
}
