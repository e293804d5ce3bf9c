// Writing to clients: the portal conversation and outreach drafts.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients, contacts } from './clients';
import { created, ts } from './columns';
import { members, workspaces } from './workspaces';

// One conversation per client between the team and the client's portal contacts. A message from the portal is
// posted into Slack (slack_channel/slack_thread_ts of the first post); team replies in that thread come back here.
export const messages = sqliteTable('messages', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  // Exactly one author: a team member or a portal contact.
  authorMemberId: integer('author_member_id').references(() => members.id, { onDelete: 'set null' }),
  authorContactId: integer('author_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
  body: text('body').notNull(),
  slackChannel: text('slack_channel'),
  slackTs: text('slack_ts'),
  slackThreadTs: text('slack_thread_ts'),
  // Mirroring into Slack: slack_channel set and slack_ts null is "not yet in Slack" (set when the message is saved);
  // slack_posting_at is when a poster sent it to Slack (in flight: the post may have happened), slack_attempts the
  // failed posts so far (retried by the sweep in order, given up after a few). With slack_ts set, slack_posting_at is
  // when a watch for late stray copies began (domain/messages/stray-posts.ts).
  slackPostingAt: ts('slack_posting_at'),
  slackAttempts: integer('slack_attempts').notNull().default(0),
  readByTeamAt: ts('read_by_team_at'),
  readByClientAt: ts('read_by_client_at'),
  createdAt: created(),
}, (t) => [
  index('messages_ws_client_idx').on(t.workspaceId, t.clientId, t.createdAt),
  // Keyed by workspace too: a Slack Connect channel is the same channel (and message ts) for every team sharing it.
  index('messages_slack_thread_idx').on(t.workspaceId, t.slackChannel, t.slackThreadTs),
  uniqueIndex('messages_slack_ts_uq').on(t.workspaceId, t.slackChannel, t.slackTs),
  // The sweep's look-up of messages not yet in Slack: only those rows are in it.
  index('messages_slack_pending_idx').on(t.workspaceId, t.clientId, t.slackChannel, t.id).where(sql`slack_ts is null and slack_channel is not null`),
]);

export const outreachDrafts = sqliteTable('outreach_drafts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
  goal: text('goal'),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  status: text('status', { enum: ['draft', 'sent'] }).notNull().default('draft'),
  sentAt: ts('sent_at'),
  createdBy: integer('created_by'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
}, (t) => [index('outreach_client_idx').on(t.clientId)]);
