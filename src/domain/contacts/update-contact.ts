// Changes a contact. Setting primary or billing default clears it on the client's other contacts (same
// transaction); clearing the email turns the portal off; enabling the portal without an email is an error.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { contacts } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { workspaceCountry } from '../clients/client-helpers';
import { buildClientView } from '../clients/get-client-view';
import { resolveClient } from '../clients/resolve-client';
import { normalizePhone } from '../normalize/phone';
import { parseInput } from '../normalize/parse-input';
import type { ContactResult } from './add-contact';
import { assertEmailFree, clearFlag, mapContactConstraint, portalNeedsEmail } from './contact-rules';
import { describeContactChanges } from './contact-fields';
import { toContactView, type ContactRow } from './contact-view';
import { resolveContact } from './resolve-contact';
import { UpdateContactInput } from './schemas';

export async function updateContact({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<Omit<ContactResult, 'activityId'> & { activityId: number | null; changed: string[] }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(UpdateContactInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, d.client);
    const current = await resolveContact(tx, ctx, client.id, d.contact);
    const set: Partial<ContactRow> = {};
    const give = <K extends keyof ContactRow>(k: K, v: ContactRow[K] | undefined) => { if (v !== undefined) set[k] = v; };
    give('name', d.name);
    give('email', d.email);
    give('jobTitle', d.jobTitle);
    give('role', d.role);
    if (d.phone !== undefined) set.phone = d.phone ? normalizePhone(d.phone, client.country ?? (await workspaceCountry(tx, ctx))) : null;
    give('isPrimary', d.primary);
    give('isBillingDefault', d.billingDefault);
    give('portalEnabled', d.portalEnabled);
    const email = set.email !== undefined ? set.email : current.email;
    const name = set.name !== undefined ? set.name : current.name;
    if (!name && !email) throw new InvalidInput([{ field: d.email === null ? 'email' : 'name', message: 'a contact needs a name or an email' }]);
    if (d.portalEnabled && !email) throw portalNeedsEmail();
    if (!email && current.portalEnabled && d.portalEnabled === undefined) set.portalEnabled = false;
    if (set.email) await assertEmailFree(tx, client.id, set.email, current.id);

    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(set)) {
      const old = current[k as keyof ContactRow] ?? null;
      if (old !== (v ?? null)) { before[k] = old; after[k] = v ?? null; }
    }
    const changed = Object.keys(after);
    if (!changed.length) {
      return { contact: toContactView(current), client: await buildClientView(tx, ctx, client), activityId: null, changed };
    }
    if (after.isPrimary === true) before.clearedPrimary = await clearFlag(tx, client.id, 'isPrimary', current.id);
    if (after.isBillingDefault === true) before.clearedBilling = await clearFlag(tx, client.id, 'isBillingDefault', current.id);
    const now = ctx.now();
    const [row] = await tx.update(contacts).set({ ...set, updatedAt: now }).where(eq(contacts.id, current.id)).returning()
      .catch((e) => { throw mapContactConstraint(e); });
    const label = row.name ?? row.email ?? `contact ${row.id}`;
    const activityId = await recordActivity(tx, ctx, {
      verb: 'contact.updated', entityType: 'contact', entityId: row.id, clientId: client.id,
      summary: `Updated ${label} at ${client.name}: ${describeContactChanges(changed, before, after)}`, before, after,
    });
    return { contact: toContactView(row), client: await buildClientView(tx, ctx, { ...client, lastActivityAt: now }), activityId, changed };
  });
}
