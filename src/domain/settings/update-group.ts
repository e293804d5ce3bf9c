// Renames a group or changes its settings; null (or an empty value) clears a setting so its clients fall back
// to the workspace. Records only what changed, before and after, so the change can be undone.
import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { groups } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { optCurrency, optPaymentTerms, optReminderTone, optText, Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import type { GroupView } from './create-group';
import { resolveGroup } from './resolve-group';

export const UpdateGroupInput = z.object({
  group: Ref,
  name: optText(120),
  currency: optCurrency,
  paymentTerms: optPaymentTerms,
  reminderTone: optReminderTone,
});

// The history says what changed as people call it, not by column ("paymentTerms 30 → 45").
const GROUP_WORDS: Record<string, string> = { name: 'name', currency: 'currency', paymentTerms: 'payment terms', reminderTone: 'reminder tone' };

export async function updateGroup({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ group: GroupView; changed: string[]; activityId: number | null }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(UpdateGroupInput, input);
  if (d.name === null) throw new InvalidInput([{ field: 'name', message: 'cannot be empty' }]);
  return ctx.db.transaction(async (tx) => {
    const g = await resolveGroup(tx, ctx, d.group);
    if (d.name && d.name.toLowerCase() !== g.name.toLowerCase()) {
      const [taken] = await tx.select({ id: groups.id }).from(groups).where(and(eq(groups.workspaceId, g.workspaceId),
        ne(groups.id, g.id), sql`lower(${groups.name}) = ${d.name.toLowerCase()}`)).limit(1);
      if (taken) throw new InvalidInput([{ field: 'name', message: `a group named ${d.name} already exists` }]);
    }
    const next = { name: d.name ?? g.name, currency: d.currency, paymentTerms: d.paymentTerms, reminderTone: d.reminderTone };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined) continue;
      const old = g[k as keyof typeof g];
      if (old !== v) { before[k] = old; after[k] = v; }
    }
    const changed = Object.keys(after);
    const view = (r: typeof g): GroupView => ({ id: r.id, name: r.name, currency: r.currency, paymentTerms: r.paymentTerms, reminderTone: r.reminderTone });
    if (!changed.length) return { group: view(g), changed, activityId: null };
    const [row] = await tx.update(groups).set(after).where(eq(groups.id, g.id)).returning();
    const describe = changed.map((k) => `${GROUP_WORDS[k] ?? k} ${before[k] ?? '(none)'} → ${after[k] ?? '(none)'}`);
    const activityId = await recordActivity(tx, ctx, {
      verb: 'group.updated', entityType: 'group', entityId: g.id, summary: `Updated the group ${row.name}: ${describe.join(', ')}`, before, after,
    });
    return { group: view(row), changed, activityId };
  });
}
