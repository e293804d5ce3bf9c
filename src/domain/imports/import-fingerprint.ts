// What a plan was decided against, in a few indexed aggregates: every write a verb makes leaves an activity row,
// and the row counts, highest ids and last edit catch writes that do not (a member added from the terminal).
// Equal fingerprints before planning and inside the write transaction mean the plan still holds.
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';

export async function importFingerprint(db: DbOrTx, ctx: Ctx): Promise<string> {
  const ws = ctx.actor.workspaceId;
  const [row] = await db.all<Record<string, unknown>>(sql`SELECT
    (SELECT max(id) FROM activities WHERE workspace_id = ${ws}) AS a,
    (SELECT count(*) || ':' || ifnull(max(id), 0) || ':' || ifnull(max(updated_at), 0) FROM clients WHERE workspace_id = ${ws}) AS c,
    (SELECT count(*) || ':' || ifnull(max(id), 0) FROM contacts WHERE workspace_id = ${ws}) AS p,
    (SELECT count(*) || ':' || ifnull(max(id), 0) FROM notes WHERE workspace_id = ${ws}) AS n,
    (SELECT count(*) || ':' || ifnull(max(id), 0) FROM members WHERE workspace_id = ${ws}) AS m,
    (SELECT count(*) || ':' || ifnull(max(id), 0) FROM groups WHERE workspace_id = ${ws}) AS g,
    (SELECT country FROM workspaces WHERE id = ${ws}) AS w`);
  return JSON.stringify(row ?? null);
}
