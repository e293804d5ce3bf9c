// Revenue, payments and what is outstanding, per currency. An invoice keeps the currency it was issued in, so a
// client billed in EUR before and USD now owes in both: the figures are never added across currencies. Derived
// from the invoices (issued and paid ones count; drafts and void ones do not) with one grouped query per page.
import { and, type Column, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { invoices } from '../../db/schema';
import type { MoneyTotal } from '../clients/views';

type InvoiceFigures = { currency: string; status: string; amountCents: number; amountPaidCents: number };

const byRevenue = (a: MoneyTotal, b: MoneyTotal) => b.revenue - a.revenue || a.currency.localeCompare(b.currency);
const counts = (status: string) => status === 'issued' || status === 'paid';

/** One client's totals from its invoice rows (the client page has them loaded already). */
export function totalsOf(rows: InvoiceFigures[]): MoneyTotal[] {
  const cents = new Map<string, { revenue: number; paid: number }>();
  for (const i of rows) {
    if (!counts(i.status)) continue;
    const t = cents.get(i.currency) ?? { revenue: 0, paid: 0 };
    t.revenue += i.amountCents;
    t.paid += i.amountPaidCents;
    cents.set(i.currency, t);
  }
  return [...cents].map(([currency, t]) => toTotal(currency, t.revenue, t.paid)).sort(byRevenue);
}

const toTotal = (currency: string, revenueCents: number, paidCents: number): MoneyTotal =>
  ({ currency, revenue: revenueCents / 100, paid: paidCents / 100, outstanding: (revenueCents - paidCents) / 100 });

export type ClientLedgerTotals = { totals: MoneyTotal[]; invoiceCount: number };

/** Totals and invoice counts of many clients at once (a list page, an export page). */
export async function loadTotals(db: DbOrTx, workspaceId: number, clientIds: number[]): Promise<Map<number, ClientLedgerTotals>> {
  const out = new Map<number, ClientLedgerTotals>(clientIds.map((id) => [id, { totals: [], invoiceCount: 0 }]));
  if (!clientIds.length) return out;
  const rows = await db.select({
    clientId: invoices.clientId, currency: invoices.currency, invoices: count(),
    revenue: sql<number>`coalesce(sum(CASE WHEN ${invoices.status} IN ('issued', 'paid') THEN ${invoices.amountCents} END), 0)`,
    paid: sql<number>`coalesce(sum(CASE WHEN ${invoices.status} IN ('issued', 'paid') THEN ${invoices.amountPaidCents} END), 0)`,
    counted: sql<number>`sum(${invoices.status} IN ('issued', 'paid'))`,
  }).from(invoices)
    .where(and(eq(invoices.workspaceId, workspaceId), inArray(invoices.clientId, clientIds)))
    .groupBy(invoices.clientId, invoices.currency);
  for (const r of rows) {
    const t = out.get(r.clientId)!;
    t.invoiceCount += Number(r.invoices);
    if (Number(r.counted)) t.totals.push(toTotal(r.currency, Number(r.revenue), Number(r.paid)));
  }
  for (const t of out.values()) t.totals.sort(byRevenue);
  return out;
}

// One formatter per currency: building an Intl.NumberFormat costs far more than formatting with it (a list
// sorted by revenue formats 10-25 amounts; this was ~1 ms of a chat turn). null: a code Intl does not know.
const formatters = new Map<string, Intl.NumberFormat | null>();
function formatterOf(currency: string): Intl.NumberFormat | null {
  let f = formatters.get(currency);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat('en', { style: 'currency', currency });
    } catch {
      f = null;
    }
    // Codes come from stored invoices and settings; the bound only guards against a flood of made-up ones.
    if (formatters.size < 500) formatters.set(currency, f);
  }
  return f;
}

const COUNTS = sql`${invoices.status} IN ('issued', 'paid')`;

/**
 * One client's ledger as a column of a list's own statement (loadTotals' figures, one row per currency, as a JSON
 * array of [currency, invoices, revenue cents, paid cents, counted]): a page of clients reads its totals without a
 * second statement. `clientId` is the outer query's client id column.
 */
export const ledgerColumn = (workspaceId: number, clientId: SQL | Column) => sql<string>`(SELECT json_group_array(json_array(cur, n, revenue, paid, counted)) FROM (
  SELECT ${invoices.currency} AS cur, count(*) AS n, coalesce(sum(CASE WHEN ${COUNTS} THEN ${invoices.amountCents} END), 0) AS revenue,
    coalesce(sum(CASE WHEN ${COUNTS} THEN ${invoices.amountPaidCents} END), 0) AS paid, coalesce(sum(${COUNTS}), 0) AS counted
  FROM ${invoices} WHERE ${invoices.workspaceId} = ${workspaceId} AND ${invoices.clientId} = ${clientId} GROUP BY ${invoices.currency}))`;

/** ledgerColumn's JSON as loadTotals gives it. */
export function ledgerOf(json: string | null): ClientLedgerTotals {
  const out: ClientLedgerTotals = { totals: [], invoiceCount: 0 };
  for (const [currency, n, revenue, paid, counted] of JSON.parse(json ?? '[]') as Array<[string, number, number, number, number]>) {
    out.invoiceCount += Number(n);
    if (Number(counted)) out.totals.push(toTotal(currency, Number(revenue), Number(paid)));
  }
  out.totals.sort(byRevenue);
  return out;
}

/** "€1,200.00", "$300.00", "CHF 50.00": how people read an amount (an unknown code: "1200.00 XYZ"). */
export function formatMoney(amount: number, currency: string): string {
  return formatterOf(currency)?.format(amount) ?? `${amount.toFixed(2)} ${currency}`;
}

/** Each currency's figure that is not zero, formatted, largest revenue first: ["€1,200.00", "$300.00"]. */
export const amountsOf = (totals: MoneyTotal[], key: 'revenue' | 'paid' | 'outstanding'): string[] =>
  totals.filter((t) => t[key] !== 0).map((t) => formatMoney(t[key], t.currency));

/** "€1,200.00 and $300.00", or null when nothing is there. */
export function sayAmounts(totals: MoneyTotal[], key: 'revenue' | 'paid' | 'outstanding'): string | null {
  const parts = amountsOf(totals, key);
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
