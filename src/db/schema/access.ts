// Getting in: sign-in links, sessions (team and portal) and rate limits.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients, contacts } from './clients';
import { created, ts } from './columns';
import { members, workspaces } from './workspaces';

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

// Limits shared by every app instance on one database: one row per key and window.
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').notNull(),
  windowStart: integer('window_start').notNull(),
  hits: integer('hits').notNull().default(0),
}, (t) => [uniqueIndex('rate_limits_key_window_uq').on(t.key, t.windowStart)]);
