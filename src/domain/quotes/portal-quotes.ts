// The quotes a signed-in portal contact sees: the pending ones (sent, still valid) on the overview, and any quote
// that was sent to their client on its own page. Drafts and other clients' quotes do not exist for them.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { projects, quotes } from '../../db/schema';
import { NotFound } from '../../errors';
import { isoDay } from '../ledger/schemas';
import { requireContact } from '../portal/portal-actor';
import { toQuoteView, type QuoteView } from './quote-views';

const VISIBLE = ['sent', 'accepted', 'declined'] as const;

/** Sent and not expired: the quotes waiting for the client's Accept or Decline, newest first. */
export async function listPortalQuotes({ ctx }: { ctx: Ctx }): Promise<QuoteView[]> {
  const me = requireContact(ctx.actor);
  const rows = await ctx.db.select().from(quotes)
    .where(and(eq(quotes.workspaceId, me.workspaceId), eq(quotes.clientId, me.clientId), eq(quotes.status, 'sent')))
    .orderBy(desc(quotes.id));
  const today = isoDay(ctx.now());
  return rows.map((q) => toQuoteView(q, today)).filter((q) => q.state === 'sent');
}

export async function getPortalQuote({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<QuoteView> {
  const me = requireContact(ctx.actor);
  const parsed = z.object({ id: z.coerce.number().int().positive() }).safeParse(input);
  if (!parsed.success) throw new NotFound('quote');
  const { id } = parsed.data;
  const [row] = await ctx.db.select({ q: quotes, projectName: projects.name }).from(quotes)
    .leftJoin(projects, and(eq(projects.id, quotes.projectId), eq(projects.clientId, quotes.clientId)))
    .where(and(eq(quotes.id, id), eq(quotes.workspaceId, me.workspaceId), eq(quotes.clientId, me.clientId), inArray(quotes.status, [...VISIBLE])))
    .limit(1);
  if (!row) throw new NotFound('quote');
  return toQuoteView(row.q, isoDay(ctx.now()), row.projectName);
}
