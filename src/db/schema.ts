// The whole data model. Every table carries workspace_id: one deployment serves several teams and no
// query may cross them. Money is stored in minor units (cents); dates a person types are 'YYYY-MM-DD' text.
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CLIENT_STATUSES, CONTACT_ROLES, MEMBER_ROLES } from './enums';

const ts = (name: string) => integer(name, { mode: 'timestamp_ms' });
const created = () => ts('created_at').notNull().default(sql`(unixepoch('subsec') * 1000)`);
const flag = (name: string) => integer(name, { mode: 'boolean' });
// Phone search: the digits of a phone (however it was typed), then their last 20 reversed, so "ends with these
// digits" is a prefix range on an index ("030 1234567" finds +49301234567). Virtual: computed, never stored.
const phoneDigits = () => text('phone_digits').generatedAlwaysAs(
  sql.raw(['+', ' ', '-', '(', ')', '.', '/'].reduce((e, ch) => `replace(${e}, '${ch}', '')`, 'coalesce("phone", \'\')')), { mode: 'virtual' });
const phoneKey = () => text('phone_key').generatedAlwaysAs(
  sql.raw(Array.from({ length: 20 }, (_, i) => `substr("phone_digits", ${-(i + 1)}, 1)`).join(' || ')), { mode: 'virtual' });

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

export const clients = sqliteTable('clients', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  number: text('number').notNull(),
  idNumber: text('id_number'),
  name: text('name').notNull(),
  // Derived keys for the duplicate rule, indexed so it stays fast at 100k clients.
  nameKey: text('name_key').notNull(),
  websiteDomain: text('website_domain'),
  email: text('email'),
  phone: text('phone'),
  website: text('website'),
  industry: text('industry'),
  taxId: text('tax_id'),
  addressLine1: text('address_line1'),
  addressLine2: text('address_line2'),
  city: text('city'),
  region: text('region'),
  postalCode: text('postal_code'),
  country: text('country'),
  currency: text('currency'),
  paymentTerms: integer('payment_terms'),
  reminderTone: text('reminder_tone'),
  status: text('status', { enum: CLIENT_STATUSES }).notNull().default('lead'),
  value: real('value'),
  startDate: text('start_date'),
  endDate: text('end_date'),
  ownerId: integer('owner_id').references(() => members.id, { onDelete: 'set null' }),
  groupId: integer('group_id').references(() => groups.id, { onDelete: 'set null' }),
  portalEnabled: flag('portal_enabled').notNull().default(true),
  // Bumped by regeneratePortalLink and by turning the portal off: every older link and session dies.
  portalEpoch: integer('portal_epoch').notNull().default(0),
  archivedAt: ts('archived_at'),
  enrichmentState: text('enrichment_state', { enum: ['none', 'succeeded', 'skipped', 'failed'] }).notNull().default('none'),
  enrichmentError: text('enrichment_error'),
  enrichmentData: text('enrichment_data', { mode: 'json' }),
  enrichedAt: ts('enriched_at'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
  lastActivityAt: ts('last_activity_at'),
  // Issued + paid invoices in cents, in one currency: that of the client's latest issued or paid invoice
  // (revenue_currency; null without any). Kept by triggers on invoices (drizzle/0004, 0013), so the revenue sort
  // reads an index and never compares amounts of different currencies (it groups by currency).
  revenueCents: integer('revenue_cents').notNull().default(0),
  revenueCurrency: text('revenue_currency'),
  phoneDigits: phoneDigits(),
  phoneKey: phoneKey(),
}, (t) => [
  uniqueIndex('clients_ws_number_uq').on(t.workspaceId, t.number),
  uniqueIndex('clients_ws_id_number_uq').on(t.workspaceId, t.idNumber),
  index('clients_ws_name_key_idx').on(t.workspaceId, t.nameKey),
  index('clients_ws_domain_idx').on(t.workspaceId, t.websiteDomain),
  // The name and revenue sorts walk these in order; the trailing status, country and archived columns let a
  // filtered list skip non-matching rows inside the index, without reading them (findClients at 100k).
  index('clients_ws_name_nocase_idx').on(t.workspaceId, sql`${t.name} COLLATE NOCASE`, t.status, t.country, t.archivedAt),
  index('clients_ws_revenue_idx').on(t.workspaceId, sql`${t.revenueCents} = 0`, t.revenueCurrency, sql`${t.revenueCents} DESC`, sql`${t.name} COLLATE NOCASE`, t.status, t.country, t.archivedAt),
  // An email-looking search reads this (and contacts_ws_email_idx) instead of a full-text phrase over "com".
  index('clients_ws_email_idx').on(t.workspaceId, t.email),
  index('clients_ws_created_idx').on(t.workspaceId, t.createdAt),
  index('clients_ws_activity_idx').on(t.workspaceId, t.lastActivityAt),
  index('clients_ws_status_idx').on(t.workspaceId, t.status),
  // Active/archived lists and their counts read this index alone (no row lookups at 100k clients), also when
  // filtered by country and status: counting the 12,500 German clients read all 100,000 rows before (issue 15).
  index('clients_ws_archived_country_idx').on(t.workspaceId, t.archivedAt, t.country, t.status),
  index('clients_ws_phone_key_idx').on(t.workspaceId, t.phoneKey),
  // A search's matches are scoped (workspace, archived, status, country) by probing this small index by id
  // instead of each match's table row: counting 8,333 matches of "acme" read most of the table's pages (issue 15).
  index('clients_id_scope_idx').on(t.id, t.workspaceId, t.archivedAt, t.status, t.country),
]);

