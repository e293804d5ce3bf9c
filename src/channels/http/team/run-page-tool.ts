// A client page's form runs its tool through the one runner (tools/run-tool.ts); a failure re-renders the page
// with the tool's message and the status HTTP's error table gives its code (errors.ts), so no route catches it.
import type { Context } from 'hono';
import { runTool } from '../../../../tools/run-tool';
import type { ToolFailure, ToolName, ToolSuccess, Upload } from '../../../../tools/types';
import type { Ctx } from '../../../context';
import { renderClientPage } from './client-page-data';
import { httpStatus } from '../errors';

type Failure = ToolFailure['error'];

/** The message with each field issue named, "… (fields.0: …)", where the page has no form to mark them in. */
export const withIssues = (e: Failure) =>
  `${e.message}${e.issues?.length ? ` (${e.issues.map((i) => `${i.field}: ${i.message}`).join('; ')})` : ''}`;

/** `error`: how the page words a failure (default: its message); `upload`: the file the form carried. */
export async function runPageTool(c: Context, ctx: Ctx, clientId: number, name: ToolName, input: unknown,
  then: (r: ToolSuccess) => Response | Promise<Response>, opts: { error?: (e: Failure) => string; upload?: Upload } = {}): Promise<Response> {
  const r = await runTool(ctx, name, input, opts.upload ? { upload: opts.upload } : {});
  if (r.ok) return then(r);
  return renderClientPage(c, ctx, clientId, { error: (opts.error ?? ((e) => e.message))(r.error) }, httpStatus(r.error.code));
}
