// Work and money per client: projects, invoices, payments and quotes.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients, contacts } from './clients';
import { created, ts } from './columns';
import { workspaces } from './workspaces';

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
