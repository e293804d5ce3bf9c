// Input schemas of the client verbs (keys are the tool contract's) and their mapping onto columns.
import { z } from 'zod';
import { clients } from '../../db/schema';
import {
  optAmount, optCountry, optCurrency, optDate, optEmail, optPaymentTerms, optPhone, optReminderTone, optText, optWebsite, Ref,
} from '../normalize/fields';
import { nameKey, websiteDomain } from './name-key';

import { CLIENT_STATUSES } from '../../db/enums';

export { CLIENT_STATUSES };
export const optStatus = z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(CLIENT_STATUSES, { error: `must be one of ${CLIENT_STATUSES.join(', ')}` })).optional();

export const AddressInput = z.object({
  line1: optText(200), line2: optText(200), city: optText(120), region: optText(120), postalCode: optText(20), country: optCountry,
}, { error: 'must be an object with line1, line2, city, region, postalCode, country' });

/** Every field a client takes, all optional: create and update share it. */
export const ClientFields = z.object({
  name: optText(200),
  email: optEmail,
  phone: optPhone,
  contactName: optText(200),
  website: optWebsite,
  industry: optText(120),
  taxId: optText(60),
  idNumber: optText(100),
  currency: optCurrency,
  status: optStatus,
  value: optAmount,
  notes: optText(10_000),
  owner: z.union([Ref, z.null()]).optional(),
  group: z.union([z.string().trim(), z.null()]).optional(),
  address: AddressInput.nullish(),
  paymentTerms: optPaymentTerms,
  reminderTone: optReminderTone,
  startDate: optDate,
  endDate: optDate,
});
export type ClientFieldsData = z.output<typeof ClientFields>;

export const CreateClientInput = ClientFields.extend({
  insist: z.boolean({ error: 'must be true or false' }).optional(),
  policy: z.enum(['quick', 'full', 'chat'], { error: 'must be quick or full' }).optional(),
});
export type CreateClientData = z.output<typeof CreateClientInput>;

export const UpdateClientInput = ClientFields.extend({ client: Ref });
export type UpdateClientData = z.output<typeof UpdateClientInput>;

export const ClientRefInput = z.object({ client: Ref });

export type ClientColumns = Partial<typeof clients.$inferInsert>;

const ADDRESS_COLUMNS = {
  line1: 'addressLine1', line2: 'addressLine2', city: 'city', region: 'region', postalCode: 'postalCode', country: 'country',
} as const;

/** The columns a parsed input sets (only keys that were given); owner, group, notes, contactName are the verbs' business. */
export function fieldsToColumns(d: ClientFieldsData): ClientColumns {
  const c: ClientColumns = {};
  const set = <K extends keyof ClientColumns>(k: K, v: ClientColumns[K] | undefined) => { if (v !== undefined) c[k] = v; };
  if (d.name) { c.name = d.name; c.nameKey = nameKey(d.name) || d.name.toLowerCase(); }
  set('email', d.email);
  set('phone', d.phone);
  if (d.website !== undefined) { c.website = d.website; c.websiteDomain = websiteDomain(d.website); }
  set('industry', d.industry);
  set('taxId', d.taxId);
  set('idNumber', d.idNumber);
  set('currency', d.currency);
  set('status', d.status);
  set('value', d.value);
  set('paymentTerms', d.paymentTerms);
  set('reminderTone', d.reminderTone);
  set('startDate', d.startDate);
  set('endDate', d.endDate);
  if (d.address === null) {
    for (const col of Object.values(ADDRESS_COLUMNS)) c[col] = null;
  } else if (d.address) {
    for (const [k, col] of Object.entries(ADDRESS_COLUMNS)) {
      const v = d.address[k as keyof typeof ADDRESS_COLUMNS];
      if (v !== undefined) c[col] = v;
    }
  }
  return c;
}
