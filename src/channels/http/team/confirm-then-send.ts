// The client page's confirmed sends (an invoice, a quote): the first POST asks on the page; the confirmed POST
// sends, unless the recipients (`to`) changed since the question: then it asks again (409) and sends nothing.
import type { Context } from 'hono';
import type { ToolName, ToolSuccess } from '../../../../tools/types';
import type { Ctx } from '../../../context';
import { renderClientPage, type PageExtras } from './client-page-data';
import { runPageTool } from './run-page-tool';

/** `ask`: what the page shows to ask; `to`: the recipients asked about; `changed`: the error when they differ now. */
export type SendQuestion = { ask: PageExtras; to: string; changed: string };
/** The confirmed send: a tool run through the one runner, and the page's notice worded from its result. */
export type SendTool = { tool: ToolName; input: unknown; notice: (r: ToolSuccess) => string };

export async function confirmThenSend(c: Context, ctx: Ctx, clientId: number, q: SendQuestion, send: SendTool): Promise<Response> {
  const form = await c.req.parseBody();
  if (form.confirmed !== '1') return renderClientPage(c, ctx, clientId, q.ask);
  if (form.to !== q.to) return renderClientPage(c, ctx, clientId, { ...q.ask, error: q.changed }, 409);
  return runPageTool(c, ctx, clientId, send.tool, send.input, (r) => renderClientPage(c, ctx, clientId, { notice: send.notice(r) }));
}
