import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { created, ts } from './columns';
import { members, workspaces } from './workspaces';

// Something to do for a client by a day ("call Acme Corp on Friday"): open until done; the App Home and "what needs
// my attention?" show those due.
export const followUps = sqliteTable('follow_ups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  /** 'YYYY-MM-DD'. */
  dueOn: text('due_on').notNull(),
  /** The teammate who is to do it. */
  ownerId: integer('owner_id').references(() => members.id, { onDelete: 'set null' }),
  doneAt: ts('done_at'),
  /** When its owner was told in Slack that it is due (claimed before the post, given back if the post fails). */
  remindedAt: ts('reminded_at'),
  createdAt: created(),
}, (t) => [
  index('follow_ups_ws_open_idx').on(t.workspaceId, t.doneAt, t.dueOn),
  index('follow_ups_client_idx').on(t.clientId, t.dueOn),
]);
