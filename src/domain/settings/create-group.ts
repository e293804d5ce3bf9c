// A group is a named set of settings (currency, payment terms, reminder tone) that its clients inherit.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { groups } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { optCurrency, optPaymentTerms, optReminderTone } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';

export const CreateGroupInput = z.object({
  name: z.string({ error: 'is required' }).trim().min(1, 'is required').max(120, 'is longer than 120 characters'),
  currency: optCurrency,
  paymentTerms: optPaymentTerms,
  reminderTone: optReminderTone,
});

export type GroupView = { id: number; name: string; currency: string | null; paymentTerms: number | null; reminderTone: string | null };

export async function createGroup({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ group: GroupView; activityId: number }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(CreateGroupInput, input);
  return ctx.db.transaction(async (tx) => {
    const ws = ctx.actor.workspaceId;
    const [taken] = await tx.select({ id: groups.id }).from(groups)
      .where(and(eq(groups.workspaceId, ws), sql`lower(${groups.name}) = ${d.name.toLowerCase()}`)).limit(1);
    if (taken) throw new InvalidInput([{ field: 'name', message: `a group named ${d.name} already exists` }]);
    const [g] = await tx.insert(groups).values({
      workspaceId: ws, name: d.name, currency: d.currency ?? null, paymentTerms: d.paymentTerms ?? null,
      reminderTone: d.reminderTone ?? null, createdAt: ctx.now(),
    }).returning();
    const group = { id: g.id, name: g.name, currency: g.currency, paymentTerms: g.paymentTerms, reminderTone: g.reminderTone };
    const activityId = await recordActivity(tx, ctx, {
      verb: 'group.created', entityType: 'group', entityId: g.id, summary: `Created the group ${g.name}`, after: group,
    });
    return { group, activityId };
  });
}