export const contacts = sqliteTable('contacts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  name: text('name'),
  email: text('email'),
  phone: text('phone'),
  jobTitle: text('job_title'),
  role: text('role', { enum: CONTACT_ROLES }),
  isPrimary: flag('is_primary').notNull().default(false),
  isBillingDefault: flag('is_billing_default').notNull().default(false),
  portalEnabled: flag('portal_enabled').notNull().default(true),
  portalLastSignInAt: ts('portal_last_sign_in_at'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
  phoneDigits: phoneDigits(),
  phoneKey: phoneKey(),
}, (t) => [
  uniqueIndex('contacts_client_email_uq').on(t.clientId, t.email),
  // At most one primary and one billing default per client, even under concurrent writers.
  uniqueIndex('contacts_one_primary_uq').on(t.clientId).where(sql`is_primary = 1`),
  uniqueIndex('contacts_one_billing_uq').on(t.clientId).where(sql`is_billing_default = 1`),
  index('contacts_ws_email_idx').on(t.workspaceId, t.email),
  index('contacts_ws_phone_key_idx').on(t.workspaceId, t.phoneKey),
]);

export const notes = sqliteTable('notes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
  authorId: integer('author_id').references(() => members.id, { onDelete: 'set null' }),
  createdAt: created(),
}, (t) => [index('notes_client_idx').on(t.clientId, t.createdAt)]);

export const projects = sqliteTable('projects', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  status: text('status', { enum: ['planned', 'active', 'on_hold', 'completed', 'cancelled'] }).notNull().default('active'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
}, (t) => [index('projects_client_idx').on(t.clientId)]);

export const invoices = sqliteTable('invoices', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  // restrict: a client with issued invoices cannot be deleted (the domain says so first).
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'restrict' }),
  projectId: integer('project_id').references(() => projects.id, { onDelete: 'set null' }),
  number: text('number').notNull(),
  description: text('description'),
  amountCents: integer('amount_cents').notNull(),
  // Fixed when issued; never follows later changes to the client's currency.
  currency: text('currency').notNull(),
  status: text('status', { enum: ['draft', 'issued', 'paid', 'void'] }).notNull().default('issued'),
  issuedOn: text('issued_on'),
  dueOn: text('due_on'),
  amountPaidCents: integer('amount_paid_cents').notNull().default(0),
  // Last time it was emailed to the client (sendInvoice), and to which address.
  sentAt: ts('sent_at'),
  sentTo: text('sent_to'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
}, (t) => [
  uniqueIndex('invoices_ws_number_uq').on(t.workspaceId, t.number),
  index('invoices_client_idx').on(t.clientId),
  // Covers revenue and balance per client (findClients sorts by revenue in SQL).
  index('invoices_ws_client_totals_idx').on(t.workspaceId, t.clientId, t.status, t.amountCents, t.amountPaidCents),
]);

export const payments = sqliteTable('payments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  invoiceId: integer('invoice_id').notNull().references(() => invoices.id, { onDelete: 'cascade' }),
  amountCents: integer('amount_cents').notNull(),
  paidOn: text('paid_on').notNull(),
  createdAt: created(),
}, (t) => [index('payments_invoice_idx').on(t.invoiceId), index('payments_client_idx').on(t.clientId)]);

