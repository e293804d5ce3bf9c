// Input schemas of the client verbs (keys are the tool contract's) and their mapping onto columns.
import { z } from 'zod';
import { CLIENT_STATUSES } from '../../db/enums';
import type { clients } from '../../db/schema';
import { Ref } from '../normalize/fields';
import { ADDRESS_FIELDS, COLUMN_FIELDS } from './client-columns';
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

const TOP_FIELDS = COLUMN_FIELDS.filter((f) => f.part === null);

/** The columns a parsed input sets (only keys that were given), for every column field (client-columns.ts); owner,
 *  group, notes, contactName are the verbs' business. A null address clears every part. */
export function fieldsToColumns(d: ClientFieldsData): ClientColumns {
  const c: Record<string, unknown> = {};
  const given = d as Record<string, unknown>;
  const address = d.address as Record<string, unknown> | null | undefined;
  for (const f of TOP_FIELDS) {
    const v = given[f.path];
    // An empty name never clears one (the verbs refuse it).
    if (v !== undefined && (f.key !== 'name' || v)) c[f.key] = v;
  }
  for (const f of ADDRESS_FIELDS) {
    const v = address === null ? null : address?.[f.part!];
    if (v !== undefined) c[f.key] = v;
  }
  const cols = c as ClientColumns;
  if (d.name) cols.nameKey = nameKey(d.name) || d.name.toLowerCase();
  if (d.website !== undefined) cols.websiteDomain = websiteDomain(d.website);
  return cols;
}
