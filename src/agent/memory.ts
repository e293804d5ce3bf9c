// Conversation memory, persisted in the conversations table. Keyed by the channel's conversation id,
// namespaced by workspace and member: the same id used by another member or workspace is another conversation.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { ModelMessage } from 'ai';
import type { Ctx } from '../context';
import { conversations } from '../db/schema';

/** How much history goes back to the model; older turns are dropped whole (a turn starts at a user message). */
const MAX_MESSAGES = 60;

export type Conversation = { key: string; conversationId: string; messages: ModelMessage[] };

const memberOf = (ctx: Ctx) => (ctx.actor.kind === 'member' ? ctx.actor.memberId : null);

export function conversationKey(ctx: Ctx, conversationId: string): string {
  const who = ctx.actor.kind === 'member' ? `m${ctx.actor.memberId}` : ctx.actor.kind === 'contact' ? `c${ctx.actor.contactId}` : 'sys';
  return `w${ctx.actor.workspaceId}:${who}:${conversationId}`;
}

/** The channel's id back from a stored key (keys are `w<ws>:<who>:<channel id>`). */
export const channelConversationId = (key: string) => key.split(':').slice(2).join(':');

export async function loadConversation(ctx: Ctx, conversationId: string): Promise<Conversation> {
  const key = conversationKey(ctx, conversationId);
  const member = memberOf(ctx);
  const [row] = await ctx.db.select().from(conversations).where(and(
    eq(conversations.id, key),
    eq(conversations.workspaceId, ctx.actor.workspaceId),
    member === null ? isNull(conversations.memberId) : eq(conversations.memberId, member),
  )).limit(1);
  return { key, conversationId, messages: (row?.messages as ModelMessage[] | undefined) ?? [] };
}

/** `title`: what a list of conversations shows; the first one given is kept (written in the same statement). */
export async function saveConversation(ctx: Ctx, conv: Conversation, channel: string, title?: string): Promise<void> {
  const messages = trimHistory(conv.messages);
  const now = ctx.now();
  await ctx.db.insert(conversations).values({
    id: conv.key, workspaceId: ctx.actor.workspaceId, memberId: memberOf(ctx), channel, title, messages, createdAt: now, updatedAt: now,
  }).onConflictDoUpdate({
    target: conversations.id,
    // excluded.messages: the history is serialised once (a 60-message history is ~150 KB of JSON, ~3 ms to
    // stringify; naming it again here stringified it twice per turn).
    set: { messages: sql`excluded.messages`, updatedAt: now, ...(title ? { title: sql`coalesce(${conversations.title}, excluded.title)` } : {}) },
  });
}

/** Appends to a stored conversation by key (a confirmation may come from another member than the asker). */
export async function appendToConversation(ctx: Ctx, key: string, added: ModelMessage[]): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(conversations)
      .where(and(eq(conversations.id, key), eq(conversations.workspaceId, ctx.actor.workspaceId))).limit(1);
    if (!row) return;
    const messages = trimHistory([...((row.messages as ModelMessage[]) ?? []), ...added]);
    await tx.update(conversations).set({ messages, updatedAt: ctx.now() }).where(eq(conversations.id, key));
  });
}

export function trimHistory(messages: ModelMessage[]): ModelMessage[] {
  if (messages.length <= MAX_MESSAGES) return messages;
  let start = messages.length - MAX_MESSAGES;
  while (start < messages.length && messages[start].role !== 'user') start++;
  return messages.slice(start);
}
