// Conversation memory: the model's messages of a chat, a Slack thread or a terminal session, kept by the domain
// (src/domain/conversations/conversation-rows.ts) and typed here as the AI SDK's ModelMessage.
import type { ModelMessage } from 'ai';
import type { Ctx } from '../context';
import {
  appendConversationMessages, channelConversationId, conversationKey, findConversation, saveConversationRow, trimHistory as trimRows,
} from '../domain/conversations/conversation-rows';

export { channelConversationId, conversationKey };

export type Conversation = { key: string; conversationId: string; messages: ModelMessage[] };

export async function loadConversation(ctx: Ctx, conversationId: string): Promise<Conversation> {
  const row = await findConversation(ctx, conversationId);
  return { key: conversationKey(ctx, conversationId), conversationId, messages: (row?.messages as ModelMessage[] | undefined) ?? [] };
}

/** `title`: what a list of conversations shows; the first one given is kept. */
export async function saveConversation(ctx: Ctx, conv: Conversation, channel: string, title?: string): Promise<void> {
  await saveConversationRow(ctx, { key: conv.key, channel, title, messages: conv.messages });
}

/** Appends to a stored conversation by key (a confirmation may come from another member than the asker). */
export async function appendToConversation(ctx: Ctx, key: string, added: ModelMessage[]): Promise<void> {
  await appendConversationMessages(ctx, key, added);
}

export const trimHistory = (messages: ModelMessage[]): ModelMessage[] => trimRows(messages);
