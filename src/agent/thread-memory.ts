// Whether the assistant already took part in a channel conversation (a Slack thread), whoever asked it there:
// follow-ups in such a thread need no new mention. Conversation ids carry the Slack team, so they are unique
// across workspaces; memory keys end with them (memory.ts). The rows are the domain's.
import type { Db } from '../db/client';
import { hasChannelConversation } from '../domain/conversations/conversation-rows';

export const hasConversation = (db: Db, channel: string, conversationId: string): Promise<boolean> => hasChannelConversation(db, channel, conversationId);
