// Clients, the people at each (contacts) and the team's notes on them.
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CLIENT_STATUSES, CONTACT_ROLES } from '../enums';
import { created, flag, ts } from './columns';
import { groups, members, workspaces } from './workspaces';

// Phone search: the digits of a phone (however it was typed), then their last 20 reversed, so "ends with these
// digits" is a prefix range on an index ("030 1234567" finds +49301234567). Virtual: computed, never stored.
const phoneDigits = () => text('phone_digits').generatedAlwaysAs(
  sql.raw(['+', ' ', '-', '(', ')', '.', '/'].reduce((e, ch) => `replace(${e}, '${ch}', '')`, 'coalesce("phone", \'\')')), { mode: 'virtual' });
const phoneKey = () => text('phone_key').generatedAlwaysAs(
  sql.raw(Array.from({ length: 20 }, (_, i) => `substr("phone_digits", ${-(i + 1)}, 1)`).join(' || ')), { mode: 'virtual' });

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
  // A group's clients (findClients' and the export's group filter) by name, and their count, from this index alone;
  // without the name, the name sort walked every client of the workspace to find a small group's few.
  index('clients_ws_group_name_idx').on(t.workspaceId, t.groupId, sql`${t.name} COLLATE NOCASE`, t.status, t.country, t.archivedAt),
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
