// What a quote's sending would go out with, and to whom (a read): the confirmation pins it, and sendQuote
// refuses by the same checks. Apart from the verb, so a page can ask without importing what sends.
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { Conflict, DomainError } from '../../errors';
import { requireClientAccess } from '../access';
import { getClientOrThrow } from '../clients/resolve-client';
import { isoDay, money } from '../ledger/schemas';
import { requirePortalOpen } from '../portal/portal-closed';
import { portalTargetsOfClient, type PortalTarget } from '../portal/portal-targets';
import { isExpired, resolveQuote, type QuoteRow } from './quote-views';

/** The quote a send would go out with, and to whom; refuses what cannot be sent (decided, expired, nobody to send to). */
export async function checkSendable(
  db: DbOrTx,
  ctx: Ctx,
  ref: string | number,
): Promise<{ quote: QuoteRow; targets: PortalTarget[]; clientName: string }> {
  await requirePortalOpen(db, ctx.actor.workspaceId, 'send quotes');
  const quote = await resolveQuote(db, ctx, ref);
  const client = await getClientOrThrow(db, ctx, quote.clientId);
  if (quote.status === 'accepted' || quote.status === 'declined') {
    throw new Conflict(
      `${quote.number} was already ${quote.status} on ${isoDay(quote.decidedAt ?? quote.updatedAt ?? ctx.now())}; it cannot be sent again.`,
    );
  }
  if (isExpired(quote, isoDay(ctx.now()))) {
    throw new DomainError(
      'expired',
      `${quote.number} expired on ${quote.validUntil}; it cannot be sent. Create a new quote for ${client.name} instead.`,
    );
  }
  if (client.archivedAt) throw new Conflict(`${client.name} is archived; unarchive it before sending it a quote.`);
  if (!client.portalEnabled)
    throw new Conflict(`The portal is off for ${client.name}, and quotes are accepted there. Turn it on first (setPortalAccess).`);
  const targets = await portalTargetsOfClient(db, ctx.actor.workspaceId, client.id);
  if (!targets.length) throw new Conflict(`${client.name} has no portal-enabled contact with an email address to send the quote to.`);
  return { quote, targets, clientName: client.name };
}

/** What a confirmation pins: the quote's terms and the recipients. Anything different after the click sends nothing. */
export async function quoteEnvelope(ctx: Ctx, ref: string | number) {
  requireClientAccess(ctx.actor);
  const { quote, targets, clientName } = await checkSendable(ctx.db, ctx, ref);
  return {
    number: quote.number,
    title: quote.title,
    amount: money(quote.amountCents, quote.currency),
    validUntil: quote.validUntil,
    client: clientName,
    to: targets.map((t) => t.email).sort(),
  };
}
