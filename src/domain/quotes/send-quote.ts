// sendQuote: emails a quote to the client's portal contacts (portal-enabled, with an email) and puts it in the
// portal, where they accept or decline it. The emails go first and the quote is marked sent after: a failed
// send changes nothing, and a retry sends nothing twice (the idempotency key names the quote's last sending, which
// only a completed send moves on). Sending again (a reminder) is allowed while it is undecided and valid; undo
// takes it out of the portal again.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { quotes } from '../../db/schema';
import { Conflict } from '../../errors';
import { renderTemplate } from '../../mail/render-email';
import { quoteSentSubject } from '../../../emails/quote-sent';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { isoDay, money } from '../ledger/schemas';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { portalHomeUrl } from '../portal/policy';
import { checkSendable } from './quote-envelope';
import { quoteLabel, toQuoteView, type QuoteView } from './quote-views';

export const SendQuoteInput = z.object({ quote: Ref });

export type SendQuoteResult = {
  quote: QuoteView; client: { id: number; name: string }; sentTo: Array<{ name: string | null; email: string }>; again: boolean; activityId: number;
};

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
