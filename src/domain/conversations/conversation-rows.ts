// Where conversations are kept (the conversations table): the agent's memory of a chat, a Slack thread or a
// terminal session, and the web chat's list of past conversations. Rows are keyed by the channel's conversation
// id, namespaced by workspace and member, so the same id used by another member or workspace is another
// conversation; every read is within the caller's workspace (and member). The messages are the model's
// (AI SDK ModelMessage[]), stored as JSON: their shape is the agent's (src/agent/memory.ts), not the domain's.
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { Db, DbOrTx } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { conversations } from '../../db/schema';
import { escapeLike } from '../normalize/escape-like';

/** A stored message: a role and its content (the agent's type). */
export type StoredMessage = { role: string; content: unknown };
export type ConversationRow = { key: string; title: string | null; messages: StoredMessage[] };

/** How much history a conversation keeps; older turns are dropped whole (a turn starts at a user message). */
const MAX_MESSAGES = 60;

const memberOf = (ctx: Ctx) => (ctx.actor.kind === 'member' ? ctx.actor.memberId : null);

export function conversationKey(ctx: Ctx, conversationId: string): string {
  const who = ctx.actor.kind === 'member' ? `m${ctx.actor.memberId}` : ctx.actor.kind === 'contact' ? `c${ctx.actor.contactId}` : 'sys';
  return `w${ctx.actor.workspaceId}:${who}:${conversationId}`;
}

/** The channel's id back from a stored key (keys are `w<ws>:<who>:<channel id>`). */
export const channelConversationId = (key: string) => key.split(':').slice(2).join(':');

// Every chat turn reads and writes its conversation: built once per db (src/db/prepared.ts). An insert's
// placeholders are encoded by their columns (dates, JSON); a condition's are bound as given.
const ph = sql.placeholder;
const findQueries = preparedPer((db: DbOrTx) => {
  const find = (member: SQL) => db.select({ title: conversations.title, messages: conversations.messages }).from(conversations)
    .where(and(eq(conversations.id, ph('key')), eq(conversations.workspaceId, ph('ws')), member)).limit(1).prepare();
  return { member: find(eq(conversations.memberId, ph('member'))), noMember: find(isNull(conversations.memberId)) };
});
const saveQueries = preparedPer((db: DbOrTx) => {
  const save = (titled: boolean) => db.insert(conversations).values({
    id: ph('key'), workspaceId: ph('ws'), memberId: ph('member'), channel: ph('channel'), title: ph('title'), messages: ph('messages'),
    createdAt: ph('now'), updatedAt: ph('now'),
  }).onConflictDoUpdate({
    target: conversations.id,
    // excluded.messages: the history is serialised once (a 60-message history is ~150 KB of JSON, ~3 ms to
    // stringify; naming it again here stringified it twice per turn).
    set: { messages: sql`excluded.messages`, updatedAt: sql`excluded.updated_at`, ...(titled ? { title: sql`coalesce(${conversations.title}, excluded.title)` } : {}) },
  }).prepare();
  return { titled: save(true), untitled: save(false) };
});

/** The caller's own conversation with this channel id, if it has one. */
export async function findConversation(ctx: Ctx, conversationId: string): Promise<ConversationRow | undefined> {
  const key = conversationKey(ctx, conversationId);
  const member = memberOf(ctx);
  const queries = findQueries(ctx.db);
  const [row] = member === null
    ? await queries.noMember.all({ key, ws: ctx.actor.workspaceId })
    : await queries.member.all({ key, ws: ctx.actor.workspaceId, member });
  return row ? { key, title: row.title, messages: (row.messages as StoredMessage[] | null) ?? [] } : undefined;
}

export function trimHistory<M extends StoredMessage>(messages: M[]): M[] {
  if (messages.length <= MAX_MESSAGES) return messages;
  let start = messages.length - MAX_MESSAGES;
  while (start < messages.length && messages[start].role !== 'user') start++;
  return messages.slice(start);
}

/** Writes the caller's conversation whole. `title`: what a list shows; the first one given is kept (same statement). */
export async function saveConversationRow(ctx: Ctx, row: { key: string; channel: string; title?: string; messages: StoredMessage[] }): Promise<void> {
  const messages = trimHistory(row.messages);
  const now = ctx.now();
  const save = saveQueries(ctx.db);
  await (row.title ? save.titled : save.untitled).run({
    key: row.key, ws: ctx.actor.workspaceId, member: memberOf(ctx), channel: row.channel, title: row.title ?? null,
    messages, now,
  });
}

/** Appends to a stored conversation of the caller's workspace by key (a confirmation may come from another member
 *  than the asker); nothing when there is none. */
export async function appendConversationMessages(ctx: Ctx, key: string, added: StoredMessage[]): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select({ messages: conversations.messages }).from(conversations)
      .where(and(eq(conversations.id, key), eq(conversations.workspaceId, ctx.actor.workspaceId))).limit(1);
    if (!row) return;
    const messages = trimHistory([...((row.messages as StoredMessage[] | null) ?? []), ...added]);
    await tx.update(conversations).set({ messages, updatedAt: ctx.now() }).where(eq(conversations.id, key));
  });
}

/** The caller's latest conversations on one channel (the web chat's list), newest first. */
export async function listConversations(ctx: Ctx, channel: string, limit = 50): Promise<Array<{ id: string; title: string | null; updatedAt: Date }>> {
  const rows = await ctx.db.select({ id: conversations.id, title: conversations.title, updatedAt: conversations.updatedAt, createdAt: conversations.createdAt })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, ctx.actor.workspaceId), eq(conversations.memberId, memberOf(ctx) ?? -1), eq(conversations.channel, channel)))
    .orderBy(desc(conversations.updatedAt)).limit(limit);
  return rows.map((r) => ({ id: channelConversationId(r.id), title: r.title, updatedAt: r.updatedAt ?? r.createdAt }));
}


/** Whether the assistant already took part in a channel conversation (a Slack thread), whoever asked it there.
 *  Conversation ids carry the Slack team, so they are unique across workspaces. */
export async function hasChannelConversation(db: Db, channel: string, conversationId: string): Promise<boolean> {
  const [row] = await db.select({ id: conversations.id }).from(conversations)
    .where(and(eq(conversations.channel, channel), sql`${conversations.id} LIKE ${`w%:%:${escapeLike(conversationId)}`} ESCAPE '\\'`))
    .limit(1);
  return !!row;
}
