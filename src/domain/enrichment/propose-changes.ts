// Findings become proposed changes: each names the client field, the value found and what is stored now.
// A field the team already filled with something else is a conflict: applied only when explicitly chosen.
import { BILLING_ADDRESS, labelOfKey } from '../clients/client-forms';
import { normalizeCountry } from '../normalize/country';
import { normalizePhone } from '../normalize/phone';
import type { clients } from '../../db/schema';
import type { Findings } from './extract-findings';

type ClientRow = typeof clients.$inferSelect;
export type ProposalField = 'industry' | 'phone' | 'address' | 'billingEmail' | 'description' | 'linkedin';
export type Proposal = { field: ProposalField; label: string; value: unknown; current: unknown; conflict: boolean };
export type ProposedAddress = { addressLine1: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null };

export const ADDRESS_KEYS = ['addressLine1', 'city', 'region', 'postalCode', 'country'] as const;

export function proposeChanges(f: Findings, c: ClientRow, contactEmails: string[]): Proposal[] {
  const out: Proposal[] = [];
  const add = (field: ProposalField, label: string, value: unknown, current: unknown, conflict: boolean) => {
    if (value == null || value === '' || JSON.stringify(value) === JSON.stringify(current)) return;
    out.push({ field, label, value, current, conflict });
  };
  if (f.industry) add('industry', labelOfKey('industry'), f.industry, c.industry, !!c.industry && c.industry !== f.industry);
  if (f.phone) {
    const phone = normalizePhone(f.phone, c.country);
    add('phone', labelOfKey('phone'), phone, c.phone, !!c.phone && c.phone !== phone);
  }
  if (f.address && (f.address.line1 || f.address.city)) {
    const value: ProposedAddress = {
      addressLine1: f.address.line1, city: f.address.city, region: f.address.region, postalCode: f.address.postalCode,
      country: normalizeCountry(f.address.country) ?? null,
    };
    const current = Object.fromEntries(ADDRESS_KEYS.map((k) => [k, c[k]]));
    const conflict = ADDRESS_KEYS.some((k) => c[k] && value[k] && c[k] !== value[k]);
    if (ADDRESS_KEYS.some((k) => value[k] && value[k] !== c[k])) add('address', BILLING_ADDRESS, value, current, conflict);
  }
  const billing = f.financeEmails.find((e) => !contactEmails.includes(e));
  if (billing) add('billingEmail', labelOfKey('billingEmail'), billing, null, false);
  if (f.description) add('description', 'Description (as a note)', f.description, null, false);
  if (f.linkedin) add('linkedin', 'LinkedIn (as a note)', f.linkedin, null, false);
  return out;
}
