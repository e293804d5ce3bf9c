// The contacts a row brings (primary and billing) and which of them a client does not have yet.
import type { ImportField } from './match-headers';
import type { ImportRowData } from './import-row';
import type { ContactRow } from './load-import-index';

export type PlannedContact = {
  name: string | null; email: string | null; phone: string | null; jobTitle: string | null;
  role: 'finance' | null; isPrimary: boolean; isBillingDefault: boolean;
};

const sameName = (a: string | null, b: string | null) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

export function importRowContacts(d: ImportRowData, columns: Set<ImportField>): PlannedContact[] {
  const out: PlannedContact[] = [];
  // Like createClient: without contact columns, the client's email is also its primary contact's.
  const primaryEmail = d.contactEmail ?? (columns.has('contactEmail') ? null : d.email ?? null);
  if (d.contactName || primaryEmail) {
    out.push({ name: d.contactName ?? null, email: primaryEmail, phone: d.contactPhone ?? null, jobTitle: d.contactJobTitle ?? null,
      role: null, isPrimary: true, isBillingDefault: false });
  }
  if (d.billingName || d.billingEmail) {
    // The same person (by email, or by name when the billing side has no email: "Billing Attention") is one contact.
    const same = out[0] && (d.billingEmail ? out[0].email === d.billingEmail : sameName(out[0].name, d.billingName ?? null));
    if (same) out[0].isBillingDefault = true;
    else out.push({ name: d.billingName ?? null, email: d.billingEmail ?? null, phone: d.billingPhone ?? null, jobTitle: null,
      role: 'finance', isPrimary: false, isBillingDefault: true });
  }
  return out;
}

type Known = Pick<ContactRow, 'name' | 'email' | 'isPrimary' | 'isBillingDefault'>;

/** Contacts to add: those the client lacks (by email, or by name when there is no email); flags only where free. */
export function newContacts(people: PlannedContact[], current: Known[]): PlannedContact[] {
  let hasPrimary = current.some((c) => c.isPrimary);
  let hasBilling = current.some((c) => c.isBillingDefault);
  const out: PlannedContact[] = [];
  for (const p of people) {
    const known = current.some((c) => (p.email ? c.email === p.email : sameName(c.name, p.name)));
    if (known) continue;
    const isPrimary = p.isPrimary && !hasPrimary;
    const isBillingDefault = p.isBillingDefault && !hasBilling;
    hasPrimary ||= isPrimary;
    hasBilling ||= isBillingDefault;
    out.push({ ...p, isPrimary, isBillingDefault });
  }
  return out;
}
