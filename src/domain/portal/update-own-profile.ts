// A signed-in contact corrects its own name and phone; nothing else (not its email, not other contacts).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { contacts } from '../../db/schema';
import { InvalidInput, NotFound } from '../../errors';
import { recordActivity } from '../activity/record-activity';
import { requireContact } from './portal-actor';

export const UpdateOwnProfileInput = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(120, 'Keep the name under 120 characters.'),
  phone: z.string().trim().max(40, 'Keep the phone number under 40 characters.')
    .refine((p) => p === '' || /^\+?[0-9 ().\-/]{4,40}$/.test(p), 'Use digits, spaces and + ( ) - only.'),
}).strict();

export async function updateOwnProfile({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const me = requireContact(ctx.actor);
  const parsed = UpdateOwnProfileInput.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInput(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'input'), message: i.message })));
  }
  const next = { name: parsed.data.name, phone: parsed.data.phone || null };
  return ctx.db.transaction(async (tx) => {
    const scope = and(eq(contacts.id, me.contactId), eq(contacts.clientId, me.clientId), eq(contacts.workspaceId, me.workspaceId));
    const [before] = await tx.select().from(contacts).where(scope);
    if (!before) throw new NotFound('contact');
    const changed = (['name', 'phone'] as const).filter((k) => before[k] !== next[k]);
    if (!changed.length) return { changed, activityId: null as number | null };
    await tx.update(contacts).set({ ...next, updatedAt: ctx.now() }).where(scope);
    const activityId = await recordActivity(tx, ctx, {
      verb: 'contact.updated', entityType: 'contact', entityId: me.contactId, clientId: me.clientId,
      summary: `${next.name} updated their ${changed.join(' and ')} in the portal`,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, next[k]])),
    });
    return { changed, activityId };
  });
}
