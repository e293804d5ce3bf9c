// What a client can lack, for "clients with no email" and "which clients have no contacts": each detail a list can
// filter on, derived from the client model (client-fields.ts): every optional detail of the client's own (settings
// inherit, so they are never missing), the contact person (no contact at all), the owner and the group. An email or
// a phone is missing only when no contact of the client has one either: nobody can be reached that way.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { clients } from '../../db/schema';
import { COLUMN_FIELDS } from './client-columns';
import { CLIENT_FIELDS, type FieldDef } from './client-fields';

const TABLE = getTableColumns(clients);
const INHERITED = new Set(['currency', 'paymentTerms', 'reminderTone']);
const OWN = COLUMN_FIELDS.map((f) => f.key).filter((k) => !TABLE[k].notNull && !INHERITED.has(k));
const BESIDE = ['contactName', 'owner', 'group'] as const;
const REACHED_THROUGH_CONTACTS = new Set(['email', 'phone']);

/** The details a list can ask to be missing, by field key. */
export const MISSING_DETAILS = [...OWN, ...BESIDE] as string[] as [string, ...string[]];

/** Each detail with its label and the words people use for it (the model's vocabulary). */
export const MISSING_DETAIL_FIELDS: ReadonlyArray<{ key: string; label: string; words: readonly string[] }> = (CLIENT_FIELDS as readonly FieldDef[])
  .filter((f) => MISSING_DETAILS.includes(f.key))
  .map((f) => ({ key: f.key, label: f.label, words: f.words ?? [] }));

// How a list says it: the email and the phone are anyone's at the client, the contact person is any contact.
const SAID: Record<string, string> = { email: 'email', phone: 'phone', contactName: 'contact' };

/** "with no email", "with no tax id": how an answer names the filter. */
export const sayMissing = (key: string): string =>
  `with no ${SAID[key] ?? MISSING_DETAIL_FIELDS.find((f) => f.key === key)?.label.toLowerCase() ?? key}`;

/** The condition "the client lacks `key`" (a key of MISSING_DETAILS). */
export function missingCondition(key: string, workspaceId: number): SQL {
  const contactsWith = (column: SQL) => sql`EXISTS (SELECT 1 FROM contacts WHERE contacts.workspace_id = ${workspaceId}
    AND contacts.client_id = ${clients.id} AND coalesce(trim(${column}), '') <> '')`;
  if (key === 'contactName') return sql`NOT EXISTS (SELECT 1 FROM contacts WHERE contacts.workspace_id = ${workspaceId} AND contacts.client_id = ${clients.id})`;
  if (key === 'owner') return sql`${clients.ownerId} IS NULL`;
  if (key === 'group') return sql`${clients.groupId} IS NULL`;
  const column = TABLE[key as keyof typeof TABLE];
  const empty = sql`coalesce(trim(cast(${column} AS text)), '') = ''`;
  return REACHED_THROUGH_CONTACTS.has(key) ? sql`(${empty} AND NOT ${contactsWith(sql.raw(`contacts.${key}`))})` : empty;
}
