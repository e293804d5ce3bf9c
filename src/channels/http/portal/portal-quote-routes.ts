// The portal's quote routes (signed-in contacts only; mounted by portal-routes.ts before its catch-all):
// a quote's page, and Accept / Decline as form posts carrying the session's CSRF token. Another client's quote,
// a draft or a made-up id is the same 404 page as every portal route.
import type { Hono } from 'hono';
import type { PortalSession } from '../../../domain/portal/sessions';
import { acceptQuote, declineQuote } from '../../../domain/quotes/decide-quote';
import { getPortalQuote } from '../../../domain/quotes/portal-quotes';
import { InvalidInput } from '../../../errors';
import type { SignedIn } from './portal-dashboard-pages';
import { quotePage } from './portal-quote-pages';
import { type RefusalPage, showRefusal } from '../errors';
import { csrfMatches, type PortalEnv } from './portal-session';

export type PortalQuoteHelpers = {
  signedIn(s: PortalSession): SignedIn;
};

const DONE: Partial<Record<string, (brand: string, project: string | null) => string>> = {
  accepted: (brand, project) => `Thank you: you accepted this quote. ${brand} has been told${project ? `, and the project ${project} is under way` : ''}.`,
  declined: (brand) => `You declined this quote. ${brand} has been told.`,
};

export function mountPortalQuotes(portal: Hono<PortalEnv>, h: PortalQuoteHelpers) {
  portal.get('/portal/quotes/:id', async (c) => {
    const s = c.get('portal')!;
    // Another client's quote or none: NotFound goes on to the portal's 404 page (portal-routes.ts).
    const quote = await getPortalQuote({ ctx: c.get('ctx'), input: { id: c.req.param('id') } });
    const done = DONE[c.req.query('done') ?? ''];
    const notice = done && quote.state === c.req.query('done') ? done(s.workspaceName, quote.projectName) : undefined;
    return c.html(quotePage(h.signedIn(s), quote, { notice }));
  });

  for (const [action, decide] of [['accept', acceptQuote], ['decline', declineQuote]] as const) {
    portal.post(`/portal/quotes/:id/${action}`, async (c) => {
      const s = c.get('portal')!;
      const form = await c.req.parseBody();
      if (!csrfMatches(s, form.csrf)) return c.text('Refused: reload the page and try again.', 403);
      const id = c.req.param('id');
      const ctx = c.get('ctx');
      // Already decided, expired, a comment too long: the quote's page, saying why, with the error table's status. Any
      // other refusal goes on, NotFound (another client's quote, a draft) to the portal's 404 page.
      const refused: RefusalPage = async (err, status) => {
        const quote = await getPortalQuote({ ctx, input: { id } });
        const message = err instanceof InvalidInput ? err.issues.map((i) => `${i.field === 'comment' ? 'Comment' : i.field}: ${i.message}`).join('; ') : err.message;
        return c.html(quotePage(h.signedIn(s), quote, { error: message }), status);
      };
      return showRefusal(async () => {
        const r = await decide({ ctx, input: { id, comment: typeof form.comment === 'string' ? form.comment : undefined } });
        return c.redirect(`/portal/quotes/${r.quote.id}?done=${r.quote.status}`, 303);
      }, { 409: refused, 410: refused, 422: refused });
    });
  }
}
