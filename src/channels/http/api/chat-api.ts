// The web chat's JSON API: POST /api/chat speaks the AI SDK's UI message protocol (UI messages in, the UI message
// stream out), so the SDK's own useChat / DefaultChatTransport works against it; conversations are listed and
// reloaded as UI messages; confirmations (also as JSON routes) and undo go to the agent's own verbs.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import { confirmApproval, cancelApproval, type AgentTurn } from '../../../agent/run-agent';
import { undoChange } from '../../../agent/undo';
import type { AppDeps } from '../../../deps';
import { makeCtx } from '../../../deps';
import { readChatRequest } from './chat-request';
import { streamAgentTurn, streamApprovalAnswers } from './chat-stream';
import { conversationTitle, listWebConversations, readWebConversation } from './chat-history';
import { actionBudget, jsonOnly, limitRate } from '../security';
import { webSafeResult } from './web-safe-result';
import { requireMember, type WebEnv } from '../session';

const turnJson = (t: AgentTurn) => ({
  text: t.text, results: t.results.map((r) => ({ ...r, result: webSafeResult(r.result) })), approvals: t.approvals,
});

export function mountChatApi(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  const member = requireMember(deps, 'api', { clients: true });
  // Per signed-in person (the session cookie), so one busy user does not slow the others; caps model spend.
  const perMember = (c: { get(k: 'actor'): unknown }) => `m${(c.get('actor') as { memberId: number }).memberId}`;
  const chatLimit = limitRate({ windowMs: 60 * 1000, limit: 30, key: perMember });
  // Confirm, cancel and undo run agent verbs too (W8): one shared budget per person, apart from the chat's.
  const actionLimit = actionBudget(deps);

  web.post('/api/chat', jsonOnly(), member, chatLimit, async (c) => {
    const ask = readChatRequest(await c.req.json().catch(() => null));
    const ctx = makeCtx(deps, c.get('actor'));
    // Stop in the page (or a closed tab) closes the connection: the model stops too.
    const abortSignal = c.req.raw.signal;
    const stream = createUIMessageStream({
      execute: async ({ writer }) => {
        if (ask.kind === 'approvals') {
          writer.write({ type: 'start', messageId: ask.messageId });
          await streamApprovalAnswers(writer, { deps, ctx, answers: ask.answers });
        } else {
          writer.write({ type: 'start', messageId: `msg-${randomUUID()}` });
          writer.write({ type: 'data-conversation', data: { id: ask.conversationId }, transient: true });
          // The title rides on the turn's own save (one write less per turn).
          await streamAgentTurn(writer, { deps, ctx, conversationId: ask.conversationId, text: ask.text, abortSignal, title: conversationTitle(ask.text) });
        }
        writer.write({ type: 'finish', finishReason: abortSignal.aborted ? 'other' : 'stop' });
      },
      onError: (err) => {
        deps.log.error({ err }, 'web chat turn failed');
        return 'Something went wrong on our side; nothing more was changed. Try again.';
      },
    });
    return createUIMessageStreamResponse({ stream });
  });

  web.get('/api/conversations', member, async (c) => c.json({ conversations: await listWebConversations(makeCtx(deps, c.get('actor'))) }));
  web.get('/api/conversations/:id', member, async (c) => c.json(await readWebConversation(makeCtx(deps, c.get('actor')), c.req.param('id'))));

  web.post('/api/approvals/:id/confirm', jsonOnly(), member, actionLimit, async (c) =>
    c.json(turnJson(await confirmApproval({ deps, ctx: makeCtx(deps, c.get('actor')), approvalId: c.req.param('id') }))));
  web.post('/api/approvals/:id/cancel', jsonOnly(), member, actionLimit, async (c) =>
    c.json(turnJson(await cancelApproval({ deps, ctx: makeCtx(deps, c.get('actor')), approvalId: c.req.param('id') }))));
  web.post('/api/undo/:activityId{[0-9]+}', jsonOnly(), member, actionLimit, async (c) =>
    c.json(turnJson(await undoChange({ deps, ctx: makeCtx(deps, c.get('actor')), activityId: Number(c.req.param('activityId')) }))));

  app.route('/', web);
}
