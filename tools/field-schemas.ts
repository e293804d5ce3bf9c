// Zod shapes shared by the tool input schemas, derived from the declared client and contact model
// (src/domain/clients/client-fields.ts, src/domain/contacts/contact-fields.ts): a field added there reaches the
// tools with its key, its options and what the model reads about it. Keys follow ../shared/contracts/tools.md;
// values stay permissive where the domain normalises (it answers InvalidInput naming the field).
import { z } from 'zod';
import { CLIENT_STATUSES } from '../src/db/enums';
import { CLIENT_FIELDS, type FieldDef } from '../src/domain/clients/client-fields';
import { ClientFilters, type ClientFilterKey } from '../src/domain/clients/client-filters';
import { CONTACT_FIELDS, type ContactFieldDef } from '../src/domain/contacts/contact-fields';

export const clientRef = z.union([z.string(), z.number()])
  .describe('The client as a person names it: a name, part of a name, an email, or its number (4 or 0004 is client #0004); id:<n> for an internal id.');
export const contactRef = z.union([z.string(), z.number()])
  .describe('The contact: a name, part of a name, an email, or its id.');

export const status = z.enum(CLIENT_STATUSES);
export const date = z.string().describe('A date as YYYY-MM-DD.');
export const currency = z.string().describe('ISO-4217 code, e.g. EUR.');

// The types follow the declarations: a select's options, a number, a number or words, else text.
type Def = (typeof CLIENT_FIELDS)[number];
type Path<D> = D extends { input: { path: infer P extends string } } ? P : never;
type Value<D> = D extends { tool: { spoken: true } } ? number | string
  : D extends { input: { kind: 'select'; options: readonly (infer O)[] } } ? O
    : D extends { input: { kind: 'number' } } ? number : string;
type Opt<D> = z.ZodOptional<z.ZodType<Value<D>>>;
type IsSetting<D> = D extends { tool: { setting: true } } ? true : false;
type Top<S extends boolean> = { [D in Def as Path<D> extends `address.${string}` | 'name' | never ? never : IsSetting<D> extends S ? Path<D> : never]: Opt<D> };
type Address = { [D in Def as Path<D> extends `address.${infer K}` ? K : never]: Opt<D> };

/** A client field as the model sends it: plain JSON types; the domain's own schema normalises it. */
function toolSchema(f: FieldDef): z.ZodOptional<z.ZodType> {
  const input = f.input!;
  // A spoken value ("net 30", 14) is the domain's to read, and to refuse in its words (-5: 'cannot be negative').
  const base: z.ZodType = f.tool?.spoken ? z.union([z.number(), z.string()])
    : input.kind === 'select' && input.options ? z.enum(input.options as [string, ...string[]])
      : input.kind === 'number' ? z.number()
        : input.kind === 'date' ? date : z.string();
  return (f.tool?.describe ? base.describe(f.tool.describe) : base).optional();
}

function clientShapes() {
  const top: Record<string, z.ZodOptional<z.ZodType>> = {};
  const settings: Record<string, z.ZodOptional<z.ZodType>> = {};
  const address: Record<string, z.ZodOptional<z.ZodType>> = {};
  for (const f of CLIENT_FIELDS as readonly FieldDef[]) {
    if (!f.input || f.input.path === 'name') continue;
    const [head, sub] = f.input.path.split('.');
    (sub ? address : f.tool?.setting ? settings : top)[sub ?? head] = toolSchema(f);
  }
  return { top: top as Top<false>, settings: settings as Top<true>, address: address as Address };
}
const SHAPES = clientShapes();

export const address = z.object(SHAPES.address);

/** The fields of createClient (name required there, optional in updateClient). */
export const clientFields = { ...SHAPES.top, address: address.optional() };

/** The settings only updateClient takes (tools.md: "any field of createClient, plus paymentTerms?, reminderTone?,
 * startDate?, endDate?, group?"). */
export const clientSettingsFields = SHAPES.settings;

