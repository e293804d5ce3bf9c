// Which clients hold text written outside the team, read from their history: notes (pasted mail, CSV notes,
// website descriptions), a portal contact's own edits and messages, CSV imports, clients made from Slack messages, website
// enrichment. There is no per-field origin, so a client counts as a whole; erring towards "outside" only asks more.
import { and, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { activities, notes } from '../../db/schema';

export type OutsideOrigin = 'client notes' | "a portal contact's own profile" | "a portal contact's messages" | 'CSV cells' | 'a Slack message'
  | 'website text';

export async function outsideOrigins(ctx: Ctx, clientIds: number[]): Promise<OutsideOrigin[]> {
  const ids = [...new Set(clientIds)].slice(0, 200);
  if (!ids.length) return [];
  const ws = ctx.actor.workspaceId;
  const [noted] = await ctx.db.select({ n: sql<number>`count(*)` }).from(notes)
    .where(and(eq(notes.workspaceId, ws), inArray(notes.clientId, ids)));
  const rows = await ctx.db.selectDistinct({ channel: activities.channel, verb: activities.verb, summary: activities.summary })
    .from(activities)
    .where(and(eq(activities.workspaceId, ws), inArray(activities.clientId, ids), or(
      eq(activities.channel, 'portal'), eq(activities.verb, 'client.enriched'),
      and(eq(activities.channel, 'slack'), eq(activities.verb, 'client.created')),
      // The summaries write-import.ts gives the rows it creates and updates.
      like(activities.summary, 'Imported %'), and(eq(activities.verb, 'client.updated'), like(activities.summary, 'Updated % from %')),
    )));
  const found = new Set<OutsideOrigin>();
  if (noted && Number(noted.n) > 0) found.add('client notes');
  for (const r of rows) {
    if (r.channel === 'portal') found.add(r.verb === 'message.posted' ? "a portal contact's messages" : "a portal contact's own profile");
    else if (r.verb === 'client.enriched') found.add('website text');
    else if (r.summary.startsWith('Imported ') || r.verb === 'client.updated') found.add('CSV cells');
    else if (r.channel === 'slack') found.add('a Slack message');
  }
  return [...found];
}
