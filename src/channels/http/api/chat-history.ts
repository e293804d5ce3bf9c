// Past web conversations: the list (newest first, titled by their first message) and one conversation's
// stored messages as the AI SDK's UI messages, so the page's useChat starts from them as if they had streamed.
import type { ModelMessage, UIMessage } from 'ai';
import type { Ctx } from '../../../context';
import { listConversationApprovals } from '../../../domain/approvals/approval-rows';
import { findConversation, listConversations } from '../../../domain/conversations/conversation-rows';
import { NotFound } from '../../../errors';
import { webSafeResult } from './web-safe-result';

export type ApprovalState = 'pending' | 'confirmed' | 'cancelled' | 'expired';
type Card = { id: string; toolName: string; summary: string; expiresAt: string; state: ApprovalState };

export async function listWebConversations(ctx: Ctx) {
  const rows = await listConversations(ctx, 'web');
  return rows.map((r) => ({ id: r.id, title: r.title ?? 'Conversation', updatedAt: r.updatedAt.toISOString() }));
}

/** A conversation's title from its first message (saved with that turn, runAgent's `title`). */
export const conversationTitle = (firstText: string) => firstText.replace(/\s+/g, ' ').trim().slice(0, 80);

export async function readWebConversation(ctx: Ctx, conversationId: string): Promise<{ id: string; title: string; messages: UIMessage[] }> {
  const row = ctx.actor.kind === 'member' ? await findConversation(ctx, conversationId) : undefined;
  if (!row) throw new NotFound('conversation');
  // History keeps a "waiting for confirmation" result where an approval was asked; the approvals table says
  // what became of each (in the order they were asked), so the reopened card shows Confirm/Cancel or its end.
  const asked = await listConversationApprovals(ctx, row.key);
  const now = ctx.now().getTime();
  const cards: Card[] = asked.map((a) => ({
    id: a.id, toolName: a.toolName, summary: a.summary, expiresAt: a.expiresAt.toISOString(),
    state: a.status === 'cancelled' ? 'cancelled' : a.status !== 'pending' ? 'confirmed' : a.expiresAt.getTime() <= now ? 'expired' : 'pending',
  }));
  return { id: conversationId, title: row.title ?? 'Conversation', messages: toUiMessages(conversationId, (row.messages as ModelMessage[]) ?? [], cards) };
}

const WAITING = 'Waiting for the person to confirm';
type ToolPart = Record<string, unknown> & { type: string; toolCallId: string; state: string };

/**
 * Stored model messages as the SDK's UI messages, shaped as the live stream left them: a user message, then one
 * assistant message per turn with its text and tool parts; an approval as the tool part's native approval state.
 * A confirmed action's outcome (tool call `approval-<id>`) fills the card that asked and its text follows there,
 * unless it was typed ("yes"), which is a turn of its own.
 */
function toUiMessages(conversationId: string, messages: ModelMessage[], cards: Card[]): UIMessage[] {
  const out: UIMessage[] = [];
  let current: UIMessage | null = null;
  const calls = new Map<string, ToolPart>();
  const cardParts = new Map<string, { message: UIMessage; part: ToolPart }>();
  const assistant = () => {
    if (!current) out.push((current = { id: `${conversationId}-${out.length}`, role: 'assistant', parts: [] }));
    return current;
  };
  const toolPart = (toolCallId: string, toolName: string, input: unknown): ToolPart => {
    const part: ToolPart = { type: `tool-${toolName}`, toolCallId, state: 'input-available', input };
    assistant().parts.push(part as never);
    calls.set(toolCallId, part);
    return part;
  };
  for (const m of messages) {
    if (m.role === 'system') continue;
    const parts = typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : (m.content as Array<Record<string, any>>);
    if (m.role === 'user') {
      const text = parts.filter((p) => p.type === 'text').map((p) => p.text).join('\n');
      if (text.trim()) out.push({ id: `${conversationId}-${out.length}`, role: 'user', parts: [{ type: 'text', text }] });
      current = null;
      continue;
    }
    for (const p of parts) {
      if (p.type === 'text' && String(p.text ?? '').trim()) assistant().parts.push({ type: 'text', text: p.text, state: 'done' });
      else if (p.type === 'tool-call') {
        const approvalId = String(p.toolCallId).startsWith('approval-') ? String(p.toolCallId).slice(9) : null;
        const card = approvalId ? cardParts.get(approvalId) : undefined;
        // Decided from its card: the outcome continues that message, as it did live.
        if (card && current !== null) { current = card.message; calls.set(p.toolCallId, card.part); continue; }
        if (card) card.part.state = 'approval-responded';
        toolPart(p.toolCallId, p.toolName, p.input);
      } else if (p.type === 'tool-result' && p.output?.type === 'json') {
        const part = calls.get(p.toolCallId) ?? toolPart(p.toolCallId, p.toolName, {});
        const value = p.output.value;
        if (value?.ok === false && String(value.error?.message ?? '').startsWith(WAITING) && cards.length) {
          const card = cards.shift()!;
          const approved = card.state === 'confirmed' ? true : card.state === 'cancelled' ? false : undefined;
          part.approval = { id: card.id, approved, descriptor: { summary: card.summary, expiresAt: card.expiresAt, state: card.state } };
          part.state = card.state === 'cancelled' ? 'output-denied' : card.state === 'confirmed' ? 'approval-responded' : 'approval-requested';
          cardParts.set(card.id, { message: assistant(), part });
        } else {
          part.state = 'output-available';
          part.output = webSafeResult(value);
        }
      }
    }
  }
  return out;
}
