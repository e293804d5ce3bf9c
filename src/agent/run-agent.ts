// One agent turn over the registry: streamText with the system prompt, conversation memory, a step cap and
// confirmations. Calls the turn guard holds back stop the loop and become server-side approvals; confirmApproval runs them.
import { streamText, type ModelMessage } from 'ai';
import type { Ctx } from '../context';
import type { AppDeps } from '../deps';
import { readWorkspaceSettings } from '../domain/settings/read-workspace';
import { NotFound } from '../errors';
import { buildSystemPrompt, type Surface } from '../../prompts/system';
import { toolList } from '../../tools/index';
import { TOOL_NAMES, type ToolFailure, type ToolName, type ToolResult } from '../../tools/types';
import { cancelPendingApproval, executeApproval, latestPendingApproval, requestApproval, type PendingApproval } from './approvals';
import { readAnswer } from './offline/read-offer';
import { cleanHistory } from './clean-history';
import { generateTurn } from './generate-turn';
import { answersAtOnce, readerOptions } from './known-names';
import { answerUndo } from './answer-undo';
import { appendToConversation, channelConversationId, loadConversation, saveConversation } from './memory';
import { buildToolApproval, buildToolSet } from './to-ai-sdk';
import { addBudgetText, turnBudget } from './turn-budget';
import { createTurnGuard } from './turn-guard';
import { approvalRequestText, outcomeText, resultsText } from './turn-text';

export type { PendingApproval } from './approvals';
export { MAX_STEPS } from './turn-budget';

export type AgentToolResult = { toolName: ToolName; input: unknown; result: ToolResult };
export type AgentTurn = { conversationId: string; text: string; results: AgentToolResult[]; approvals: PendingApproval[] };
// toolCallId ties a call to its result or approval (a channel shows the input as the tool starts); answers
// given outside the model loop (a typed "yes") have none.
export type AgentEvent =
  | { type: 'text-delta'; delta: string }
  | { type: 'tool-call'; toolCallId: string; toolName: ToolName; input: unknown }
  | { type: 'tool-result'; toolName: ToolName; input: unknown; result: ToolResult; toolCallId?: string }
  | { type: 'approval'; approval: PendingApproval; toolCallId?: string; input?: unknown };
export type RunAgentArgs = {
  deps: AppDeps; ctx: Ctx; conversationId: string; text: string; surface: Surface; onEvent?: (e: AgentEvent) => void;
  /** Stops the model (the web chat's Stop, a closed connection); what was said so far is kept. */
  abortSignal?: AbortSignal;
  /** The conversation's title if it has none yet (the web chat's list), saved with the turn's messages. */
  title?: string;
};

const isToolName = (n: string): n is ToolName => (TOOL_NAMES as readonly string[]).includes(n);
const isToolResult = (v: unknown): v is ToolResult => !!v && typeof v === 'object' && typeof (v as { ok?: unknown }).ok === 'boolean';
const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function loadWorkspace(ctx: Ctx) {
  try {
    const ws = await readWorkspaceSettings(ctx);
    return { name: ws.name, defaultCurrency: ws.currency };
  } catch (err) {
    if (err instanceof NotFound) return { name: 'your workspace', defaultCurrency: 'USD' };
    throw err;
  }
}

