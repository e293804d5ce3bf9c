// acceptQuote / declineQuote: a portal contact decides a sent quote of their own client, once, with an optional
// comment. Accepting starts the project named after the quote and links it; an expired quote cannot be accepted.
// Another client's quote, a draft, or a made-up id are the same NotFound (the portal's 404). The team hears of
// it in the history, on the client page and, when the messages channel is set up, in Slack.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import type { Tx } from '../../db/client';
import { clients, projects, quotes } from '../../db/schema';
import { Conflict, DomainError, NotFound } from '../../errors';
import { recordActivity } from '../activity/record-activity';
import { isoDay } from '../ledger/schemas';
import { optText } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { requireContact } from '../portal/portal-actor';
import { announceDecision } from './announce-decision';
import { isExpired, quoteLabel, toQuoteView, type QuoteView } from './quote-views';

export const DecideQuoteInput = z.object({ id: z.unknown(), comment: optText(1000) });
const QuoteId = z.coerce.number().int().positive();

export type DecideQuoteResult = { quote: QuoteView; project: { id: number; name: string } | null; activityId: number };

export const acceptQuote = ({ ctx, input }: { ctx: Ctx; input: unknown }) => decideQuote(ctx, input, 'accepted');
export const declineQuote = ({ ctx, input }: { ctx: Ctx; input: unknown }) => decideQuote(ctx, input, 'declined');

async function decideQuote(ctx: Ctx, input: unknown, decision: 'accepted' | 'declined'): Promise<DecideQuoteResult> {
  const me = requireContact(ctx.actor);
  const data = parseInput(DecideQuoteInput, input);
  // A made-up id is the same NotFound as another client's.
  const id = QuoteId.safeParse(data.id);
  if (!id.success) throw new NotFound('quote');
  const result = await ctx.db.transaction(async (tx) => {
    const scope = and(eq(quotes.id, id.data), eq(quotes.workspaceId, me.workspaceId), eq(quotes.clientId, me.clientId));
    const [quote] = await tx.select().from(quotes).where(scope).limit(1);
    if (!quote || quote.status === 'draft') throw new NotFound('quote');
    if (quote.status !== 'sent') {
      throw new Conflict(`Quote ${quote.number} was already ${quote.status} on ${isoDay(quote.decidedAt ?? quote.updatedAt ?? ctx.now())}; it cannot be decided again.`);
    }
    const today = isoDay(ctx.now());
    if (decision === 'accepted' && isExpired(quote, today)) {
      throw new DomainError('expired', `Quote ${quote.number} expired on ${quote.validUntil}, so it can no longer be accepted. Ask for a new quote.`);
    }
    const now = ctx.now();
    const project = decision === 'accepted' ? await startProject(tx, me.workspaceId, me.clientId, quote.title, quote.number, now) : null;
    const [row] = await tx.update(quotes).set({
      status: decision, comment: data.comment ?? null, decidedByContactId: me.contactId, decidedAt: now, updatedAt: now, projectId: project?.id ?? null,
    }).where(scope).returning();
    const [client] = await tx.select({ name: clients.name }).from(clients).where(eq(clients.id, me.clientId)).limit(1);
    const said = data.comment ? `: "${data.comment}"` : '';
    const started = project ? `; started the project ${project.name}` : '';
    const activityId = await recordActivity(tx, ctx, {
      verb: `quote.${decision}`, entityType: 'quote', entityId: quote.id, clientId: me.clientId,
      summary: `${me.name} ${decision} the quote ${quoteLabel(row)} in the ${client?.name ?? 'client'} portal${started}${said}`,
      before: { status: quote.status },
      after: { status: decision, comment: data.comment ?? null, projectId: project?.id ?? null, projectName: project?.name ?? null },
    });
    return { quote: toQuoteView(row, today, project?.name ?? null), project, activityId, clientName: client?.name ?? 'client' };
  });
  const { clientName, ...decided } = result;
  await announceDecision(ctx, { quote: decided.quote, clientName, contactName: me.name });
  return decided;
}

/** A new project named after the quote; if the client already has one by that name, the quote's number tells them apart. */
async function startProject(tx: Tx, workspaceId: number, clientId: number, title: string, number: string, now: Date) {
  const taken = async (name: string) => (await tx.select({ id: projects.id }).from(projects).where(and(
    eq(projects.workspaceId, workspaceId), eq(projects.clientId, clientId), sql`lower(${projects.name}) = lower(${name})`,
  )).limit(1)).length > 0;
  let name = title;
  if (await taken(name)) name = `${title} (${number})`;
  for (let n = 2; await taken(name); n++) name = `${title} (${number}, ${n})`;
  const [row] = await tx.insert(projects).values({ workspaceId, clientId, name, status: 'active', createdAt: now, updatedAt: now }).returning();
  return { id: row.id, name: row.name };
}
