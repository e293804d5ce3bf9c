// Sending a quote from the client page: POST /clients/:id/quotes/:quoteId/send first asks on the page (the quote's
// terms and who gets it); the confirmed POST sends it with the sendQuote tool (through the one runner, so a refusal
// is the error table's), unless the recipients changed since the question (then it asks again). Only a quote of this client, still open, can be sent.
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../../../deps';
import { getClientView } from '../../../domain/clients/get-client-view';
import { quoteEnvelope } from '../../../domain/quotes/quote-envelope';
import { NotFound } from '../../../errors';
import { renderClientPage } from './client-page-data';
import { confirmThenSend } from './confirm-then-send';
import { showRefusal } from '../errors';
import type { QuoteConfirm } from './pages/client-quotes-card';
import { outboundBudget } from '../security';
import { requireMember, type WebEnv } from '../session';

type C = Context<WebEnv>;

export function mountQuotes(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });
  // Emails leave the building: a budget per person, as for the other sends on this page.
  const outbound = outboundBudget();

  web.post('/clients/:id{[0-9]+}/quotes/:quoteId{[0-9]+}/send', member, outbound, async (c: C) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    return showRefusal(async () => {
      const quote = client.quotes.find((q) => q.id === Number(c.req.param('quoteId')));
      if (!quote) throw new NotFound('quote');
      const env = await quoteEnvelope(ctx, quote.number);
      const question: QuoteConfirm = { quoteId: quote.id, number: env.number, title: env.title, amount: env.amount, to: env.to.join(', '), again: quote.status === 'sent' };
      const changed = `The recipients changed to ${question.to}; nothing was sent. Confirm again to send it to them.`;
      return confirmThenSend(c, ctx, client.id, { ask: { confirmQuote: question }, to: question.to, changed }, {
        tool: 'sendQuote', input: { quote: quote.number },
        notice: (r) => `${(r.data as { again?: boolean }).again ? 'Sent again' : 'Sent'} ${quote.number} to ${question.to}; it waits in the portal for Accept or Decline.`,
      });
    }, (err, status) => renderClientPage(c, ctx, client.id, { error: err.message }, status));
  });
}
