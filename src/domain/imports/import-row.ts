// One CSV row to normalised client fields, with the same field rules as the client verbs; or the reasons it
// cannot be imported, named by column. Values other tools write their own way (terms "Due on receipt", currency
// "Euro", a lifecycle stage) are read where they can be, else left unset with a warning rather than refused.
import { z } from 'zod';
import { CLIENT_FIELDS, type ClientFieldKey, type FieldDef } from '../clients/client-fields';
import { optEmail, optPhone, optText } from '../normalize/fields';
import { normalizeCurrency } from '../normalize/currency';
import { normalizePhone } from '../normalize/phone';
import { unescapeCell } from '../exports/csv-cell';
import { type AddressSource, fieldLabel, type HeaderMatch, type ImportField } from './match-headers';

const STATUS_WORDS: Record<string, 'lead' | 'active' | 'inactive' | 'past'> = {
  lead: 'lead', prospect: 'lead', new: 'lead', opportunity: 'lead', subscriber: 'lead', marketingqualifiedlead: 'lead',
  salesqualifiedlead: 'lead', active: 'active', current: 'active', customer: 'active', evangelist: 'active',
  inactive: 'inactive', dormant: 'inactive', paused: 'inactive', past: 'past', former: 'past', churned: 'past', lost: 'past',
};

type Def = (typeof CLIENT_FIELDS)[number];
type InputDef = Extract<Def, { input: { schema: z.ZodType } }>;
// Each field is read with the verbs' schema (client-fields.ts), except these: values other tools write their own way
// are read first (currency, terms, status: see readImportRow) or looked up after (owner and group by name), and the
// fields the verbs do not take (parts of a contact person, the billing contact, a house number) are the import's.
const READ_AS = {
  currency: optText(60), paymentTerms: z.number().int().nullish(), status: optText(60), owner: optText(200), group: optText(120),
  houseNumber: optText(20), contactFirstName: optText(100), contactLastName: optText(100), contactEmail: optEmail, contactPhone: optPhone,
  contactJobTitle: optText(120), billingName: optText(200), billingEmail: optEmail, billingPhone: optPhone,
} satisfies Partial<Record<ClientFieldKey, z.ZodType>> & Record<Exclude<ClientFieldKey, InputDef['key']>, z.ZodType>;
type ReadAs = typeof READ_AS;
type RowShape = {
  [D in Def as D['key']]: D['key'] extends keyof ReadAs ? ReadAs[D['key']] : D extends { input: { schema: infer S extends z.ZodType } } ? S : never;
};

/** Every client field (client-fields.ts), each with its schema. */
export const ImportRow = z.object(Object.fromEntries((CLIENT_FIELDS as readonly FieldDef[])
  .map((f) => [f.key, (READ_AS as Record<string, z.ZodType>)[f.key] ?? f.input!.schema])) as RowShape);
type Parsed = z.output<typeof ImportRow>;
export type ImportRowData = Omit<Parsed, 'status'> & { status?: 'lead' | 'active' | 'inactive' | 'past' | null };
export type RowRead = { ok: true; data: ImportRowData; warnings: string[] } | { ok: false; reason: string };

const SOURCES: AddressSource[] = ['billing', 'main', 'shipping'];
// Countries that write the house number before the street ("5 Main St"); elsewhere after it ("Hauptstraße 5").
const NUMBER_FIRST = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'FR', 'ZA', 'IN', 'SG', 'HK', 'LU', 'BE']);
const CURRENCY_NAMES = new Map<string, string>();
{
  const names = new Intl.DisplayNames('en', { type: 'currency' });
  for (const code of Intl.supportedValuesOf('currency')) CURRENCY_NAMES.set(names.of(code)!.toLowerCase(), code);
  CURRENCY_NAMES.set('pound sterling', 'GBP');
}

/** "EUR", "EUR - Euro", "Euro", "US Dollar", "€" -> the code; null when it is none of these. */
export function readCurrency(text: string): string | null {
  const t = text.trim();
  return normalizeCurrency(t) ?? normalizeCurrency(/^([A-Za-z]{3})\b/.exec(t)?.[1]) ?? CURRENCY_NAMES.get(t.toLowerCase()) ?? null;
}

/** "Net 30", "30 days", "30", "Due on receipt" -> days; null when the terms are not a number of days. */
export function readPaymentTerms(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^(due )?(on|upon) receipt$|^immediate(ly)?$|^cod$|^cash$|^due now$/.test(t)) return 0;
  if (/month|eom/.test(t)) return null;
  const n = /^(?:net\s*)?(\d{1,3})(?:\s*days?)?(?:\s*net)?$/.exec(t);
  return n && Number(n[1]) <= 365 ? Number(n[1]) : null;
}

/** Cells -> fields, reading each field from the first of its columns that has a value. */
export function readImportRow(cells: string[], columns: HeaderMatch, defaultCountry: string | null): RowRead {
  const cell = (i: number) => { const v = cells[i]; return v === undefined || !v.trim() ? null : unescapeCell(v); };
  // One address per row: the billing address if the row has one, else the plain one, else the shipping one.
  const source = SOURCES.find((s) => [...columns.uses.values()].some((list) => list.some((u) => u.source === s && cell(u.index) !== null)));
  const raw: Record<string, unknown> = {};
  const headerOf: Record<string, string> = {};
  for (const [field, list] of columns.uses) {
    // An empty cell says nothing: it never clears what is stored.
    const use = list.find((u) => (u.source === null || u.source === source) && cell(u.index) !== null);
    if (!use) continue;
    raw[field] = cell(use.index);
    headerOf[field] = use.header;
  }
  const warnings: string[] = [];
  const soft = (field: ImportField, read: (v: string) => unknown, what: string) => {
    if (typeof raw[field] !== 'string') return;
    const value = read(raw[field] as string);
    if (value === null || value === undefined) warnings.push(`${headerOf[field]}: "${raw[field]}" is not ${what}; left unset`);
    raw[field] = value ?? null;
  };
  soft('currency', readCurrency, 'a currency');
  soft('paymentTerms', readPaymentTerms, 'a number of days');
  if (typeof raw.status === 'string') {
    const status = STATUS_WORDS[raw.status.toLowerCase().replace(/[^a-z]/g, '')];
    if (!status) return { ok: false, reason: `${headerOf.status}: "${raw.status}" is not a status (lead, active, inactive or past)` };
    raw.status = status;
  }

  const r = ImportRow.safeParse(raw);
  if (!r.success) {
    const reason = r.error.issues.map((i) => {
      const field = String(i.path[0] ?? 'row');
      return `${headerOf[field] ?? fieldLabel(field as ImportField)}: ${i.message}`;
    }).join('; ');
    return { ok: false, reason };
  }
  const d = r.data as ImportRowData;
  // First and last name make the contact person; with no company name, the person is the client (an individual).
  const person = [d.contactFirstName, d.contactLastName].filter(Boolean).join(' ');
  d.contactName ??= person || null;
  d.name ??= d.contactName ?? null;
  if (d.houseNumber && d.addressLine1 && !d.addressLine1.includes(d.houseNumber)) {
    d.addressLine1 = NUMBER_FIRST.has(d.country ?? defaultCountry ?? '') ? `${d.houseNumber} ${d.addressLine1}` : `${d.addressLine1} ${d.houseNumber}`;
  }
  const country = d.country ?? defaultCountry;
  for (const key of ['phone', 'contactPhone', 'billingPhone'] as const) {
    if (d[key]) d[key] = normalizePhone(d[key], country);
  }
  return { ok: true, data: d, warnings };
}
