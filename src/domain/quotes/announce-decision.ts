// Tells the team in Slack that a client decided a quote in the portal, when the workspace's messages channel is
// set up (ctx.mirror, readMessagesChannel). The history and the client page say it in any case; a failed post is
// logged and never undoes the decision.
import type { Ctx } from '../../context';
import { formatMoney } from '../ledger/money-totals';
import { clientPageUrl } from '../messages/message-views';
import { readMessagesChannel } from '../messages/messages-channel';
import type { QuoteView } from './quote-views';

export async function announceDecision(ctx: Ctx, d: { quote: QuoteView; clientName: string; contactName: string }): Promise<boolean> {
  const announce = ctx.mirror?.announce;
  if (!announce) return false;
  const channel = await readMessagesChannel(ctx.db, ctx.actor.workspaceId, ctx.mirror!.defaultChannel);
  if (!channel) return false;
  const q = d.quote;
  const project = q.status === 'accepted' && q.projectName ? `; the project ${q.projectName} was started` : '';
  const headline = `${d.contactName} (${d.clientName}) ${q.status} the quote ${q.number} "${q.title}" (${formatMoney(q.amount, q.currency)}) in the portal${project}.`;
  try {
    await announce.call(ctx.mirror, { channel, clientName: d.clientName, clientUrl: clientPageUrl(ctx.config.publicUrl, q.clientId), headline, comment: q.comment });
    return true;
  } catch (err) {
    ctx.log.warn({ err, quoteId: q.id }, 'quote decision not announced in Slack');
    return false;
  }
}