export const activities = sqliteTable('activities', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  actorMemberId: integer('actor_member_id'),
  actorContactId: integer('actor_contact_id'),
  actorName: text('actor_name'),
  channel: text('channel', { enum: ['slack', 'web', 'cli', 'portal', 'api', 'system'] }).notNull(),
  verb: text('verb').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: integer('entity_id'),
  // Not a foreign key: the history of a deleted client is kept.
  clientId: integer('client_id'),
  summary: text('summary').notNull(),
  before: text('before', { mode: 'json' }),
  after: text('after', { mode: 'json' }),
  undoOf: integer('undo_of'),
  undoneAt: ts('undone_at'),
  createdAt: created(),
}, (t) => [
  index('activities_ws_client_idx').on(t.workspaceId, t.clientId, t.id),
  index('activities_ws_idx').on(t.workspaceId, t.id),
]);

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

export const slackEvents = sqliteTable('slack_events', {
  // event_id for Events API deliveries, a payload hash for interactivity.
  eventId: text('event_id').primaryKey(),
  workspaceId: integer('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
  teamId: text('team_id'),
  status: text('status', { enum: ['processing', 'done', 'failed'] }).notNull().default('processing'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
});

export const signInTokens = sqliteTable('sign_in_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  purpose: text('purpose', { enum: ['team', 'first_owner', 'portal'] }).notNull(),
  memberId: integer('member_id').references(() => members.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
  contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
  email: text('email'),
  // SHA-256 of the token; the raw token exists only in the email.
  tokenHash: text('token_hash').notNull(),
  portalEpoch: integer('portal_epoch'),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  createdAt: created(),
}, (t) => [uniqueIndex('sign_in_tokens_hash_uq').on(t.tokenHash), index('sign_in_tokens_email_idx').on(t.email, t.createdAt)]);

export const sessions = sqliteTable('sessions', {
  // SHA-256 of the cookie value.
  id: text('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['team', 'portal'] }).notNull(),
  memberId: integer('member_id').references(() => members.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
  contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
  portalEpoch: integer('portal_epoch'),
  csrfToken: text('csrf_token'),
  createdAt: created(),
  lastSeenAt: ts('last_seen_at'),
  expiresAt: ts('expires_at').notNull(),
  revokedAt: ts('revoked_at'),
});

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

export const csvImports = sqliteTable('csv_imports', {
  id: text('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  memberId: integer('member_id'),
  filename: text('filename'),
  contentHash: text('content_hash').notNull(),
  content: text('content').notNull(),
  report: text('report', { mode: 'json' }),
  status: text('status', { enum: ['dry_run', 'applied', 'failed'] }).notNull().default('dry_run'),
  createdAt: created(),
  appliedAt: ts('applied_at'),
});

// Files a team member attached to a client. The bytes live in private storage (the DocumentStore port on ctx,
// src/files/document-files.ts), never in a public folder; the row says who may see it. Deleting sets deleted_at
// (undoable); the purge removes the bytes once the undo window has passed.
export const documents = sqliteTable('documents', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  bytes: integer('bytes').notNull(),
  storageKey: text('storage_key').notNull(),
  shared: flag('shared').notNull().default(false),
  addedBy: integer('added_by'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
  deletedAt: ts('deleted_at'),
}, (t) => [index('documents_ws_client_idx').on(t.workspaceId, t.clientId, t.deletedAt), uniqueIndex('documents_storage_key_uq').on(t.storageKey)]);

// A priced offer the client accepts or declines in the portal. Accepting creates the project (project_id).
// Amount in minor units; currency fixed when created, as for invoices. valid_until is 'YYYY-MM-DD'.
export const quotes = sqliteTable('quotes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  number: text('number').notNull(),
  title: text('title').notNull(),
  amountCents: integer('amount_cents').notNull(),
  currency: text('currency').notNull(),
  validUntil: text('valid_until'),
  status: text('status', { enum: ['draft', 'sent', 'accepted', 'declined'] }).notNull().default('draft'),
  comment: text('comment'),
  projectId: integer('project_id').references(() => projects.id, { onDelete: 'set null' }),
  decidedByContactId: integer('decided_by_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
  createdBy: integer('created_by'),
  sentAt: ts('sent_at'),
  decidedAt: ts('decided_at'),
  createdAt: created(),
  updatedAt: ts('updated_at'),
}, (t) => [uniqueIndex('quotes_ws_number_uq').on(t.workspaceId, t.number), index('quotes_ws_client_idx').on(t.workspaceId, t.clientId, t.status)]);

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

// Limits shared by every app instance on one database: one row per key and window.
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').notNull(),
  windowStart: integer('window_start').notNull(),
  hits: integer('hits').notNull().default(0),
}, (t) => [uniqueIndex('rate_limits_key_window_uq').on(t.key, t.windowStart)]);