export async function runAgent({ deps, ctx, conversationId, text, surface, onEvent, abortSignal, title }: RunAgentArgs): Promise<AgentTurn> {
  const emit = (e: AgentEvent) => onEvent?.(e);
  const conv = await loadConversation(ctx, conversationId);
  const answered = await answerPendingApproval({ deps, ctx, conversationKey: conv.key, text });
  if (answered) {
    emit({ type: 'text-delta', delta: answered.text });
    for (const r of answered.results) emit({ type: 'tool-result', ...r });
    return { ...answered, conversationId };
  }
  const undone = await answerUndo(ctx, conv, text);
  if (undone) {
    emit({ type: 'text-delta', delta: undone });
    return { conversationId, text: undone, results: [], approvals: [] };
  }
  const instructions = buildSystemPrompt({
    surface, workspace: await loadWorkspace(ctx), now: ctx.now(),
    tools: toolList.map((t) => ({ name: t.name, description: t.description, risk: t.risk })),
  });
  const userMessage: ModelMessage = { role: 'user', content: text };
  const budget = turnBudget(deps, abortSignal);
  let streamError: unknown;
  const guard = createTurnGuard(ctx, conversationId);
  const options = {
    model: deps.model,
    instructions,
    messages: [...conv.messages, userMessage],
    tools: buildToolSet(ctx, guard),
    toolApproval: buildToolApproval(guard),
    experimental_toolApprovalSecret: deps.approvalSecret,
    stopWhen: budget.stopWhen,
    abortSignal: budget.signal,
    providerOptions: await readerOptions(deps.model, ctx),
    onError: ({ error }) => { streamError = error; },
    // No telemetry is collected: without this the SDK still builds redacted copies of each step's events (tools,
    // messages) for its diagnostics-channel tracing, ~3% of a turn's CPU (issue 15).
    telemetry: { isEnabled: false },
  } satisfies Parameters<typeof streamText>[0];
  // The offline model answers each step at once: no stream to pass its parts through (generate-turn.ts).
  const stream = answersAtOnce(deps.model) ? generateTurn(options) : streamText(options);

  let answer = '';
  const results: AgentToolResult[] = [];
  const requests: Array<{ toolCallId: string; toolName: ToolName; input: unknown }> = [];
  try {
    for await (const part of stream.stream) {
      if (part.type === 'tool-call' && !part.invalid && isToolName(part.toolName)) {
        emit({ type: 'tool-call', toolCallId: part.toolCallId, toolName: part.toolName, input: part.input });
      } else if (part.type === 'text-delta') {
        answer += part.text;
        emit({ type: 'text-delta', delta: part.text });
      } else if (part.type === 'tool-result' && !part.preliminary && isToolName(part.toolName)) {
        const result = isToolResult(part.output) ? part.output : { ok: true as const, text: String(part.output) };
        results.push({ toolName: part.toolName, input: part.input, result });
        emit({ type: 'tool-result', toolName: part.toolName, input: part.input, result, toolCallId: part.toolCallId });
      } else if (part.type === 'tool-error' && isToolName(part.toolName)) {
        // Input the schema rejects: the SDK already hands the error to the model; the channel gets it as data.
        const result: ToolFailure = { ok: false, error: { code: 'invalid', message: errorMessage(part.error) } };
        results.push({ toolName: part.toolName, input: part.input, result });
        emit({ type: 'tool-result', toolName: part.toolName, input: part.input, result, toolCallId: part.toolCallId });
      } else if (part.type === 'tool-approval-request' && isToolName(part.toolCall.toolName)) {
        requests.push({ toolCallId: part.toolCall.toolCallId, toolName: part.toolCall.toolName, input: part.toolCall.input });
      } else if (part.type === 'error') {
        streamError = part.error;
      }
    }
  } catch (err) {
    // A stop ends the stream early; anything else is a real failure.
    if (!budget.signal?.aborted) throw err;
  }
  if (budget.signal?.aborted) {
    // The deadline, not the person: say why the answer ends here.
    if (!abortSignal?.aborted) answer = addBudgetText(answer, budget.text('time'), emit);
    // Stopped by the person: the question and what was said so far stay in the conversation (changes a tool made
    // before the stop are in the activity history); the model's unfinished step is dropped.
    conv.messages = [...conv.messages, userMessage, ...(answer.trim() ? [{ role: 'assistant' as const, content: answer }] : [])];
    await saveConversation(ctx, conv, ctx.actor.channel, title);
    return { conversationId, text: answer.trim(), results, approvals: [] };
  }
  if (streamError) throw streamError;

  // At most one confirmed action per turn: one approval never covers several records.
  const approvals: PendingApproval[] = [];
  const pending = new Map<string, ToolResult>();
  const refused: AgentToolResult[] = [];
  const done = [...results];
  for (const req of requests) {
    const outcome = approvals.length
      ? { failure: { ok: false as const, error: { code: 'needs_confirmation', message: 'One confirmed action at a time: confirm the first one, then ask again.' } } }
      : await requestApproval(ctx, { conversationKey: conv.key, toolName: req.toolName, input: req.input });
    if ('approval' in outcome) {
      approvals.push(outcome.approval);
      pending.set(req.toolCallId, { ok: false, error: { code: 'needs_confirmation', message: `Waiting for the person to confirm: ${outcome.approval.summary}.` } });
      emit({ type: 'approval', approval: outcome.approval, toolCallId: req.toolCallId, input: req.input });
    } else {
      pending.set(req.toolCallId, outcome.failure);
      refused.push({ toolName: req.toolName, input: req.input, result: outcome.failure });
      results.push({ toolName: req.toolName, input: req.input, result: outcome.failure });
      emit({ type: 'tool-result', toolName: req.toolName, input: req.input, result: outcome.failure, toolCallId: req.toolCallId });
    }
  }

  // When the loop stopped for a confirmation (or at the step cap) the model wrote no closing text: say it ourselves.
  const added: string[] = [];
  if (requests.length) {
    if (!answer.trim() && done.length) added.push(resultsText(done));
    if (refused.length) added.push(resultsText(refused));
    if (approvals.length) added.push(approvalRequestText(approvals));
  } else if (!answer.trim() && results.length) {
    added.push(resultsText(results));
  }
  if (budget.capped() && !requests.length) added.push(budget.text('steps'));
  const tail = added.filter(Boolean).join('\n');
  if (tail) {
    const delta = answer.trim() ? `\n\n${tail}` : tail;
    answer += delta;
    emit({ type: 'text-delta', delta });
  }

  const responseMessages = await stream.responseMessages;
  conv.messages = [
    ...conv.messages, userMessage, ...cleanHistory(responseMessages as ModelMessage[], pending),
    ...(tail ? [{ role: 'assistant' as const, content: tail }] : []),
  ];
  await saveConversation(ctx, conv, ctx.actor.channel, title);
  return { conversationId, text: answer.trim(), results, approvals };
}

