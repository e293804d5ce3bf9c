// The agent's memory (conversations) and the destructive tool calls waiting for a person's yes (approvals).
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { created, ts } from './columns';
import { members, workspaces } from './workspaces';

export const conversations = sqliteTable('conversations', {
  id: text('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  memberId: integer('member_id').references(() => members.id, { onDelete: 'cascade' }),
  channel: text('channel').notNull(),
  title: text('title'),
  // Model messages (AI SDK ModelMessage[]) and what the conversation is about (last client, contact).
  messages: text('messages', { mode: 'json' }).notNull().default(sql`'[]'`),
  focus: text('focus', { mode: 'json' }),
  createdAt: created(),
  updatedAt: ts('updated_at'),
}, (t) => [index('conversations_ws_member_idx').on(t.workspaceId, t.memberId, t.updatedAt)]);

export const approvals = sqliteTable('approvals', {
  id: text('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  memberId: integer('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
  conversationId: text('conversation_id'),
  channel: text('channel').notNull(),
  toolName: text('tool_name').notNull(),
  input: text('input', { mode: 'json' }).notNull(),
  inputHash: text('input_hash').notNull(),
  summary: text('summary').notNull(),
  status: text('status', { enum: ['pending', 'running', 'executed', 'cancelled', 'failed'] }).notNull().default('pending'),
  result: text('result', { mode: 'json' }),
  expiresAt: ts('expires_at').notNull(),
  decidedBy: integer('decided_by'),
  decidedAt: ts('decided_at'),
  createdAt: created(),
});
