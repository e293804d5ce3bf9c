// Whether a change would let someone new into the client portal. Portal links go to the address stored on a
// portal-enabled contact of a portal-enabled, non-archived client, so a new address there, a new contact with
// an email, or the portal turned back on all open a door. The agent asks the person before any of these.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { contacts } from '../../db/schema';
import { resolveClient } from '../clients/resolve-client';
import { resolveContact } from '../contacts/resolve-contact';
import { readEnrichment } from '../enrichment/read-enrichment';

type Ref = string | number;
const differs = (next: string | null | undefined, stored: string | null) =>
  typeof next === 'string' && next.trim().toLowerCase() !== (stored ?? '').toLowerCase();

export async function addContactReachesPortal(ctx: Ctx, input: { client: Ref; email?: string; portalEnabled?: boolean }) {
  if (!input.email || input.portalEnabled === false) return false;
  return (await resolveClient(ctx.db, ctx, input.client)).portalEnabled;
}

export async function updateContactReachesPortal(ctx: Ctx, input: { client: Ref; contact: Ref; email?: string | null; portalEnabled?: boolean | null }) {
  const client = await resolveClient(ctx.db, ctx, input.client);
  const contact = await resolveContact(ctx.db, ctx, client.id, input.contact);
  const portalAfter = input.portalEnabled ?? contact.portalEnabled;
  const turnedOn = input.portalEnabled === true && !contact.portalEnabled;
  return client.portalEnabled && portalAfter && (differs(input.email, contact.email) || turnedOn);
}

/** updateClient makes a portal contact only when it creates the primary contact (contactName with an email). */
export async function updateClientReachesPortal(ctx: Ctx, input: { client: Ref; contactName?: string | null; email?: string | null }) {
  if (!input.contactName || typeof input.email !== 'string') return false;
  const client = await resolveClient(ctx.db, ctx, input.client);
  const [primary] = await ctx.db.select({ id: contacts.id }).from(contacts)
    .where(and(eq(contacts.clientId, client.id), eq(contacts.isPrimary, true))).limit(1);
  return client.portalEnabled && !primary;
}

/** An archived client's contacts cannot sign in; unarchiving lets them in again. */
export async function unarchiveReachesPortal(ctx: Ctx, input: { client: Ref }) {
  const client = await resolveClient(ctx.db, ctx, input.client);
  return client.portalEnabled && !!client.archivedAt;
}

/** A billing email found on the website becomes a portal-enabled contact. */
export async function enrichmentReachesPortal(ctx: Ctx, input: { client: Ref; fields?: string[] }) {
  if (input.fields && !input.fields.includes('billingEmail')) return false;
  const client = await resolveClient(ctx.db, ctx, input.client);
  const found = await readEnrichment(ctx.db, ctx, client.id);
  return client.portalEnabled && !!found.data?.proposals.some((p) => p.field === 'billingEmail');
}
