// Removes a contact. A client's only contact stays (a client keeps at least one); removing the primary
// promotes the oldest remaining contact, so the client still has one.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { contacts } from '../../db/schema';
import { Conflict } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { buildClientView } from '../clients/get-client-view';
import { resolveClient } from '../clients/resolve-client';
import type { ClientView } from '../clients/views';
import { parseInput } from '../normalize/parse-input';
import { resolveContact } from './resolve-contact';
import { ContactRefInput } from './schemas';

export async function removeContact({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{
  removed: { id: number; name: string | null; email: string | null }; client: ClientView; activityId: number;
}> {
  requireClientAccess(ctx.actor);
  const d = parseInput(ContactRefInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, d.client);
    const contact = await resolveContact(tx, ctx, client.id, d.contact);
    const others = await tx.select().from(contacts)
      .where(and(eq(contacts.clientId, client.id), ne(contacts.id, contact.id))).orderBy(asc(contacts.id));
    const label = contact.name ?? contact.email ?? `contact ${contact.id}`;
    if (!others.length) {
      throw new Conflict(`${label} is ${client.name}'s only contact and cannot be removed; add another contact first.`, { field: 'contact' });
    }
    await tx.delete(contacts).where(eq(contacts.id, contact.id));
    let promoted: number | null = null;
    if (contact.isPrimary) {
      promoted = others[0].id;
      await tx.update(contacts).set({ isPrimary: true }).where(eq(contacts.id, promoted));
    }
    const now = ctx.now();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'contact.removed', entityType: 'contact', entityId: contact.id, clientId: client.id,
      summary: `Removed ${label} from ${client.name}`, before: { contact, promoted }, after: null,
    });
    return {
      removed: { id: contact.id, name: contact.name, email: contact.email },
      client: await buildClientView(tx, ctx, { ...client, lastActivityAt: now }), activityId,
    };
  });
}
