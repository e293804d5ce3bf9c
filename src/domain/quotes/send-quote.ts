// sendQuote: emails a quote to the client's portal contacts (portal-enabled, with an email) and puts it in the
// portal, where they accept or decline it. The emails go first and the quote is marked sent after: a failed
// send changes nothing, and a retry sends nothing twice (the idempotency key names the quote's last sending, which
// only a completed send moves on). Sending again (a reminder) is allowed while it is undecided and valid; undo
// takes it out of the portal again.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { quotes } from '../../db/schema';
import { Conflict, DomainError } from '../../errors';
import { renderTemplate } from '../../mail/render-email';
import { quoteSentSubject } from '../../../emails/quote-sent';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { getClientOrThrow } from '../clients/resolve-client';
import { isoDay, money } from '../ledger/schemas';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { portalHomeUrl } from '../portal/policy';
import { requirePortalOpen } from '../portal/portal-closed';
import { portalTargetsOfClient, type PortalTarget } from '../portal/portal-targets';
import { isExpired, quoteLabel, resolveQuote, toQuoteView, type QuoteRow, type QuoteView } from './quote-views';

export const SendQuoteInput = z.object({ quote: Ref });

export type SendQuoteResult = {
  quote: QuoteView; client: { id: number; name: string }; sentTo: Array<{ name: string | null; email: string }>; again: boolean; activityId: number;
};

/** The quote a send would go out with, and to whom; refuses what cannot be sent (decided, expired, nobody to send to). */
async function checkSendable(db: DbOrTx, ctx: Ctx, ref: string | number): Promise<{ quote: QuoteRow; targets: PortalTarget[]; clientName: string }> {
  await requirePortalOpen(db, ctx.actor.workspaceId, 'send quotes');
  const quote = await resolveQuote(db, ctx, ref);
  const client = await getClientOrThrow(db, ctx, quote.clientId);
  if (quote.status === 'accepted' || quote.status === 'declined') {
    throw new Conflict(`${quote.number} was already ${quote.status} on ${isoDay(quote.decidedAt ?? quote.updatedAt ?? ctx.now())}; it cannot be sent again.`);
  }
  if (isExpired(quote, isoDay(ctx.now()))) {
    throw new DomainError('expired', `${quote.number} expired on ${quote.validUntil}; it cannot be sent. Create a new quote for ${client.name} instead.`);
  }
  if (client.archivedAt) throw new Conflict(`${client.name} is archived; unarchive it before sending it a quote.`);
  if (!client.portalEnabled) throw new Conflict(`The portal is off for ${client.name}, and quotes are accepted there. Turn it on first (setPortalAccess).`);
  const targets = await portalTargetsOfClient(db, ctx.actor.workspaceId, client.id);
  if (!targets.length) throw new Conflict(`${client.name} has no portal-enabled contact with an email address to send the quote to.`);
  return { quote, targets, clientName: client.name };
}

/** What a confirmation pins: the quote's terms and the recipients. Anything different after the click sends nothing. */
export async function quoteEnvelope(ctx: Ctx, ref: string | number) {
  requireClientAccess(ctx.actor);
  const { quote, targets, clientName } = await checkSendable(ctx.db, ctx, ref);
  return {
    number: quote.number, title: quote.title, amount: money(quote.amountCents, quote.currency), validUntil: quote.validUntil,
    client: clientName, to: targets.map((t) => t.email).sort(),
  };
}

export async function sendQuote({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<SendQuoteResult> {
  const actor = requireClientAccess(ctx.actor);
  const data = parseInput(SendQuoteInput, input);
  const { quote, targets, clientName } = await checkSendable(ctx.db, ctx, data.quote);
  const day = isoDay(ctx.now());
  const portalUrl = portalHomeUrl(ctx.config.publicUrl);
  const common = {
    workspaceName: targets[0].workspaceName, clientName, senderName: actor.kind === 'member' ? actor.name : null,
    number: quote.number, title: quote.title, amount: money(quote.amountCents, quote.currency), validUntil: quote.validUntil, portalUrl,
  };
  for (const t of targets) {
    const { html, text } = await renderTemplate('quote-sent', { ...common, contactName: t.contactName });
    await ctx.mailer.send({
      to: t.email, subject: quoteSentSubject(common), html, text, links: [portalUrl],
      idempotencyKey: `quote/${quote.id}/${t.contactId}/${quote.sentAt?.getTime() ?? 'first'}`, tags: { kind: 'quote' },
    });
  }
  const sentTo = targets.map((t) => ({ name: t.contactName, email: t.email }));
  return ctx.db.transaction(async (tx) => {
    const scope = and(eq(quotes.id, quote.id), eq(quotes.workspaceId, actor.workspaceId));
    const [now0] = await tx.select().from(quotes).where(scope).limit(1);
    // Decided between the check and here (a portal click): the emails said nothing the portal contradicts, but
    // the quote stays as the client left it.
    if (!now0 || now0.status === 'accepted' || now0.status === 'declined') throw new Conflict(`${quote.number} was decided meanwhile; it was not marked sent.`);
    const now = ctx.now();
    const [row] = await tx.update(quotes).set({ status: 'sent', sentAt: now, updatedAt: now }).where(scope).returning();
    const again = now0.status === 'sent';
    const names = sentTo.map((r) => (r.name ? `${r.name} (${r.email})` : r.email)).join(', ');
    const activityId = await recordActivity(tx, ctx, {
      verb: 'quote.sent', entityType: 'quote', entityId: quote.id, clientId: quote.clientId,
      summary: `${again ? 'Sent again' : 'Sent'} the quote ${quoteLabel(row)} to ${names} (${clientName} portal)`,
      before: { status: now0.status, sentAt: now0.sentAt?.toISOString() ?? null },
      after: { status: 'sent', sentAt: now.toISOString(), to: sentTo.map((r) => r.email) },
    });
    return { quote: toQuoteView(row, day), client: { id: quote.clientId, name: clientName }, sentTo, again, activityId };
  });
}
