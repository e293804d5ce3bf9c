// The web chat's JSON API: POST /api/chat streams one agent turn as the AI SDK's UI message stream;
// conversations are listed and reloaded; confirmations and undo go to the agent's own verbs.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import { z } from 'zod';
import { confirmApproval, cancelApproval, runAgent, type AgentEvent, type AgentTurn } from '../../agent/run-agent';
import { undoChange } from '../../agent/undo';
import type { AppDeps } from '../../deps';
import { makeCtx } from '../../deps';
import { InvalidInput } from '../../errors';
import { listWebConversations, readWebConversation, titleConversation } from './chat-history';
import { actionBudget, jsonOnly, limitRate } from './security';
import { webSafeResult } from './web-safe-result';
import { requireMember, type WebEnv } from './session';

const ChatBody = z.object({
  conversationId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  text: z.string().trim().min(1, 'Type a message.').max(4000),
});

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
    const parsed = ChatBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'text'), message: i.message })));
    const { text } = parsed.data;
    const conversationId = parsed.data.conversationId ?? `web-${randomUUID()}`;
    const ctx = makeCtx(deps, c.get('actor'));
    const stream = createUIMessageStream({
      execute: async ({ writer }) => {
        writer.write({ type: 'start', messageId: `msg-${randomUUID()}` });
        writer.write({ type: 'data-conversation', data: { id: conversationId } });
        let textId: string | null = null;
        let n = 0;
        const closeText = () => {
          if (textId) writer.write({ type: 'text-end', id: textId });
          textId = null;
        };
        const onEvent = (e: AgentEvent) => {
          if (e.type === 'text-delta') {
            if (!textId) writer.write({ type: 'text-start', id: (textId = `text-${n++}`) });
            writer.write({ type: 'text-delta', id: textId, delta: e.delta });
            return;
          }
          closeText();
          if (e.type === 'tool-result') {
            const toolCallId = `call-${n++}`;
            writer.write({ type: 'tool-input-available', toolCallId, toolName: e.toolName, input: e.input });
            writer.write({ type: 'tool-output-available', toolCallId, output: webSafeResult(e.result) });
          } else {
            writer.write({ type: 'data-approval', id: e.approval.id, data: e.approval });
          }
        };
        await runAgent({ deps, ctx, conversationId, text, surface: 'web', onEvent });
        closeText();
        await titleConversation(ctx, conversationId, text);
        writer.write({ type: 'finish', finishReason: 'stop' });
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
