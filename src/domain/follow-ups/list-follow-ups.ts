// The open follow-ups, soonest first: the person's own (default) or everyone's, all of them or those due by a day
// ("my follow-ups this week"). Clients archived are left out; a member without client access sees none.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { followUps } from '../../db/schema';
import { actorMemberId, requireClientAccess } from '../access';
import { parseInput } from '../normalize/parse-input';
import { listOpenFollowUps, type FollowUpView } from './follow-up-views';

export const LIST_FOLLOW_UPS_MAX = 200;

export const ListFollowUpsInput = z.object({
  /** `workspace`: everyone's; default `mine`: the ones the person is to do. */
  scope: z.enum(['mine', 'workspace'], { error: 'must be mine or workspace' }).optional(),
  /** Due by this day (YYYY-MM-DD); left out: whenever. */
  until: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }).optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be at least 1').max(LIST_FOLLOW_UPS_MAX, `must be at most ${LIST_FOLLOW_UPS_MAX}`).optional(),
});

export type FollowUpList = { scope: 'mine' | 'workspace'; until: string | null; items: FollowUpView[]; more: boolean };

export async function listFollowUps({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<FollowUpList> {
  requireClientAccess(ctx.actor);
  const d = parseInput(ListFollowUpsInput, input ?? {});
  const me = actorMemberId(ctx.actor);
  const scope = d.scope === 'workspace' || me === null ? 'workspace' : 'mine';
  const limit = d.limit ?? 50;
  const rows = await listOpenFollowUps(ctx.db, ctx.actor.workspaceId, ctx.now(),
    { until: d.until ?? null, scope: scope === 'mine' ? eq(followUps.ownerId, me!) : sql`1` }, limit + 1);
  return { scope, until: d.until ?? null, items: rows.slice(0, limit), more: rows.length > limit };
}
