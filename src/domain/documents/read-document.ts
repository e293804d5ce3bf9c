// The bytes of one document, for a download. A team member reads any live document of the workspace; a portal
// contact only a shared, live document of their own client. Every other id (another client's, another
// workspace's, a team-only or deleted one) is the same NotFound, so the portal's 404 tells nothing apart.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { documents } from '../../db/schema';
import { NotFound } from '../../errors';
import { requireClientAccess } from '../access';
import type { DocumentRow } from './document-views';

const Id = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export async function readDocument({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ document: DocumentRow; bytes: Uint8Array }> {
  const parsed = Id.safeParse(input);
  if (!parsed.success) throw new NotFound('document');
  const { actor } = ctx;
  const scope = [eq(documents.id, parsed.data.id), eq(documents.workspaceId, actor.workspaceId), isNull(documents.deletedAt)];
  if (actor.kind === 'contact') {
    if (actor.channel !== 'portal') throw new NotFound('document');
    scope.push(eq(documents.clientId, actor.clientId), eq(documents.shared, true));
  } else {
    requireClientAccess(actor);
  }
  const [row] = await ctx.db.select().from(documents).where(and(...scope)).limit(1);
  const bytes = row && ctx.documents ? await ctx.documents.read(row.storageKey) : null;
  if (!row || !bytes) throw new NotFound('document');
  return { document: row, bytes };
}
