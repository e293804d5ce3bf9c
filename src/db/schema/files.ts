// What a team member brought in: files attached to a client and CSV imports.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { created, flag, ts } from './columns';
import { workspaces } from './workspaces';

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
