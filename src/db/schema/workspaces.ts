// Teams: the workspace every row belongs to, its members and its client groups.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { MEMBER_ROLES } from '../enums';
import { created, ts } from './columns';

export const workspaces = sqliteTable('workspaces', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  defaultCurrency: text('default_currency').notNull().default('USD'),
  country: text('country'),
  paymentTerms: integer('payment_terms').notNull().default(30),
  reminderTone: text('reminder_tone').notNull().default('friendly'),
  slackTeamId: text('slack_team_id'),
  // The Slack channel (an id) where this workspace's client message threads are mirrored; null: the deployment's
  // SLACK_MESSAGES_CHANNEL for its own workspace, none for the others.
  slackMessagesChannel: text('slack_messages_channel'),
  // Set when the workspace's Slack team uninstalled the app (or revoked its token) and the team has no other way
  // in; cleared by a reinstall. While set, no portal link or session of this workspace works (nothing is deleted).
  portalClosedAt: ts('portal_closed_at'),
  // Signs agent approvals when APPROVAL_SECRET is unset; generated on first start, never derived.
  approvalSecret: text('approval_secret'),
  createdAt: created(),
}, (t) => [uniqueIndex('workspaces_slack_team_uq').on(t.slackTeamId)]);

export const members = sqliteTable('members', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  name: text('name'),
  email: text('email'),
  role: text('role', { enum: MEMBER_ROLES }).notNull().default('manager'),
  slackTeamId: text('slack_team_id'),
  slackUserId: text('slack_user_id'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
  // Set when removed from the team: the row stays (history, client ownership, undo) but grants nothing.
  removedAt: ts('removed_at'),
}, (t) => [
  uniqueIndex('members_ws_email_uq').on(t.workspaceId, t.email),
  uniqueIndex('members_ws_slack_uq').on(t.workspaceId, t.slackTeamId, t.slackUserId),
]);

export const groups = sqliteTable('groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  currency: text('currency'),
  paymentTerms: integer('payment_terms'),
  reminderTone: text('reminder_tone'),
  createdAt: created(),
}, (t) => [uniqueIndex('groups_ws_name_uq').on(t.workspaceId, t.name)]);
