// Past web conversations: the list (newest first, titled by their first message) and one conversation's
// messages turned into what the page renders (text and tool results as cards).
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ModelMessage } from 'ai';
import { channelConversationId, conversationKey } from '../../agent/memory';
import type { Ctx } from '../../context';
import { conversations } from '../../db/schema';
import { NotFound } from '../../errors';
import { webSafeResult } from './web-safe-result';

export type ShownMessage =
  | { role: 'user' | 'assistant'; text: string }
  | { role: 'tool'; toolName: string; result: unknown };

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
  return { id: conversationId, title: row.title ?? 'Conversation', messages: toShown((row.messages as ModelMessage[]) ?? []) };
}

function toShown(messages: ModelMessage[]): ShownMessage[] {
  const out: ShownMessage[] = [];
  for (const m of messages) {
    if (m.role === 'system') continue;
    if (typeof m.content === 'string') {
      if (m.content.trim()) out.push({ role: m.role === 'user' ? 'user' : 'assistant', text: m.content });
      continue;
    }
    for (const part of m.content as Array<Record<string, any>>) {
      if (part.type === 'text' && part.text?.trim()) out.push({ role: m.role === 'user' ? 'user' : 'assistant', text: part.text });
      if (part.type === 'tool-result' && part.output?.type === 'json') out.push({ role: 'tool', toolName: part.toolName, result: webSafeResult(part.output.value) });
    }
  }
  return out;
}
