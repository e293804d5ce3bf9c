// The columns of the two export files. Headers are the names the importer matches, so an export imports back.
import type { clients, contacts } from '../../db/schema';
import { CLIENT_FIELDS, type ClientFieldKey, type FieldDef } from '../clients/client-fields';
import type { MoneyTotal } from '../clients/views';
import { CONTACT_FIELDS, type ContactFieldDef } from '../contacts/contact-fields';

type ClientRow = typeof clients.$inferSelect;
type ContactRow = typeof contacts.$inferSelect;

export type ExportClientRow = ClientRow & {
  ownerName: string | null;
  groupName: string | null;
  primary: ContactRow | null;
  billing: ContactRow | null;
  totals: MoneyTotal[];
  invoiceCount: number;
};
export type ExportContactRow = ContactRow & { clientNumber: string; clientName: string };

type Cell = string | number | null;
type Column<R> = { header: string; get(row: R): Cell };

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** A client field's cell: its column, or what stands for it in the export (the owner's name, the primary contact's email). */
const CELL: Partial<Record<ClientFieldKey, (r: ExportClientRow) => Cell>> = {
  owner: (r) => r.ownerName,
  group: (r) => r.groupName,
  contactName: (r) => r.primary?.name ?? null,
  contactEmail: (r) => r.primary?.email ?? null,
  contactPhone: (r) => r.primary?.phone ?? null,
  contactJobTitle: (r) => r.primary?.jobTitle ?? null,
  billingName: (r) => r.billing?.name ?? null,
  billingEmail: (r) => r.billing?.email ?? null,
  billingPhone: (r) => r.billing?.phone ?? null,
};
const columnCell = (key: string) => (r: ExportClientRow): Cell => ((r as unknown as Record<string, Cell | undefined>)[key] ?? null);

// The number, every client field with a CSV column (client-fields.ts, in its order), then the record's own state.
const CLIENT_COLUMNS: Column<ExportClientRow>[] = [
  { header: 'Number', get: (r) => r.number },
  ...(CLIENT_FIELDS as readonly FieldDef[]).flatMap((f) => (f.csv ? [{ header: f.csv, get: CELL[f.key as ClientFieldKey] ?? columnCell(f.key) }] : [])),
  { header: 'Portal Enabled', get: (r) => yesNo(r.portalEnabled) },
  { header: 'Archived At', get: (r) => iso(r.archivedAt) },
  { header: 'Enrichment State', get: (r) => r.enrichmentState },
  { header: 'Created At', get: (r) => iso(r.createdAt) },
  { header: 'Updated At', get: (r) => iso(r.updatedAt) },
  { header: 'Last Activity At', get: (r) => iso(r.lastActivityAt) },
];

/**
 * The client file's columns: the fixed ones, then the invoice count and, for each currency the workspace invoices
 * in, revenue, paid to date and outstanding ("Revenue (EUR)"): amounts in different currencies are never added up.
 */
export function clientColumns(currencies: string[]): Column<ExportClientRow>[] {
  const fig = (r: ExportClientRow, currency: string, key: keyof Omit<MoneyTotal, 'currency'>) => r.totals.find((t) => t.currency === currency)?.[key] ?? 0;
  const money = currencies.flatMap((cur): Column<ExportClientRow>[] => [
    { header: `Revenue (${cur})`, get: (r) => fig(r, cur, 'revenue') },
    { header: `Paid To Date (${cur})`, get: (r) => fig(r, cur, 'paid') },
    { header: `Outstanding (${cur})`, get: (r) => fig(r, cur, 'outstanding') },
  ]);
  const at = CLIENT_COLUMNS.findIndex((c) => c.header === 'Created At');
  return [...CLIENT_COLUMNS.slice(0, at), { header: 'Invoices', get: (r) => r.invoiceCount }, ...money, ...CLIENT_COLUMNS.slice(at)];
}

/** A contact field's cell: flags read yes/no. */
const contactCell = (f: ContactFieldDef) => (r: ExportContactRow): Cell => {
  const v = (r as unknown as Record<string, unknown>)[f.column ?? f.key];
  return f.kind === 'flag' ? yesNo(!!v) : ((v as Cell | undefined) ?? null);
};

// The client it belongs to, every contact field (contact-fields.ts, in its order), then the record's own state.
export const CONTACT_COLUMNS: Column<ExportContactRow>[] = [
  { header: 'Client Number', get: (r) => r.clientNumber },
  { header: 'Client Name', get: (r) => r.clientName },
  ...(CONTACT_FIELDS as readonly ContactFieldDef[]).map((f) => ({ header: f.csv, get: contactCell(f) })),
  { header: 'Portal Last Sign In', get: (r) => iso(r.portalLastSignInAt) },
  { header: 'Created At', get: (r) => iso(r.createdAt) },
];
