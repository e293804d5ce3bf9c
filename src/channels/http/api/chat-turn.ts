// A web chat turn as the AI SDK's UI message stream, and the agent's confirm and cancel: loaded by chat-api.ts
// with the first chat request, not at start (the AI SDK, the agent loop and its tool set are a tenth of the
// server's bundle, and a start that serves no chat reads none of it).
import { randomUUID } from 'node:crypto';
import { createUIMessageStream } from 'ai';
import type { Ctx } from '../../../context';
import type { AppDeps } from '../../../deps';
import type { ChatRequest } from './chat-request';
import { conversationTitle } from './chat-history';
import { streamImportPreview } from './chat-import';
import { streamAgentTurn, streamApprovalAnswers } from './chat-stream';
import { sseResponse } from './sse-response';

export { cancelApproval, confirmApproval } from '../../../agent/run-agent';

export function chatTurnResponse({ deps, ctx, ask, abortSignal }: { deps: AppDeps; ctx: Ctx; ask: ChatRequest; abortSignal: AbortSignal }): Response {
  const stream = createUIMessageStream({
    execute: async ({ writer }) => {
      if (ask.kind === 'approvals') {
        writer.write({ type: 'start', messageId: ask.messageId });
        await streamApprovalAnswers(writer, { deps, ctx, answers: ask.answers });
      } else {
        writer.write({ type: 'start', messageId: `msg-${randomUUID()}` });
        writer.write({ type: 'data-conversation', data: { id: ask.conversationId }, transient: true });
        if (ask.kind === 'import') await streamImportPreview(writer, { ctx, conversationId: ask.conversationId, importId: ask.importId, text: ask.text });
        // The title rides on the turn's own save (one write less per turn).
        else await streamAgentTurn(writer, { deps, ctx, conversationId: ask.conversationId, text: ask.text, abortSignal, title: conversationTitle(ask.text) });
      }
      writer.write({ type: 'finish', finishReason: abortSignal.aborted ? 'other' : 'stop' });
    },
    onError: (err) => {
      deps.log.error({ err }, 'web chat turn failed');
      return 'Something went wrong on our side; nothing more was changed. Try again.';
    },
  });
  return sseResponse(stream);
}
