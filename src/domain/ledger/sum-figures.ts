// Revenue, paid and outstanding per currency over many clients (the person's own, or the workspace's), for
// summaries such as Slack's App Home. Same rule as a client's totals: issued and paid invoices count, and
// currencies are never added together.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { clients, invoices } from '../../db/schema';
import { requireClientAccess } from '../access';
import { attentionScope } from '../clients/list-attention';
import type { MoneyTotal } from '../clients/views';

export type Figures = { scope: 'mine' | 'workspace'; totals: MoneyTotal[]; unpaidCount: number };

export async function sumFigures({ ctx }: { ctx: Ctx; input?: unknown }): Promise<Figures> {
  requireClientAccess(ctx.actor);
  const { scope, where } = await attentionScope(ctx);
  const rows = await ctx.db.select({
    currency: invoices.currency,
    revenue: sql<number>`coalesce(sum(${invoices.amountCents}), 0)`,
    paid: sql<number>`coalesce(sum(${invoices.amountPaidCents}), 0)`,
    unpaid: sql<number>`sum(${invoices.status} = 'issued' AND ${invoices.amountPaidCents} < ${invoices.amountCents})`,
  }).from(invoices)
    .innerJoin(clients, eq(clients.id, invoices.clientId))
    .where(and(eq(invoices.workspaceId, ctx.actor.workspaceId), inArray(invoices.status, ['issued', 'paid']), where))
    .groupBy(invoices.currency);
  const totals = rows.map((r) => {
    const revenue = Number(r.revenue);
    const paid = Number(r.paid);
    return { currency: r.currency, revenue: revenue / 100, paid: paid / 100, outstanding: (revenue - paid) / 100 };
  }).sort((a, b) => b.revenue - a.revenue || a.currency.localeCompare(b.currency));
  return { scope, totals, unpaidCount: rows.reduce((n, r) => n + Number(r.unpaid ?? 0), 0) };
}
