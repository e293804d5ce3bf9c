// createQuote: a draft quote for a client, numbered per workspace (Q-0001, ...). Its currency is resolved like an
// invoice's (client -> group -> workspace) unless given, and copied onto the quote. Valid for 30 days unless a
// valid-until day is given, which cannot be in the past. Undo removes it while it is still a draft.
import { z } from 'zod';
import type { Ctx } from '../../context';
import { quotes } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { actorMemberId, requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { addDays, Amount, isoDay, toCents } from '../ledger/schemas';
import { optCurrency, optDate, Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { resolveClientSettings } from '../settings/resolve-settings';
import { nextQuoteNumber, quoteLabel, toQuoteView, type QuoteView } from './quote-views';

export const DEFAULT_VALID_DAYS = 30;

export const CreateQuoteInput = z.object({
  client: Ref,
  title: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'is longer than 200 characters'),
  amount: Amount,
  currency: optCurrency,
  validUntil: optDate,
});

export type CreateQuoteResult = { quote: QuoteView; client: { id: number; name: string }; activityId: number };

export async function createQuote({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<CreateQuoteResult> {
  requireClientAccess(ctx.actor);
  const data = parseInput(CreateQuoteInput, input);
  const today = isoDay(ctx.now());
  if (data.validUntil && data.validUntil < today) {
    throw new InvalidInput([{ field: 'validUntil', message: `cannot be in the past (today is ${today})` }]);
  }
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, data.client);
    const settings = await resolveClientSettings(tx, ctx, client);
    const currency = data.currency ?? settings.currency.value;
    const validUntil = data.validUntil ?? addDays(today, DEFAULT_VALID_DAYS);
    const now = ctx.now();
    const [row] = await tx.insert(quotes).values({
      workspaceId: ctx.actor.workspaceId, clientId: client.id, number: await nextQuoteNumber(tx, ctx.actor.workspaceId),
      title: data.title, amountCents: toCents(data.amount), currency, validUntil, status: 'draft',
      createdBy: actorMemberId(ctx.actor), createdAt: now, updatedAt: now,
    }).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'quote.created', entityType: 'quote', entityId: row.id, clientId: client.id,
      summary: `Drafted the quote ${quoteLabel(row)} for ${client.name}, valid until ${validUntil}`,
      before: null,
      after: { number: row.number, title: row.title, amount: data.amount, currency, currencySource: data.currency ? 'given' : settings.currency.source, validUntil },
    });
    return { quote: toQuoteView(row, today), client: { id: client.id, name: client.name }, activityId };
  });
}
