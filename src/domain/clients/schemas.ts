// Input schemas of the client verbs (keys are the tool contract's) and their mapping onto columns.
import { z } from 'zod';
import { CLIENT_STATUSES } from '../../db/enums';
import type { clients } from '../../db/schema';
import { Ref } from '../normalize/fields';
import { CLIENT_FIELDS, optStatus } from './client-fields';
import { nameKey, websiteDomain } from './name-key';

export { CLIENT_STATUSES, optStatus };

// The verbs' shapes, derived from the model with their types: each field with an input is a key (an address part
// a key of `address`), its schema the field's.
type Def = (typeof CLIENT_FIELDS)[number];
type WithInput = Extract<Def, { input: { path: string } }>;
type TopShape = { [D in WithInput as D['input']['path'] extends `address.${string}` ? never : D['input']['path']]: D['input']['schema'] };
type AddressShape = { [D in WithInput as D['input']['path'] extends `address.${infer K}` ? K : never]: D['input']['schema'] };

function shapes() {
  const top: Record<string, z.ZodType> = {};
  const address: Record<string, z.ZodType> = {};
  for (const f of CLIENT_FIELDS) {
    if (!('input' in f)) continue;
    const [head, sub] = f.input.path.split('.');
    if (sub) address[sub] = f.input.schema;
    else top[head] = f.input.schema;
  }
  return { top: top as TopShape, address: address as AddressShape };
}
const SHAPES = shapes();

export const AddressInput = z.object(SHAPES.address, { error: `must be an object with ${Object.keys(SHAPES.address).join(', ')}` });

/** Every field a client takes, all optional: create and update share it. */
export const ClientFields = z.object({ ...SHAPES.top, address: AddressInput.nullish() });
export type ClientFieldsData = z.output<typeof ClientFields>;

export const CreateClientInput = ClientFields.extend({
  insist: z.boolean({ error: 'must be true or false' }).optional(),
  policy: z.enum(['quick', 'full', 'chat'], { error: 'must be quick or full' }).optional(),
});
export type CreateClientData = z.output<typeof CreateClientInput>;

export const UpdateClientInput = ClientFields.extend({
  client: Ref,
  /** The full form for a client we have: the change is kept only if the client ends up invoice-ready. */
  complete: z.boolean({ error: 'must be true or false' }).optional(),
});
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
