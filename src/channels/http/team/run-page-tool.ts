// A client page's form runs its tool through the one runner (tools/run-tool.ts); a failure re-renders the page
// with the tool's message and the status HTTP's error table gives its code (errors.ts), so no route catches it.
import type { Context } from 'hono';
import { runTool } from '../../../../tools/run-tool';
import type { ToolName, ToolSuccess } from '../../../../tools/types';
import type { Ctx } from '../../../context';
import { renderClientPage } from './client-page-data';
import { httpStatus } from '../errors';

export async function runPageTool(c: Context, ctx: Ctx, clientId: number, name: ToolName, input: unknown,
  then: (r: ToolSuccess) => Response | Promise<Response>): Promise<Response> {
  const r = await runTool(ctx, name, input);
  return r.ok ? then(r) : renderClientPage(c, ctx, clientId, { error: r.error.message }, httpStatus(r.error.code));
}
