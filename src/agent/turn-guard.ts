// Per turn: which of a model's calls wait for the person. A call whose class grants access, sends outside or
// destroys always waits; once the turn has read text written outside the team, every state-changing call
// waits too, so an instruction planted in a note, a profile, a CSV cell or a website cannot act by itself.
import type { Ctx } from '../context';
import { getTool } from '../../tools/index';
import { alwaysConfirmed, changesState, classifyCall } from '../../tools/risk';
import { THIRD_PARTY_NOTICE, thirdPartySources } from '../../tools/third-party';
import type { ToolName, ToolResult } from '../../tools/types';

export type TurnGuard = {
  /** Where the turn's outside text came from (empty: none read yet). */
  readonly outside: Set<string>;
  /** Decided once per call id, so the approval step and execute agree even for calls of one step run in parallel. */
  mustConfirm(toolCallId: string, toolName: string, input: unknown): Promise<boolean>;
  /** Marks outside text in a result before the model sees it, and remembers that the turn read some. */
  mark(toolName: ToolName, result: ToolResult): Promise<ToolResult>;
};

export function createTurnGuard(ctx: Ctx, place?: string): TurnGuard {
  const outside = new Set<string>();
  const decided = new Map<string, Promise<boolean>>();
  const decide = async (toolName: string, input: unknown) => {
    const tool = getTool(toolName);
    if (!tool) return true;
    const risk = await classifyCall(tool, { ctx, input, place });
    return alwaysConfirmed(risk) || (outside.size > 0 && changesState(risk));
  };
  return {
    outside,
    mustConfirm(toolCallId, toolName, input) {
      if (!decided.has(toolCallId)) decided.set(toolCallId, decide(toolName, input));
      return decided.get(toolCallId)!;
    },
    async mark(toolName, result) {
      const sources = await thirdPartySources(ctx, toolName, result).catch(() => ['unknown origin']);
      if (!sources.length) return result;
      for (const s of sources) outside.add(s);
      return result.ok ? { ...result, thirdParty: { sources, notice: THIRD_PARTY_NOTICE } }
        : { ...result, error: { ...result.error, thirdParty: { sources, notice: THIRD_PARTY_NOTICE } } };
    },
  };
}
