// Invoice-readiness (rule 2): what a client lacks to be invoiced. It never blocks anything; cards show it
// as a banner with "Add details".
import { missingLabel } from './client-forms';
import type { MissingField } from './views';

type Subject = {
  name: string | null; email: string | null; addressLine1: string | null; city: string | null;
  postalCode: string | null; country: string | null;
};
type ContactLike = { name?: string | null; email: string | null; isPrimary: boolean; isBillingDefault: boolean };

export function missingForInvoicing(client: Subject, contacts: ContactLike[], currency: string | null): MissingField[] {
  const missing: MissingField[] = [];
  const need = (ok: unknown, field: string) => { if (!ok) missing.push({ field, label: missingLabel(field) }); };
  const billingEmail = client.email
    || contacts.find((c) => c.isBillingDefault && c.email)?.email
    || contacts.find((c) => c.isPrimary && c.email)?.email;
  need(client.name?.trim(), 'name');
  need(billingEmail, 'email');
  need(client.addressLine1, 'address.line1');
  need(client.city, 'address.city');
  need(client.postalCode, 'address.postalCode');
  need(client.country, 'address.country');
  need(currency && /^[A-Z]{3}$/.test(currency), 'currency');
  // Kiaro's form: an invoice is addressed to a person at the client. Last, so "Add details" opens billing first.
  need(contacts.some((c) => c.name?.trim()), 'contactName');
  return missing;
}
