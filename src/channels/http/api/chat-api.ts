// The web chat's JSON API: POST /api/chat speaks the AI SDK's UI message protocol (UI messages in, the UI message
// stream out), so the SDK's own useChat / DefaultChatTransport works against it; conversations are listed and
// reloaded as UI messages; confirmations (also as JSON routes) and undo go to the agent's own verbs. The turn
// itself (the AI SDK and the agent: chat-turn.ts) loads with the first request that needs it.
import { Hono } from 'hono';
import type { AgentTurn } from '../../../agent/run-agent';
import { undoChange } from '../../../agent/undo';
import type { AppDeps } from '../../../deps';
import { readChatRequest } from './chat-request';
import { listWebConversations, readWebConversation } from './chat-history';
import { actionBudget, jsonOnly, limitRate } from '../security';
import { webSafeResult } from './web-safe-result';
import { requireMember, type WebEnv } from '../session';

const agent = () => import('./chat-turn');
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
    const ctx = c.get('ctx');
    // Stop in the page (or a closed tab) closes the connection: the model stops too.
    return (await agent()).chatTurnResponse({ deps, ctx, ask, abortSignal: c.req.raw.signal });
  });

  web.get('/api/conversations', member, async (c) => c.json({ conversations: await listWebConversations(c.get('ctx')) }));
  web.get('/api/conversations/:id', member, async (c) => c.json(await readWebConversation(c.get('ctx'), c.req.param('id'))));

  web.post('/api/approvals/:id/confirm', jsonOnly(), member, actionLimit, async (c) =>
    c.json(turnJson(await (await agent()).confirmApproval({ deps, ctx: c.get('ctx'), approvalId: c.req.param('id') }))));
  web.post('/api/approvals/:id/cancel', jsonOnly(), member, actionLimit, async (c) =>
    c.json(turnJson(await (await agent()).cancelApproval({ deps, ctx: c.get('ctx'), approvalId: c.req.param('id') }))));
  web.post('/api/undo/:activityId{[0-9]+}', jsonOnly(), member, actionLimit, async (c) =>
    c.json(turnJson(await undoChange({ deps, ctx: c.get('ctx'), activityId: Number(c.req.param('activityId')) }))));

  app.route('/', web);
}
