// The registry as an AI SDK tool set, built per request with the caller's ctx captured (authority never
// comes from tool input), plus the approval policy: the turn guard decides from each call's risk class.
import { tool, zodSchema, type ToolApprovalStatus, type ToolSet } from 'ai';
import type { Ctx } from '../context';
import { toolList } from '../../tools/index';
import { runDescriptor } from '../../tools/run-tool';
import type { ToolDescriptor, ToolResult } from '../../tools/types';
import { createTurnGuard, type TurnGuard } from './turn-guard';

const WAIT: ToolResult = { ok: false, error: { code: 'needs_confirmation', message: 'This action runs only after the person confirms it.' } };

// A bare zod schema is turned into JSON Schema again on every turn (about 40 tools: a third of an offline turn's
// CPU, measured with --cpu-prof); the AI SDK's wrapper computes it once and keeps it.
const schemas = new WeakMap<ToolDescriptor, ReturnType<typeof zodSchema>>();
const inputSchemaOf = (d: ToolDescriptor) => {
  let s = schemas.get(d);
  if (!s) schemas.set(d, (s = zodSchema(d.input as never)));
  return s;
};

export function buildToolSet(ctx: Ctx, guard: TurnGuard = createTurnGuard(ctx), tools: ToolDescriptor[] = toolList): ToolSet {
  const set: ToolSet = {};
  for (const d of tools) {
    set[d.name] = tool({
      description: d.description,
      inputSchema: inputSchemaOf(d),
      // A call that must be confirmed never runs inside the loop, even if an approval were replayed or forged:
      // it runs only from a stored approval row (confirmApproval).
      execute: async (input: unknown, { toolCallId }): Promise<ToolResult> => (await guard.mustConfirm(toolCallId, d.name, input))
        ? WAIT
        : guard.mark(d.name, await runDescriptor(ctx, d, input)),
    });
  }
  return set;
}

export function buildToolApproval(guard: TurnGuard) {
  return async ({ toolCall }: { toolCall: { toolCallId: string; toolName: string; input: unknown } }): Promise<ToolApprovalStatus> =>
    (await guard.mustConfirm(toolCall.toolCallId, toolCall.toolName, toolCall.input)) ? 'user-approval' : 'not-applicable';
}
