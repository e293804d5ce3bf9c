// What a plan was decided against, in a few index lookups (under 1 ms at 100,000 clients; it used to count and
// scan every client, contact and note row: 25-70 ms). A plan reads the clients, their contacts and notes, the
// members and groups by name, and the workspace's country. Equal fingerprints before planning and inside the
// write transaction mean the plan still holds; any other history row (an invoice sent) only costs deciding again.
// - Clients, contacts and notes: the workspace's latest history row. Every verb that writes them records one in
//   the same transaction (create, update, archive, delete, contacts, notes, enrichment, portal profile, undo and
//   redo, and the import itself, one per client), and activity ids are AUTOINCREMENT, so never reused. The only
//   writes to them without one change no column a plan reads: `last_activity_at` (with a history row anyway),
//   `updated_at`/`portal_epoch` when the portal is switched to what it already was, and the revenue columns
//   (invoice triggers). test/domain/imports/kept-plan-fingerprint.test.ts changes each kind between preview and apply.
// - Members, groups and the country are read as they are (a few rows): a member is added without a history row by
//   the first-owner link and the terminal's "Local owner".
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';

export async function importFingerprint(db: DbOrTx, ctx: Ctx): Promise<string> {
  const ws = ctx.actor.workspaceId;
  const [row] = await db.all<Record<string, unknown>>(sql`SELECT
    (SELECT max(id) FROM activities WHERE workspace_id = ${ws}) AS a,
    (SELECT json_group_array(json_array(id, name, email)) FROM (SELECT id, name, email FROM members WHERE workspace_id = ${ws} ORDER BY id)) AS m,
    (SELECT json_group_array(json_array(id, name)) FROM (SELECT id, name FROM groups WHERE workspace_id = ${ws} ORDER BY id)) AS g,
    (SELECT country FROM workspaces WHERE id = ${ws}) AS w`);
  return JSON.stringify(row ?? null);
}
