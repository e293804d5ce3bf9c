import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { created, ts } from './columns';
import { workspaces } from './workspaces';

// The history of every change (who, through which channel, before and after), which undo reads.
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
