// Which client fields are the client's own columns: those whose key names a column of the clients table. Storing
// (fieldsToColumns), showing (ClientView), importing and exporting a field read this, so a field declared in
// client-fields.ts with a column of the same name needs no list of its own. The others (owner, group, notes, the
// contact person, the billing contact, the house number) are the verbs' and the import's own business.
import { getTableColumns } from 'drizzle-orm';
import { clients } from '../../db/schema';
import type { ClientSettings } from '../settings/resolve-settings';
import { CLIENT_FIELDS, type FieldDef } from './client-fields';

type Row = typeof clients.$inferSelect;
type Def = (typeof CLIENT_FIELDS)[number];
export type ColumnKey = Extract<Def['key'], keyof Row>;
type ColumnDef = Extract<Def, { key: ColumnKey }>;
type PathOf<D> = D extends { input: { path: infer P } } ? P : never;
/** An address part's name in the verbs' input and the view ("address.city" -> "city"), by its field. */
type PartOf<D> = PathOf<D> extends `address.${infer K}` ? K : never;

/** Column fields edited at the top level of the verbs' input ("email"), not as an address part ("address.city"). */
export type TopColumnKey = Exclude<ColumnKey, Extract<ColumnDef, { input: { path: `address.${string}` } }>['key']>;
export type AddressShape<V = Row> = { [D in ColumnDef as PartOf<D>]: V[D['key'] & keyof V] };

/** `path`: where the verbs' input holds it; `part`: the address part it is, or null. */
export type ColumnField = { key: ColumnKey; path: string; part: string | null };

const TABLE = getTableColumns(clients);

/** Every column field, in the model's order. */
export const COLUMN_FIELDS: readonly ColumnField[] = (CLIENT_FIELDS as readonly FieldDef[]).flatMap((f) => {
  if (!(f.key in TABLE)) return [];
  const path = f.input?.path ?? f.key;
  return [{ key: f.key as ColumnKey, path, part: path.startsWith('address.') ? path.slice(8) : null }];
});
export const COLUMN_KEYS: readonly ColumnKey[] = COLUMN_FIELDS.map((f) => f.key);
export const ADDRESS_FIELDS: readonly ColumnField[] = COLUMN_FIELDS.filter((f) => f.part !== null);

/** The settings a view shows resolved (client, group, workspace) rather than as stored. */
type SettingKey = keyof ClientSettings;
const SETTINGS: Record<SettingKey, true> = { currency: true, paymentTerms: true, reminderTone: true };

/** What a view shows of a client's own columns: each as stored, the address as one object; settings are resolved. */
export type ClientDetails = { [K in Exclude<TopColumnKey, SettingKey>]: Row[K] } & { address: AddressShape };

export function clientDetails(c: Row): ClientDetails {
  const out: Record<string, unknown> = {};
  const address: Record<string, unknown> = {};
  for (const f of COLUMN_FIELDS) {
    if (f.part !== null) address[f.part] = c[f.key];
    else if (!(f.key in SETTINGS)) out[f.key] = c[f.key];
  }
  return { ...out, address } as ClientDetails;
}
