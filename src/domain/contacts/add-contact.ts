// Adds a contact to a client: a name or an email; the first contact is primary; portal on by default when an
// email is on file. Making it primary or billing default clears that flag on the others in the same transaction.
import { count, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { contacts } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { workspaceCountry } from '../clients/client-helpers';
import { buildClientView } from '../clients/get-client-view';
import { resolveClient } from '../clients/resolve-client';
import type { ClientView, ContactView } from '../clients/views';
import { normalizePhone } from '../normalize/phone';
import { parseInput } from '../normalize/parse-input';
import { assertEmailFree, clearFlag, mapContactConstraint, portalNeedsEmail } from './contact-rules';
import { toContactView } from './contact-view';
import { AddContactInput } from './schemas';

export type ContactResult = { contact: ContactView; client: ClientView; activityId: number };

export async function addContact({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<ContactResult> {
  requireClientAccess(ctx.actor);
  const d = parseInput(AddContactInput, input);
  if (!d.name && !d.email) {
    throw new InvalidInput([
      { field: 'name', message: 'a contact needs a name or an email' },
      { field: 'email', message: 'a contact needs a name or an email' },
    ]);
  }
  if (d.portalEnabled && !d.email) throw portalNeedsEmail();
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, d.client);
    await assertEmailFree(tx, client.id, d.email);
    const [{ n }] = await tx.select({ n: count() }).from(contacts).where(eq(contacts.clientId, client.id));
    const isPrimary = n === 0 || d.primary === true;
    const isBillingDefault = d.billingDefault === true;
    const clearedPrimary = isPrimary ? await clearFlag(tx, client.id, 'isPrimary') : null;
    const clearedBilling = isBillingDefault ? await clearFlag(tx, client.id, 'isBillingDefault') : null;
    const phone = d.phone ? normalizePhone(d.phone, client.country ?? (await workspaceCountry(tx, ctx))) : null;
    const now = ctx.now();
    const [row] = await tx.insert(contacts).values({
      workspaceId: ctx.actor.workspaceId, clientId: client.id, name: d.name ?? null, email: d.email ?? null, phone,
      jobTitle: d.jobTitle ?? null, role: d.role ?? null, isPrimary, isBillingDefault,
      portalEnabled: d.portalEnabled ?? !!d.email, createdAt: now, updatedAt: now,
    }).returning().catch((e) => { throw mapContactConstraint(e); });
    const contact = toContactView(row);
    const flags = [isPrimary ? 'primary' : null, isBillingDefault ? 'billing default' : null].filter(Boolean).join(', ');
    const activityId = await recordActivity(tx, ctx, {
      verb: 'contact.added', entityType: 'contact', entityId: row.id, clientId: client.id,
      summary: `Added ${row.name ?? row.email} as a contact of ${client.name}${flags ? ` (${flags})` : ''}`,
      before: { clearedPrimary, clearedBilling }, after: { ...contact },
    });
    return { contact, client: await buildClientView(tx, ctx, { ...client, lastActivityAt: now }), activityId };
  });
}
