// A client page's form runs its tool through the one runner (tools/run-tool.ts); a failure re-renders the page
// with the tool's message and the status HTTP's error table gives its code (errors.ts), so no route catches it.
import type { Context } from 'hono';
import { runTool } from '../../../../tools/run-tool';
import type { ToolName, ToolSuccess } from '../../../../tools/types';
import type { Ctx } from '../../../context';
import { renderClientPage } from './client-page-data';
import { httpStatus } from '../errors';

/** `fields`: the error also names each field issue, "(fields.0: …)", where the page has no form to mark them in. */
export async function runPageTool(c: Context, ctx: Ctx, clientId: number, name: ToolName, input: unknown,
  then: (r: ToolSuccess) => Response | Promise<Response>, opts: { fields?: boolean } = {}): Promise<Response> {
  const r = await runTool(ctx, name, input);
  if (r.ok) return then(r);
  const issues = opts.fields ? r.error.issues ?? [] : [];
  const detail = issues.length ? ` (${issues.map((i) => `${i.field}: ${i.message}`).join('; ')})` : '';
  return renderClientPage(c, ctx, clientId, { error: `${r.error.message}${detail}` }, httpStatus(r.error.code));
}
