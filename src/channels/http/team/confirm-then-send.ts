// The client page's confirmed sends (an invoice, a quote): the first POST asks on the page; the confirmed POST
// sends, unless the recipients (`to`) changed since the question: then it asks again (409) and sends nothing.
import type { Context } from 'hono';
import type { Ctx } from '../../../context';
import { renderClientPage, type PageExtras } from './client-page-data';

/** `ask`: what the page shows to ask; `to`: the recipients asked about; `changed`: the error when they differ now. */
export type SendQuestion = { ask: PageExtras; to: string; changed: string };

export async function confirmThenSend(c: Context, ctx: Ctx, clientId: number, q: SendQuestion, send: () => Promise<string>): Promise<Response> {
  const form = await c.req.parseBody();
  if (form.confirmed !== '1') return renderClientPage(c, ctx, clientId, q.ask);
  if (form.to !== q.to) return renderClientPage(c, ctx, clientId, { ...q.ask, error: q.changed }, 409);
  return renderClientPage(c, ctx, clientId, { notice: await send() });
}
