// Zod shapes shared by the tool input schemas. Keys follow ../shared/contracts/tools.md exactly; values are
// kept permissive where the domain normalises (it answers InvalidInput naming the field).
import { z } from 'zod';
import { CLIENT_STATUSES, CONTACT_ROLES, REMINDER_TONES } from '../src/domain/clients/value-labels';

export const clientRef = z.union([z.string(), z.number()])
  .describe('The client as a person names it: a name, part of a name, an email, or its number (4 or 0004 is client #0004); id:<n> for an internal id.');
export const contactRef = z.union([z.string(), z.number()])
  .describe('The contact: a name, part of a name, an email, or its id.');

export const status = z.enum(CLIENT_STATUSES);
export const contactRole = z.enum(CONTACT_ROLES);
export const date = z.string().describe('A date as YYYY-MM-DD.');
export const currency = z.string().describe('ISO-4217 code, e.g. EUR.');

export const address = z.object({
  line1: z.string().optional(),
  line2: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional().describe('ISO-3166 alpha-2 code, e.g. DE.'),
});

/** The fields of createClient (name required there, optional in updateClient). */
export const clientFields = {
  email: z.string().optional(),
  phone: z.string().optional(),
  contactName: z.string().optional().describe('Creates or names the primary contact.'),
  website: z.string().optional(),
  industry: z.string().optional(),
  taxId: z.string().optional(),
  idNumber: z.string().optional().describe('The client number the studio uses, if any.'),
  currency: currency.optional(),
  status: status.optional(),
  value: z.number().optional().describe('Expected value in currency units (12000, not "12k").'),
  notes: z.string().optional(),
  owner: z.string().optional().describe("The team member who manages this client's account (name, email or Slack id)."),
  address: address.optional(),
};

/** The settings only updateClient takes (tools.md: "any field of createClient, plus paymentTerms?, reminderTone?,
 * startDate?, endDate?, group?"). */
export const clientSettingsFields = {
  paymentTerms: z.union([z.number().int().min(0), z.string()]).optional().describe('Days until an invoice is due, e.g. 14 or "net 30".'),
  reminderTone: z.enum(REMINDER_TONES).optional().describe('How payment reminders sound.'),
  startDate: date.optional().describe('When the engagement started.'),
  endDate: date.optional().describe('When the engagement ended or ends.'),
  group: z.string().optional().describe('The client group whose settings it inherits, e.g. "Agencies".'),
};

export const contactFields = {
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  jobTitle: z.string().optional(),
  role: contactRole.optional(),
  primary: z.boolean().optional(),
  billingDefault: z.boolean().optional(),
  portalEnabled: z.boolean().optional(),
};

export const findFilters = {
  query: z.string().optional().describe('Free text: name, email, notes.'),
  status: status.optional(),
  archived: z.enum(['active', 'archived', 'all']).optional(),
  country: z.string().optional(),
  industry: z.string().optional(),
  owner: z.string().optional(),
  createdFrom: date.optional(),
  createdTo: date.optional(),
  sort: z.enum(['name', 'revenue', 'lastActivity', 'created']).optional(),
  limit: z.number().int().positive().max(200).optional(),
};

/** Update tools also take null to clear a field ("remove Acme's phone"). */
export function clearable<T extends Record<string, z.ZodOptional<z.ZodType>>>(fields: T): { [K in keyof T]: z.ZodOptional<z.ZodNullable<T[K]['unwrap'] extends () => infer U ? U extends z.ZodType ? U : never : never>> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.unwrap().nullable().optional()])) as never;
}