/** "yes" / "no" typed by the person who asked, while their confirmation waits in this conversation: the same as the button. */
async function answerPendingApproval({ deps, ctx, conversationKey, text }: { deps: AppDeps; ctx: Ctx; conversationKey: string; text: string }): Promise<AgentTurn | undefined> {
  const answer = readAnswer(text);
  if (!answer || (answer.kind === 'yes' && answer.choice !== 1)) return undefined;
  const pending = await latestPendingApproval(ctx, conversationKey);
  if (!pending) return undefined;
  await appendToConversation(ctx, conversationKey, [{ role: 'user', content: text }]);
  return answer.kind === 'yes' ? confirmApproval({ deps, ctx, approvalId: pending.id }) : cancelApproval({ deps, ctx, approvalId: pending.id });
}

/** Runs a pending approval once (see approvals.ts for who may) and records the outcome in the conversation. */
export async function confirmApproval({ ctx, approvalId }: { deps: AppDeps; ctx: Ctx; approvalId: string }): Promise<AgentTurn> {
  const { row, result: raw } = await executeApproval(ctx, approvalId);
  const toolName = row.toolName as ToolName;
  // Marked as in a turn: the next turn's model reads this result from the conversation.
  const result = await createTurnGuard(ctx).mark(toolName, raw);
  const text = outcomeText(row.summary, result);
  if (row.conversationId) {
    const toolCallId = `approval-${row.id}`;
    await appendToConversation(ctx, row.conversationId, [
      { role: 'assistant', content: [{ type: 'tool-call', toolCallId, toolName, input: row.input }] },
      { role: 'tool', content: [{ type: 'tool-result', toolCallId, toolName, output: { type: 'json', value: result as never } }] },
      { role: 'assistant', content: text },
    ]);
  }
  return {
    conversationId: channelConversationId(row.conversationId ?? ''), text,
    results: [{ toolName, input: row.input, result }], approvals: [],
  };
}

export async function cancelApproval({ ctx, approvalId }: { deps: AppDeps; ctx: Ctx; approvalId: string }): Promise<AgentTurn> {
  const row = await cancelPendingApproval(ctx, approvalId);
  const text = `Cancelled; nothing was changed (${row.summary.charAt(0).toLowerCase()}${row.summary.slice(1)}).`;
  if (row.conversationId) await appendToConversation(ctx, row.conversationId, [{ role: 'assistant', content: text }]);
  return { conversationId: channelConversationId(row.conversationId ?? ''), text, results: [], approvals: [] };
}
