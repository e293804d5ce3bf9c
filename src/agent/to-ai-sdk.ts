// The registry as an AI SDK tool set, built per request with the caller's ctx captured (authority never
// comes from tool input), plus the approval policy derived from the registry's destructive flags.
import { tool, type ToolApprovalStatus, type ToolSet } from 'ai';
import type { Ctx } from '../context';
import { toolList } from '../../tools/index';
import type { ToolDescriptor, ToolResult } from '../../tools/types';

export function buildToolSet(ctx: Ctx, tools: ToolDescriptor[] = toolList): ToolSet {
  const set: ToolSet = {};
  for (const d of tools) {
    set[d.name] = tool({
      description: d.description,
      inputSchema: d.input,
      // A destructive tool never runs inside the loop, even if an approval were replayed or forged:
      // it runs only from a stored approval row (confirmApproval).
      execute: async (input: unknown): Promise<ToolResult> => d.destructive
        ? { ok: false, error: { code: 'needs_confirmation', message: 'This action runs only after the person confirms it.' } }
        : d.run({ ctx, input }),
    });
  }
  return set;
}

export function buildToolApproval(tools: ToolDescriptor[] = toolList): Record<string, ToolApprovalStatus> {
  return Object.fromEntries(tools.map((d) => [d.name, d.destructive ? 'user-approval' : 'not-applicable']));
}
