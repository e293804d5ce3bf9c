// One web chat turn written as AI SDK UI message chunks: a tool's input as it starts, then its result; the
// answer's text in deltas; a confirmation as the SDK's native tool-approval-request (its id is our server-side
// approval's; the summary and expiry ride in approvalDescriptor). An approval answered in the page comes back as
// the SDK's approval response and is decided here, by the stored approval row only.
import { randomUUID } from 'node:crypto';
import type { UIMessageStreamWriter } from 'ai';
import { cancelApproval, confirmApproval, runAgent, type AgentEvent } from '../../../agent/run-agent';
import type { Ctx } from '../../../context';
import type { AppDeps } from '../../../deps';
import { isDomainError } from '../../../errors';
import type { ApprovalAnswer } from './chat-request';
import { webSafeResult } from './web-safe-result';

type Writer = UIMessageStreamWriter;

/** Text parts: opened on the first delta, closed before anything else is shown. */
function textWriter(writer: Writer) {
  let id: string | null = null;
  return {
    delta(delta: string) {
      if (!id) writer.write({ type: 'text-start', id: (id = `text-${randomUUID()}`) });
      writer.write({ type: 'text-delta', id, delta });
    },
    close() {
      if (id) writer.write({ type: 'text-end', id });
      id = null;
    },
  };
}

export async function streamAgentTurn(writer: Writer, args: { deps: AppDeps; ctx: Ctx; conversationId: string; text: string; abortSignal?: AbortSignal; title?: string }) {
  const text = textWriter(writer);
  const shown = new Set<string>();
  const showInput = (toolCallId: string, toolName: string, input: unknown) => {
    if (shown.has(toolCallId)) return;
    shown.add(toolCallId);
    writer.write({ type: 'tool-input-available', toolCallId, toolName, input });
  };
  const onEvent = (e: AgentEvent) => {
    if (e.type === 'text-delta') return text.delta(e.delta);
    text.close();
    if (e.type === 'tool-call') return showInput(e.toolCallId, e.toolName, e.input);
    const toolCallId = e.toolCallId ?? `call-${randomUUID()}`;
    if (e.type === 'tool-result') {
      showInput(toolCallId, e.toolName, e.input);
      writer.write({ type: 'tool-output-available', toolCallId, output: webSafeResult(e.result) });
    } else {
      showInput(toolCallId, e.approval.toolName, e.input ?? {});
      writer.write({
        type: 'tool-approval-request', toolCallId, approvalId: e.approval.id,
        approvalDescriptor: { summary: e.approval.summary, expiresAt: e.approval.expiresAt },
      });
    }
  };
  await runAgent({ ...args, surface: 'web', onEvent });
  text.close();
}

/**
 * The person's answers to approval requests (the SDK's approval responses): each runs or is cancelled through
 * the stored approval (who may decide, once, unexpired, with the pinned input); its card gets the outcome.
 */
export async function streamApprovalAnswers(writer: Writer, args: { deps: AppDeps; ctx: Ctx; answers: ApprovalAnswer[] }) {
  const text = textWriter(writer);
  for (const a of args.answers) {
    try {
      const turn = a.approved
        ? await confirmApproval({ deps: args.deps, ctx: args.ctx, approvalId: a.approvalId })
        : await cancelApproval({ deps: args.deps, ctx: args.ctx, approvalId: a.approvalId });
      const result = turn.results[0]?.result;
      if (result) writer.write({ type: 'tool-output-available', toolCallId: a.toolCallId, output: webSafeResult(result) });
      else writer.write({ type: 'tool-output-denied', toolCallId: a.toolCallId });
      text.delta(turn.text);
      text.close();
    } catch (err) {
      if (!isDomainError(err)) throw err;
      writer.write({ type: 'tool-output-error', toolCallId: a.toolCallId, errorText: err.message });
    }
  }
}