type ContactDef = (typeof CONTACT_FIELDS)[number];
type ContactValue<D> = D extends { kind: 'flag' } ? boolean : D extends { kind: 'select'; options: readonly (infer O)[] } ? O : string;
type ContactTool = { [D in ContactDef as D['key']]: z.ZodOptional<z.ZodType<ContactValue<D>>> };

export const contactFields = Object.fromEntries((CONTACT_FIELDS as readonly ContactFieldDef[]).map((f) => [f.key,
  (f.kind === 'flag' ? z.boolean() : f.kind === 'select' && f.options ? z.enum(f.options as [string, ...string[]]) : z.string()).optional(),
])) as unknown as ContactTool;
export const contactRole = contactFields.role.unwrap();

/** What the model reads about some filters; every filter itself is the domain's (ClientFilters). */
const FILTER_WORDS: Partial<Record<ClientFilterKey, string>> = {
  query: 'Free text: name, email, notes.',
  group: 'A client group\'s name, e.g. "Nordics": only the clients in that group.',
  missing: 'A detail the clients lack: "email" lists clients with no email (nor any contact with one), "contactName" those with no contact, "owner" those nobody owns.',
  createdFrom: 'A date as YYYY-MM-DD.',
  createdTo: 'A date as YYYY-MM-DD.',
};

/** One filter as the model sends it. A closed set is the domain's own schema (its values, its words for a wrong one);
 *  anything else is its plain JSON type, which the verb reads and refuses in its words (InvalidInput naming the
 *  filter), not the AI SDK's check of the call. */
function toolFilter(key: string, domain: z.ZodType): z.ZodOptional<z.ZodType> {
  const json = z.toJSONSchema(domain, { io: 'input', unrepresentable: 'any' }) as { enum?: unknown[]; type?: string | string[]; anyOf?: Array<{ type?: string }> };
  const types = [json.type ?? json.anyOf?.map((s) => s.type)].flat().filter((t): t is string => !!t && t !== 'null');
  const plain: z.ZodType[] = [...new Set(types.map((t) => (t === 'number' || t === 'integer' ? 'number' : t === 'boolean' ? 'boolean' : 'string')))]
    .map((t) => (t === 'number' ? z.number() : t === 'boolean' ? z.boolean() : z.string()));
  const base: z.ZodType = json.enum ? domain : plain.length > 1 ? z.union(plain) : (plain[0] ?? z.string());
  const words = FILTER_WORDS[key as ClientFilterKey];
  return (words ? base.describe(words) : base).optional();
}

/** The tools' filters, derived from a filters schema: the domain's ClientFilters (exported for the drift test). */
export function toolFilters<K extends string>(filters: z.ZodObject<Record<K, z.ZodType>>): Record<K, z.ZodOptional<z.ZodType>> {
  return Object.fromEntries(Object.entries<z.ZodType>(filters.shape).map(([k, v]) => [k, toolFilter(k, v)])) as Record<K, z.ZodOptional<z.ZodType>>;
}

/** findClients' filters, exactly the domain's: a filter added to ClientFilters reaches findClients and exportCsv. */
export const clientFilters = toolFilters(ClientFilters);

/** findClients' own arguments beyond the filters: a page of the list. */
export const listPage = {
  limit: z.number().int().positive().max(200).optional(),
  offset: z.number().int().min(0).optional().describe('How many matching clients to skip: the next page of a list starts after those already shown.'),
};

/** Every argument of findClients ("the filters of findClients" are exportCsv's too, tools.md). */
export const findFilters = { ...clientFilters, ...listPage };

/** Update tools also take null to clear a field ("remove Acme's phone"). */
export function clearable<T extends Record<string, z.ZodOptional<z.ZodType>>>(fields: T): { [K in keyof T]: z.ZodOptional<z.ZodNullable<T[K]['unwrap'] extends () => infer U ? U extends z.ZodType ? U : never : never>> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.unwrap().nullable().optional()])) as never;
}
