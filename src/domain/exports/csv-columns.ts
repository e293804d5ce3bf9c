// The columns of the two export files. Headers are the names the importer matches, so an export imports back.
import type { clients, contacts } from '../../db/schema';
import type { MoneyTotal } from '../clients/views';

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

const CLIENT_COLUMNS: Column<ExportClientRow>[] = [
  { header: 'Number', get: (r) => r.number },
  { header: 'ID Number', get: (r) => r.idNumber },
  { header: 'Name', get: (r) => r.name },
  { header: 'Status', get: (r) => r.status },
  { header: 'Email', get: (r) => r.email },
  { header: 'Phone', get: (r) => r.phone },
  { header: 'Website', get: (r) => r.website },
  { header: 'Industry', get: (r) => r.industry },
  { header: 'Tax ID', get: (r) => r.taxId },
  { header: 'Address Line 1', get: (r) => r.addressLine1 },
  { header: 'Address Line 2', get: (r) => r.addressLine2 },
  { header: 'City', get: (r) => r.city },
  { header: 'Region', get: (r) => r.region },
  { header: 'Postal Code', get: (r) => r.postalCode },
  { header: 'Country', get: (r) => r.country },
  { header: 'Currency', get: (r) => r.currency },
  { header: 'Payment Terms', get: (r) => r.paymentTerms },
  { header: 'Reminder Tone', get: (r) => r.reminderTone },
  { header: 'Value', get: (r) => r.value },
  { header: 'Start Date', get: (r) => r.startDate },
  { header: 'End Date', get: (r) => r.endDate },
  { header: 'Owner', get: (r) => r.ownerName },
  { header: 'Group', get: (r) => r.groupName },
  { header: 'Portal Enabled', get: (r) => yesNo(r.portalEnabled) },
  { header: 'Archived At', get: (r) => iso(r.archivedAt) },
  { header: 'Enrichment State', get: (r) => r.enrichmentState },
  { header: 'Primary Contact Name', get: (r) => r.primary?.name ?? null },
  { header: 'Primary Contact Email', get: (r) => r.primary?.email ?? null },
  { header: 'Primary Contact Phone', get: (r) => r.primary?.phone ?? null },
  { header: 'Primary Contact Job Title', get: (r) => r.primary?.jobTitle ?? null },
  { header: 'Billing Contact Name', get: (r) => r.billing?.name ?? null },
  { header: 'Billing Contact Email', get: (r) => r.billing?.email ?? null },
  { header: 'Billing Contact Phone', get: (r) => r.billing?.phone ?? null },
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

export const CONTACT_COLUMNS: Column<ExportContactRow>[] = [
  { header: 'Client Number', get: (r) => r.clientNumber },
  { header: 'Client Name', get: (r) => r.clientName },
  { header: 'Contact Name', get: (r) => r.name },
  { header: 'Contact Email', get: (r) => r.email },
  { header: 'Contact Phone', get: (r) => r.phone },
  { header: 'Job Title', get: (r) => r.jobTitle },
  { header: 'Role', get: (r) => r.role },
  { header: 'Primary', get: (r) => yesNo(r.isPrimary) },
  { header: 'Billing Default', get: (r) => yesNo(r.isBillingDefault) },
  { header: 'Portal Enabled', get: (r) => yesNo(r.portalEnabled) },
  { header: 'Portal Last Sign In', get: (r) => iso(r.portalLastSignInAt) },
  { header: 'Created At', get: (r) => iso(r.createdAt) },
];
