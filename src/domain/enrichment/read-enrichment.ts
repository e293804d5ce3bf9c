// What the last website enrichment of a client found (for the client page): its state, error and proposals.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients } from '../../db/schema';
import { NotFound } from '../../errors';
import { requireClientAccess } from '../access';
import type { EnrichmentData } from './enrich-client';

export type EnrichmentView = {
  state: 'none' | 'succeeded' | 'skipped' | 'failed';
  error: string | null;
  enrichedAt: string | null;
  data: EnrichmentData | null;
};

export async function readEnrichment(db: DbOrTx, ctx: Ctx, clientId: number): Promise<EnrichmentView> {
  requireClientAccess(ctx.actor);
  const [c] = await db.select({ state: clients.enrichmentState, error: clients.enrichmentError, at: clients.enrichedAt, data: clients.enrichmentData })
    .from(clients).where(and(eq(clients.workspaceId, ctx.actor.workspaceId), eq(clients.id, clientId))).limit(1);
  if (!c) throw new NotFound('client');
  return { state: c.state, error: c.error, enrichedAt: c.at?.toISOString() ?? null, data: (c.data as EnrichmentData | null) ?? null };
}
