// The figures behind the charts of the client list and a client page (and any compact summary): revenue and
// outstanding by month, the quote pipeline by status and invoices by status, for the workspace or one client.
// Same rules as the totals (money-totals.ts): issued and paid invoices count as revenue, and currencies are never
// added together, so every amount series is per currency. Grouped in SQL: one pass over each table.
import { and, eq, gte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { invoices, quotes } from '../../db/schema';
import { requireClientAccess } from '../access';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';

export const ChartFiguresInput = z.object({
  client: Ref.optional(),
  months: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be at least 1').max(36, 'must be at most 36').optional(),
});

export const QUOTE_STAGES = ['draft', 'sent', 'accepted', 'declined'] as const;
/** The collections view of invoices: where each one stands today (open = issued, nothing paid, not yet due). */
export const INVOICE_STANDINGS = ['draft', 'open', 'partly_paid', 'overdue', 'paid', 'void'] as const;
export type InvoiceStanding = (typeof INVOICE_STANDINGS)[number];

export type Amount = { currency: string; amount: number };
export type ChartFigures = {
  /** 'YYYY-MM', oldest first, ending with the current month. */
  months: string[];
  /** One entry per currency invoiced in the window, largest revenue first; arrays line up with `months`. */
  money: Array<{ currency: string; revenue: number[]; outstanding: number[] }>;
  pipeline: Array<{ status: (typeof QUOTE_STAGES)[number]; count: number; amounts: Amount[] }>;
  invoices: Array<{ status: InvoiceStanding; count: number; amounts: Amount[] }>;
};

const monthKey = (d: Date) => d.toISOString().slice(0, 7);

function lastMonths(now: Date, n: number): string[] {
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1))));
  return out;
}

function addAmount(list: Amount[], currency: string, cents: number) {
  const hit = list.find((a) => a.currency === currency);
  if (hit) hit.amount = (Math.round(hit.amount * 100) + cents) / 100;
  else list.push({ currency, amount: cents / 100 });
}

export async function chartFigures({ ctx, input }: { ctx: Ctx; input?: unknown }): Promise<ChartFigures> {
  requireClientAccess(ctx.actor);
  const d = parseInput(ChartFiguresInput, input);
  const clientId = d.client === undefined ? undefined : (await resolveClient(ctx.db, ctx, d.client)).id;
  const now = ctx.now();
  const months = lastMonths(now, d.months ?? 12);
  const today = now.toISOString().slice(0, 10);

  const invoiceWhere: SQL[] = [eq(invoices.workspaceId, ctx.actor.workspaceId)];
  const quoteWhere: SQL[] = [eq(quotes.workspaceId, ctx.actor.workspaceId)];
  if (clientId !== undefined) { invoiceWhere.push(eq(invoices.clientId, clientId)); quoteWhere.push(eq(quotes.clientId, clientId)); }

  // The month an invoice counts in: its issue date, else the day it was recorded.
  const month = sql<string>`substr(coalesce(${invoices.issuedOn}, date(${invoices.createdAt} / 1000, 'unixepoch')), 1, 7)`;
  const byMonth = await ctx.db.select({
    month, currency: invoices.currency,
    revenue: sql<number>`sum(${invoices.amountCents})`,
    outstanding: sql<number>`sum(${invoices.amountCents} - ${invoices.amountPaidCents})`,
  }).from(invoices)
    .where(and(...invoiceWhere, sql`${invoices.status} IN ('issued', 'paid')`, gte(month, months[0])))
    .groupBy(month, invoices.currency);

  const series = new Map<string, { currency: string; revenue: number[]; outstanding: number[]; total: number }>();
  for (const r of byMonth) {
    const i = months.indexOf(r.month);
    if (i < 0) continue;
    let s = series.get(r.currency);
    if (!s) series.set(r.currency, (s = { currency: r.currency, revenue: months.map(() => 0), outstanding: months.map(() => 0), total: 0 }));
    s.revenue[i] = Number(r.revenue) / 100;
    s.outstanding[i] = Number(r.outstanding) / 100;
    s.total += Number(r.revenue);
  }
  const money = [...series.values()].sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency))
    .map(({ total: _t, ...s }) => s);

  const standing = sql<InvoiceStanding>`CASE
    WHEN ${invoices.status} IN ('draft', 'void') THEN ${invoices.status}
    WHEN ${invoices.status} = 'paid' OR ${invoices.amountPaidCents} >= ${invoices.amountCents} THEN 'paid'
    WHEN ${invoices.dueOn} IS NOT NULL AND ${invoices.dueOn} < ${today} THEN 'overdue'
    WHEN ${invoices.amountPaidCents} > 0 THEN 'partly_paid'
    ELSE 'open' END`;
  const byStanding = await ctx.db.select({ standing, currency: invoices.currency, n: sql<number>`count(*)`, cents: sql<number>`sum(${invoices.amountCents})` })
    .from(invoices).where(and(...invoiceWhere)).groupBy(standing, invoices.currency);
  const invoiceFigures = INVOICE_STANDINGS.map((status) => ({ status, count: 0, amounts: [] as Amount[] }));
  for (const r of byStanding) {
    const f = invoiceFigures.find((x) => x.status === r.standing);
    if (!f) continue;
    f.count += Number(r.n);
    addAmount(f.amounts, r.currency, Number(r.cents));
  }

  const byStage = await ctx.db.select({ status: quotes.status, currency: quotes.currency, n: sql<number>`count(*)`, cents: sql<number>`sum(${quotes.amountCents})` })
    .from(quotes).where(and(...quoteWhere)).groupBy(quotes.status, quotes.currency);
  const pipeline = QUOTE_STAGES.map((status) => ({ status, count: 0, amounts: [] as Amount[] }));
  for (const r of byStage) {
    const f = pipeline.find((x) => x.status === r.status);
    if (!f) continue;
    f.count += Number(r.n);
    addAmount(f.amounts, r.currency, Number(r.cents));
  }
  return { months, money, pipeline, invoices: invoiceFigures };
}
