// Past web conversations: the list (newest first, titled by their first message) and one conversation's
// messages turned into what the page renders (text and tool results as cards).
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { ModelMessage } from 'ai';
import { channelConversationId, conversationKey } from '../../agent/memory';
import type { Ctx } from '../../context';
import { approvals, conversations } from '../../db/schema';
import { NotFound } from '../../errors';
import { webSafeResult } from './web-safe-result';

export type ApprovalState = 'pending' | 'confirmed' | 'cancelled' | 'expired';
export type ShownMessage =
  | { role: 'user' | 'assistant'; text: string }
  | { role: 'tool'; toolName: string; result: unknown }
  | { role: 'approval'; approval: { id: string; toolName: string; summary: string; expiresAt: string; state: ApprovalState } }
  /** A confirmed action's outcome: its own answer, shown like the live one (text, then the result's card). */
  | { role: 'outcome'; text: string; toolName: string; result: unknown };

const memberId = (ctx: Ctx) => (ctx.actor.kind === 'member' ? ctx.actor.memberId : -1);

export async function listWebConversations(ctx: Ctx) {
  const rows = await ctx.db.select({ id: conversations.id, title: conversations.title, updatedAt: conversations.updatedAt, createdAt: conversations.createdAt })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, ctx.actor.workspaceId), eq(conversations.memberId, memberId(ctx)), eq(conversations.channel, 'web')))
    .orderBy(desc(conversations.updatedAt)).limit(50);
  return rows.map((r) => ({
    id: channelConversationId(r.id), title: r.title ?? 'Conversation', updatedAt: (r.updatedAt ?? r.createdAt).toISOString(),
  }));
}

export async function titleConversation(ctx: Ctx, conversationId: string, firstText: string) {
  const title = firstText.replace(/\s+/g, ' ').trim().slice(0, 80);
  await ctx.db.update(conversations).set({ title })
    .where(and(eq(conversations.id, conversationKey(ctx, conversationId)), eq(conversations.workspaceId, ctx.actor.workspaceId), isNull(conversations.title)));
}

export async function readWebConversation(ctx: Ctx, conversationId: string): Promise<{ id: string; title: string; messages: ShownMessage[] }> {
  const [row] = await ctx.db.select().from(conversations).where(and(
    eq(conversations.id, conversationKey(ctx, conversationId)), eq(conversations.workspaceId, ctx.actor.workspaceId),
    eq(conversations.memberId, memberId(ctx)),
  )).limit(1);
  if (!row) throw new NotFound('conversation');
  // History keeps a "waiting for confirmation" result where an approval was asked; the approvals table says
  // what became of each (in the order they were asked), so the reopened card shows Confirm/Cancel or its end.
  const asked = await ctx.db.select().from(approvals)
    .where(and(eq(approvals.conversationId, row.id), eq(approvals.workspaceId, ctx.actor.workspaceId))).orderBy(asc(approvals.createdAt));
  const now = ctx.now().getTime();
  const cards = asked.map((a) => ({
    id: a.id, toolName: a.toolName, summary: a.summary, expiresAt: a.expiresAt.toISOString(),
    state: (a.status === 'cancelled' ? 'cancelled' : a.status !== 'pending' ? 'confirmed' : a.expiresAt.getTime() <= now ? 'expired' : 'pending') as ApprovalState,
  }));
  return { id: conversationId, title: row.title ?? 'Conversation', messages: toShown((row.messages as ModelMessage[]) ?? [], cards) };
}

const WAITING = 'Waiting for the person to confirm';

function toShown(messages: ModelMessage[], cards: Array<Extract<ShownMessage, { role: 'approval' }>['approval']>): ShownMessage[] {
  const out: ShownMessage[] = [];
  let outcome: { toolName: string; result: unknown } | null = null;
  const say = (role: 'user' | 'assistant', text: string) => {
    if (!text.trim()) return;
    if (outcome && role === 'assistant') { out.push({ role: 'outcome', text, ...outcome }); outcome = null; return; }
    out.push({ role, text });
  };
  for (const m of messages) {
    if (m.role === 'system') continue;
    if (typeof m.content === 'string') { say(m.role === 'user' ? 'user' : 'assistant', m.content); continue; }
    for (const part of m.content as Array<Record<string, any>>) {
      if (part.type === 'text') say(m.role === 'user' ? 'user' : 'assistant', part.text ?? '');
      if (part.type !== 'tool-result' || part.output?.type !== 'json') continue;
      const value = part.output.value;
      if (value?.ok === false && String(value.error?.message ?? '').startsWith(WAITING) && cards.length) {
        out.push({ role: 'approval', approval: cards.shift()! });
      } else if (String(part.toolCallId ?? '').startsWith('approval-')) {
        outcome = { toolName: part.toolName, result: webSafeResult(value) };
      } else {
        out.push({ role: 'tool', toolName: part.toolName, result: webSafeResult(value) });
      }
    }
  }
  if (outcome) out.push({ role: 'tool', ...(outcome as { toolName: string; result: unknown }) });
  return out;
}
