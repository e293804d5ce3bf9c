// Changes any client field (and owner, group, status, settings). Records only the fields that changed, with
// their before and after values, so the change can be undone. contactName names (or creates) the primary contact.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { clients, contacts, notes } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { actorMemberId, requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { normalizePhone } from '../normalize/phone';
import { parseInput } from '../normalize/parse-input';
import { assertIdNumberFree, resolveGroupId, resolveOwnerId, workspaceCountry } from './client-helpers';
import { describeClientChanges } from './describe-client-changes';
import { buildClientView } from './get-client-view';
import { resolveClient, type ClientRow } from './resolve-client';
import { fieldsToColumns, UpdateClientInput } from './schemas';
import type { ClientView } from './views';

// Kept in before/after (for undo) but not reported as "changed": they follow name and website.
const DERIVED = new Set(['nameKey', 'websiteDomain']);

export async function updateClient({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ client: ClientView; changed: string[]; activityId: number | null }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(UpdateClientInput, input);
  if (d.name === null) throw new InvalidInput([{ field: 'name', message: 'cannot be empty' }]);
  return ctx.db.transaction(async (tx) => {
    const current = await resolveClient(tx, ctx, d.client);
    const cols: Record<string, unknown> = fieldsToColumns(d);
    if (d.idNumber) await assertIdNumberFree(tx, ctx, d.idNumber, current.id);
    if (d.owner !== undefined) cols.ownerId = await resolveOwnerId(tx, ctx, d.owner);
    if (d.group !== undefined) cols.groupId = await resolveGroupId(tx, ctx, d.group);
    if (d.phone) {
      const region = (cols.country as string | null | undefined) ?? current.country ?? (await workspaceCountry(tx, ctx));
      cols.phone = normalizePhone(d.phone, region);
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(cols)) {
      const old = current[k as keyof ClientRow] ?? null;
      if (old !== (v ?? null)) { before[k] = old; after[k] = v ?? null; }
    }
    const changed = Object.keys(after).filter((k) => !DERIVED.has(k));
    const now = ctx.now();
    if (d.contactName) {
      const [primary] = await tx.select().from(contacts).where(and(eq(contacts.clientId, current.id), eq(contacts.isPrimary, true))).limit(1);
      if (primary && primary.name !== d.contactName) {
        await tx.update(contacts).set({ name: d.contactName, updatedAt: now }).where(eq(contacts.id, primary.id));
        before.primaryContact = { id: primary.id, name: primary.name };
        after.primaryContact = { id: primary.id, name: d.contactName };
        changed.push('contactName');
      } else if (!primary) {
        const [c] = await tx.insert(contacts).values({
          workspaceId: current.workspaceId, clientId: current.id, name: d.contactName, email: d.email ?? null,
          isPrimary: true, portalEnabled: !!d.email, createdAt: now, updatedAt: now,
        }).returning();
        after.createdContactId = c.id;
        changed.push('contactName');
      }
    }
    if (d.notes) {
      const [n] = await tx.insert(notes).values({ workspaceId: current.workspaceId, clientId: current.id, body: d.notes, authorId: actorMemberId(ctx.actor), createdAt: now }).returning();
      after.noteId = n.id;
      changed.push('notes');
    }
    if (!changed.length) return { client: requireComplete(d.complete, await buildClientView(tx, ctx, current)), changed, activityId: null };
    const [row] = await tx.update(clients).set({ ...(cols as object), updatedAt: now })
      .where(and(eq(clients.id, current.id), eq(clients.workspaceId, ctx.actor.workspaceId))).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'client.updated', entityType: 'client', entityId: row.id, clientId: row.id,
      summary: `Updated ${row.name}: ${await describeClientChanges(tx, ctx, changed, before, after)}`, before, after,
    });
    // The full form: the client must end up invoice-ready, or nothing of this change is kept (the transaction rolls back).
    return { client: requireComplete(d.complete, await buildClientView(tx, ctx, { ...row, lastActivityAt: now })), changed, activityId };
  });
}

/** With `complete`, every invoice detail still missing after the change is reported at once. */
function requireComplete(complete: boolean | undefined, client: ClientView): ClientView {
  if (complete && client.missingForInvoicing.length) {
    throw new InvalidInput(client.missingForInvoicing.map((m) => ({ field: m.field, message: 'is required' })));
  }
  return client;
}
