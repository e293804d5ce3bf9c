// Slack: deliveries already handled, the client message threads, the app's installations.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { created, ts } from './columns';
import { workspaces } from './workspaces';

export const slackEvents = sqliteTable('slack_events', {
  // event_id for Events API deliveries, a payload hash for interactivity.
  eventId: text('event_id').primaryKey(),
  workspaceId: integer('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
  teamId: text('team_id'),
  status: text('status', { enum: ['processing', 'done', 'failed'] }).notNull().default('processing'),
  // Who holds a "processing" claim ("host:pid:nonce"): at start only a dead owner's claims are settled.
  owner: text('owner'),
  // A slash command's answer URL (valid 30 minutes), kept while it runs so a restart can say it was cut off.
  responseUrl: text('response_url'),
  commandText: text('command_text'),
  slackUserId: text('slack_user_id'),
  // A mention's, DM's or click's thread (a modal's: where it was opened, else the person's DM) and the "Working…"
  // placeholder posted there, kept while it runs so a restart can post in that thread that it was cut off.
  channel: text('channel'),
  threadTs: text('thread_ts'),
  placeholderTs: text('placeholder_ts'),
  interruptedAt: ts('interrupted_at'),
  // The report of interrupted work: taken to be sent (when, by which process: a kill mid-send leaves it taken, and the
  // next start gives back a dead reporter's), then settled once Slack took it (or it could never be delivered).
  reportingAt: ts('reporting_at'),
  reporter: text('reporter'),
  reportedAt: ts('reported_at'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
});

// The one Slack thread of a client's messages in a messages channel. The row is claimed (thread_ts null,
// claimed_by/claimed_at) before the thread's first post, so of several instances posting a client's first message
// at once only one starts the thread; the others post into it once thread_ts is set. A claim left pending past a
// bounded time (its owner died mid-post) is taken over.
export const slackThreads = sqliteTable('slack_threads', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  channel: text('channel').notNull(),
  threadTs: text('thread_ts'),
  claimedBy: text('claimed_by').notNull(),
  claimedAt: ts('claimed_at').notNull(),
  createdAt: created(),
}, (t) => [
  uniqueIndex('slack_threads_client_uq').on(t.workspaceId, t.clientId, t.channel),
  uniqueIndex('slack_threads_ts_uq').on(t.workspaceId, t.channel, t.threadTs),
]);

// A Slack team that installed the app through OAuth. The bot token is encrypted at rest (SLACK_TOKEN_KEY);
// reinstalling updates the row in place; app_uninstalled / tokens_revoked delete it (and close the workspace's portal).
export const slackInstallations = sqliteTable('slack_installations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  teamId: text('team_id').notNull(),
  teamName: text('team_name'),
  enterpriseId: text('enterprise_id'),
  botUserId: text('bot_user_id'),
  botTokenEncrypted: text('bot_token_encrypted').notNull(),
  scopes: text('scopes'),
  installedBy: text('installed_by'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
}, (t) => [uniqueIndex('slack_installations_team_uq').on(t.teamId)]);
