// Whether the assistant already took part in a channel conversation (a Slack thread), whoever asked it there:
// follow-ups in such a thread need no new mention. Conversation ids carry the Slack team, so they are unique
// across workspaces; memory keys end with them (memory.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { conversations } from '../db/schema';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function hasConversation(db: Db, channel: string, conversationId: string): Promise<boolean> {
  const [row] = await db.select({ id: conversations.id }).from(conversations)
    .where(and(eq(conversations.channel, channel), sql`${conversations.id} LIKE ${`w%:%:${escapeLike(conversationId)}`} ESCAPE '\\'`))
    .limit(1);
  return !!row;
}
