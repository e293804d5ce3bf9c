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

// The next turn of the event loop, after the deltas queued in this one (Workers without setImmediate: a timer).
const soon = (fn: () => void) => (typeof setImmediate === 'function' ? setImmediate(fn) : setTimeout(fn, 0));

/**
 * Text parts: opened on the first delta, closed before anything else is shown. Deltas that arrive in the same
 * turn of the event loop go out as one (the offline model hands its whole answer over at once, word by word: one
 * JSON chunk, SSE event and socket write per word was most of a turn's stream); a model that pauses still shows
 * what it said so far.
 */
function textWriter(writer: Writer) {
  let id: string | null = null;
  let pending: string | null = null;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === null || !id) return;
    writer.write({ type: 'text-delta', id, delta: pending });
    pending = null;
  };
  return {
    delta(delta: string) {
      if (!id) writer.write({ type: 'text-start', id: (id = `text-${randomUUID()}`) });
      pending = (pending ?? '') + delta;
      if (!scheduled) {
        scheduled = true;
        soon(flush);
      }
    },
    flush,
    close() {
      flush();
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
  try {
    await runAgent({ ...args, surface: 'web', onEvent });
  } finally {
    // What was said before a failure is shown, as it was before it was batched.
    text.flush();
  }
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
