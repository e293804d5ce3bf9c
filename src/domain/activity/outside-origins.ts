// Which clients hold text written outside the team, read from their history: notes (pasted mail, CSV notes,
// website descriptions), a portal contact's own edits and messages, CSV imports, clients made from Slack messages, website
// enrichment. There is no per-field origin, so a client counts as a whole; erring towards "outside" only asks more.
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { activities, notes, workspaces } from '../../db/schema';

export type OutsideOrigin = 'client notes' | "a portal contact's own profile" | "a portal contact's messages" | 'CSV cells' | 'a Slack message'
  | 'website text';

// Every result that shows clients asks (each web chat search): one statement of a fixed shape, built once per db
// (src/db/prepared.ts), the ids as one JSON array; it was two statements built by drizzle on each call (issue 15).
// Columns go through aliases: drizzle writes a select field's columns unqualified, which a subquery reads as its own.
const ws = sql.placeholder('ws');
const ids = () => sql`(SELECT value FROM json_each(${sql.placeholder('ids')}))`;
const originsQuery = preparedPer((db: DbOrTx) => db.select({
  noted: sql<number>`EXISTS (SELECT 1 FROM ${notes} n WHERE n.workspace_id = ${ws} AND n.client_id IN ${ids()})`,
  // [channel, verb, summary] of each distinct kind of such history row (the summaries: those write-import.ts gives
  // the rows it creates and updates).
  rows: sql<string>`(SELECT json_group_array(json_array(channel, verb, summary)) FROM (SELECT DISTINCT a.channel, a.verb, a.summary
    FROM ${activities} a WHERE a.workspace_id = ${ws} AND a.client_id IN ${ids()} AND (a.channel = 'portal'
      OR a.verb = 'client.enriched' OR (a.channel = 'slack' AND a.verb = 'client.created')
      OR a.summary LIKE 'Imported %' OR (a.verb = 'client.updated' AND a.summary LIKE 'Updated % from %'))))`,
}).from(workspaces).where(eq(workspaces.id, ws)).prepare());

export async function outsideOrigins(ctx: Ctx, clientIds: number[]): Promise<OutsideOrigin[]> {
  const unique = [...new Set(clientIds)].slice(0, 200);
  if (!unique.length) return [];
  const [row] = await originsQuery(ctx.db).all({ ws: ctx.actor.workspaceId, ids: JSON.stringify(unique) });
  if (!row) return [];
  const found = new Set<OutsideOrigin>();
  if (Number(row.noted) > 0) found.add('client notes');
  for (const [channel, verb, summary] of JSON.parse(row.rows) as Array<[string, string, string]>) {
    if (channel === 'portal') found.add(verb === 'message.posted' ? "a portal contact's messages" : "a portal contact's own profile");
    else if (verb === 'client.enriched') found.add('website text');
    else if (summary.startsWith('Imported ') || verb === 'client.updated') found.add('CSV cells');
    else if (channel === 'slack') found.add('a Slack message');
  }
  return [...found];
}
