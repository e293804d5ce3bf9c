import type { ContactView } from '../src/domain/clients/views';

/** "Jane Doe <jane@acme.com>, finance, primary" for answers and confirmation texts. */
export function describeContact(c: Pick<ContactView, 'name' | 'email' | 'role' | 'isPrimary' | 'isBillingDefault'>): string {
  const who = c.name && c.email ? `${c.name} <${c.email}>` : (c.name ?? c.email ?? 'the contact');
  const tags = [c.role ? c.role.replace(/_/g, ' ') : null, c.isPrimary ? 'primary' : null, c.isBillingDefault ? 'billing default' : null]
    .filter(Boolean);
  return tags.length ? `${who} (${tags.join(', ')})` : who;
}
