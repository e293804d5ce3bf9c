// Contact rows -> ContactView (what cards and tools show).
import { contacts } from '../../db/schema';
import type { ContactView } from '../clients/views';

export type ContactRow = typeof contacts.$inferSelect;

export const toContactView = (c: ContactRow): ContactView => ({
  id: c.id,
  clientId: c.clientId,
  name: c.name,
  email: c.email,
  phone: c.phone,
  jobTitle: c.jobTitle,
  role: c.role,
  isPrimary: c.isPrimary,
  isBillingDefault: c.isBillingDefault,
  portalEnabled: c.portalEnabled,
  portalLastSignInAt: c.portalLastSignInAt ? c.portalLastSignInAt.toISOString() : null,
});
