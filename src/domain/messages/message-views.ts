// A client's message thread as the team, the portal and the model see it: who wrote each message (a team member
// or a portal contact, by name) and when.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contacts, members, messages } from '../../db/schema';

export type MessageRow = typeof messages.$inferSelect;
export type MessageView = {
  id: number; clientId: number; body: string; createdAt: string;
  /** 'team' for a team member (in the web, chat or Slack), 'client' for a portal contact. */
  from: 'team' | 'client';
  authorName: string;
  /** A team message the client's contacts have not read yet (they read the thread on /portal/messages). */
  unreadByClient: boolean;
  /** A contact's message no team member has read yet (read on the client page, in chat, or by replying). */
  unreadByTeam: boolean;
};

/** A thread's last messages, its size, and how many messages each side has not read, over the whole thread. */
export type ThreadPage = { messages: MessageView[]; total: number; newForClient: number; newForTeam: number };

export const messagesUrl = (publicUrl: string) => `${publicUrl}/portal/messages`;
export const clientPageUrl = (publicUrl: string, clientId: number) => `${publicUrl}/clients/${clientId}`;

/** The last `limit` messages of a client's thread, oldest first, with the total and the unread counts. */
export async function listThread(db: DbOrTx, workspaceId: number, clientId: number, limit = 200): Promise<ThreadPage> {
  const scope = and(eq(messages.workspaceId, workspaceId), eq(messages.clientId, clientId));
  const [rows, [{ n, forClient, forTeam }]] = await Promise.all([
    db.select({ m: messages, member: members.name, memberEmail: members.email, contact: contacts.name, contactEmail: contacts.email }).from(messages)
      .leftJoin(members, eq(members.id, messages.authorMemberId))
      .leftJoin(contacts, eq(contacts.id, messages.authorContactId))
      .where(scope).orderBy(desc(messages.createdAt), desc(messages.id)).limit(limit),
    db.select({
      n: sql<number>`count(*)`,
      forClient: sql<number>`coalesce(sum(${messages.authorContactId} IS NULL AND ${messages.readByClientAt} IS NULL), 0)`,
      forTeam: sql<number>`coalesce(sum(${messages.authorContactId} IS NOT NULL AND ${messages.readByTeamAt} IS NULL), 0)`,
    }).from(messages).where(scope),
  ]);
  const views = rows.map(({ m, member, memberEmail, contact, contactEmail }): MessageView => {
    const fromClient = m.authorContactId !== null;
    return {
      id: m.id, clientId: m.clientId, body: m.body, createdAt: m.createdAt.toISOString(),
      from: fromClient ? 'client' : 'team',
      authorName: (fromClient ? contact ?? contactEmail : member ?? memberEmail) ?? (fromClient ? 'Client contact' : 'Team'),
      unreadByClient: !fromClient && m.readByClientAt === null,
      unreadByTeam: fromClient && m.readByTeamAt === null,
    };
  });
  return { messages: views.reverse(), total: Number(n), newForClient: Number(forClient), newForTeam: Number(forTeam) };
}

/** The Slack thread a client's messages live in, in this channel, if one was started. */
export async function findSlackThread(db: DbOrTx, workspaceId: number, clientId: number, channel: string): Promise<string | null> {
  const [row] = await db.select({ threadTs: messages.slackThreadTs }).from(messages)
    .where(and(eq(messages.workspaceId, workspaceId), eq(messages.clientId, clientId), eq(messages.slackChannel, channel),
      sql`${messages.slackThreadTs} IS NOT NULL`))
    .orderBy(asc(messages.id)).limit(1);
  return row?.threadTs ?? null;
}
