// What the forms, cards and files take from the client model (client-fields.ts): which fields each section and
// the full New client form hold, in the model's order, and how a field's label reads on a form or in a sentence.
// Channels render these lists; none keeps its own.
import { CLIENT_FIELDS, type ClientFieldKey, type FieldDef, type FieldInput, type FieldSection } from './client-fields';
import type { ClientView } from './views';

export type InputField = FieldDef & { input: FieldInput };

const hasInput = (f: FieldDef): f is InputField => 'input' in f && !!f.input;

/** Every field the verbs take, in the model's order. */
export const INPUT_FIELDS: readonly InputField[] = (CLIENT_FIELDS as readonly FieldDef[]).filter(hasInput);

/** The fields edited in these sections (the web identity card: 'identity'; Slack's Add details: all three). */
export const fieldsIn = (...sections: FieldSection[]): InputField[] =>
  INPUT_FIELDS.filter((f) => f.section !== undefined && sections.includes(f.section));

/** The full New client form (web page and Slack modal): everything an invoice needs. */
export const FULL_FORM_FIELDS: readonly InputField[] = INPUT_FIELDS.filter((f) => f.fullForm);

/** Input paths the full form requires ('name', 'email', 'address.city', …). */
export const FULL_FORM_REQUIRED: readonly string[] = FULL_FORM_FIELDS.filter((f) => f.fullForm === 'required').map((f) => f.input.path);

const BY_PATH = new Map(INPUT_FIELDS.map((f) => [f.input.path, f]));
export const fieldAt = (path: string): InputField | undefined => BY_PATH.get(path);

/** The label on a form: with its unit ("Payment terms (days)"). */
export const formLabel = (f: InputField): string => (f.input.unit ? `${f.label} (${f.input.unit})` : f.label);

/** The label inside a sentence: "Tax ID" -> "tax ID", "ID number" stays. */
export const sentenceLabel = (label: string): string => (/^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

/** A field's label by input path ("address.city" -> "City"); the path itself when it is not a client field. */
export const labelAt = (path: string): string => fieldAt(path)?.label ?? path;

/** The client's address is the one invoices go to: cards and messages name it so. */
export const BILLING_ADDRESS = 'Billing address';

/** How a missing field reads in "Missing for invoicing": address parts say they are the billing address's. */
export const missingLabel = (path: string): string =>
  path.startsWith('address.') ? `${BILLING_ADDRESS}: ${sentenceLabel(labelAt(path))}` : labelAt(path);

/** A client's current value at an input path, as its view holds it (the resolved currency and terms included). */
export function viewValueAt(c: ClientView, path: string): string | number | null {
  if (path.startsWith('address.')) return c.address[path.slice(8) as keyof ClientView['address']];
  if (path === 'contactName') return c.primaryContact?.name ?? null;
  const v = (c as unknown as Record<string, unknown>)[path];
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

const BY_KEY = new Map((CLIENT_FIELDS as readonly FieldDef[]).map((f) => [f.key, f]));
/** A field's label by its key, input or not ('billingEmail' -> "Billing contact's email"). */
export const labelOfKey = (key: ClientFieldKey): string => BY_KEY.get(key)?.label ?? key;
