// The contact rules shared by add and update: unique email per client, at most one primary and one billing
// default (setting one clears the other in the same transaction), portal access only with an email.
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contacts } from '../../db/schema';
import { InvalidInput } from '../../errors';

export async function assertEmailFree(db: DbOrTx, clientId: number, email: string | null | undefined, selfId?: number): Promise<void> {
  if (!email) return;
  const [hit] = await db.select({ id: contacts.id, name: contacts.name }).from(contacts)
    .where(and(eq(contacts.clientId, clientId), eq(contacts.email, email), selfId ? ne(contacts.id, selfId) : undefined)).limit(1);
  if (hit) throw new InvalidInput([{ field: 'email', message: `${email} is already a contact of this client${hit.name ? ` (${hit.name})` : ''}` }]);
}

/** Clears the flag on the client's other contacts; returns the id that had it (for undo), or null. */
export async function clearFlag(db: DbOrTx, clientId: number, flag: 'isPrimary' | 'isBillingDefault', exceptId?: number): Promise<number | null> {
  const col = contacts[flag];
  const rows = await db.update(contacts).set({ [flag]: false })
    .where(and(eq(contacts.clientId, clientId), eq(col, true), exceptId ? ne(contacts.id, exceptId) : undefined))
    .returning({ id: contacts.id });
  return rows[0]?.id ?? null;
}

export const portalNeedsEmail = () =>
  new InvalidInput([{ field: 'portalEnabled', message: 'Portal access needs an email address on file for this contact; add an email first.' }]);

/** A unique-index race on the primary/billing flags or the email surfaces as the field it concerns. */
export function mapContactConstraint(err: unknown): unknown {
  const msg = String((err as { message?: string })?.message ?? '') + String((err as { cause?: { message?: string } })?.cause?.message ?? '');
  if (/UNIQUE constraint failed: contacts\.client_id, contacts\.email/.test(msg)) {
    return new InvalidInput([{ field: 'email', message: 'is already a contact of this client' }]);
  }
  return err;
}
