// The one way every surface runs a tool: a Slack button or modal, a web form, the CLI, a confirmed approval and
// the agent. The input is parsed by the tool's own schema, the actor comes from ctx (never from the input), and
// any error comes back as a ToolFailure (tools/result-helpers.ts): no surface catches domain errors itself.
import type { Ctx } from '../src/context';
import type { Progress } from '../src/domain/imports/plan-import';
import { InvalidInput } from '../src/errors';
import { getTool } from './index';
import { toFailure } from './result-helpers';
import type { ToolDescriptor, ToolName, ToolResult, Upload } from './types';

/** Runs the registered tool `name` as ctx's actor. A person's own click or form is never held back by the risk
 *  class (tools/risk.ts); what must be confirmed first goes through a stored approval (src/agent/approvals.ts).
 *  `progress` hears how far a long run has got (an import's apply), through ctx's progress port; `upload` is the file
 *  the person handed over with it (a document, a CSV). */
export async function runTool(ctx: Ctx, name: ToolName, input: unknown, opts: { progress?: Progress; upload?: Upload } = {}): Promise<ToolResult> {
  const tool = getTool(name);
  if (!tool) return { ok: false, error: { code: 'unavailable', message: 'That is not available yet.' } };
  return runDescriptor(opts.progress ? { ...ctx, progress: opts.progress } : ctx, tool, input, opts.upload);
}

export async function runDescriptor(ctx: Ctx, tool: ToolDescriptor, input: unknown, upload?: Upload): Promise<ToolResult> {
  const parsed = tool.input.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message }));
    return toFailure(new InvalidInput(issues), ctx);
  }
  try {
    return await tool.run({ ctx, input: parsed.data, ...(upload ? { upload } : {}) });
  } catch (err) {
    return toFailure(err, ctx);
  }
}
