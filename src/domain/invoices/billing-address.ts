// Where an invoice goes (Kiaro's rule, issue 14): the client's billing-default contact, else the client's own
// (billing) email, else the primary contact. No address is a Conflict that names what to add, never a guess.
import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { contacts } from '../../db/schema';
import { Conflict } from '../../errors';
import type { ClientRow } from '../clients/resolve-client';

export type BillingAddress = {
  email: string;
  /** A person's name when the address is a contact's. */
  name: string | null;
  contactId: number | null;
  source: 'billing contact' | 'client email' | 'primary contact';
};

/** "Jane Roe <jane@acme.io>" or the bare address. */
export const addressLine = (a: Pick<BillingAddress, 'email' | 'name'>) => (a.name ? `${a.name} <${a.email}>` : a.email);

export async function pickBillingAddress(db: DbOrTx, ctx: Ctx, client: ClientRow): Promise<BillingAddress> {
  const rows = await db.select().from(contacts)
    .where(and(eq(contacts.workspaceId, ctx.actor.workspaceId), eq(contacts.clientId, client.id))).orderBy(asc(contacts.id));
  const billing = rows.find((c) => c.isBillingDefault);
  if (billing?.email) return { email: billing.email, name: billing.name, contactId: billing.id, source: 'billing contact' };
  if (client.email) return { email: client.email, name: null, contactId: null, source: 'client email' };
  const primary = rows.find((c) => c.isPrimary);
  if (primary?.email) return { email: primary.email, name: primary.name, contactId: primary.id, source: 'primary contact' };
  const who = (c: typeof rows[number]) => c.name ?? `contact #${c.id}`;
  const named = billing ? `its billing contact ${who(billing)} has no email address`
    : primary ? `it has no billing contact or billing email, and its primary contact ${who(primary)} has no email address`
      : 'it has no billing contact, no billing email and no primary contact';
  const add = billing ? `Add ${who(billing)}'s email, or the client's billing email`
    : primary ? `Add the client's billing email, or ${who(primary)}'s email`
      : 'Add the client\'s billing email, or a contact with an email (marked as billing contact)';
  throw new Conflict(`There is nowhere to send ${client.name}'s invoices: ${named}. ${add}.`, {
    clientId: client.id, missing: 'billingEmail', contactId: billing?.id ?? primary?.id ?? null,
  });
}
