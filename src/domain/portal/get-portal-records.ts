// One project or one invoice, as the portal shows it. Scoped by the session's client: another client's id
// (or another workspace's) is the same NotFound as an id that does not exist.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { invoices, payments, projects } from '../../db/schema';
import { NotFound } from '../../errors';
import { requireContact, units } from './portal-actor';
import { toPortalInvoice, VISIBLE_INVOICE, type PortalInvoice } from './get-portal-dashboard';

const Id = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const parseId = (input: unknown, what: string) => {
  const parsed = Id.safeParse(input);
  if (!parsed.success) throw new NotFound(what);
  return parsed.data.id;
};

export async function getPortalProject({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const me = requireContact(ctx.actor);
  const id = parseId(input, 'project');
  const [project] = await ctx.db.select({ id: projects.id, name: projects.name, status: projects.status }).from(projects)
    .where(and(eq(projects.id, id), eq(projects.clientId, me.clientId), eq(projects.workspaceId, me.workspaceId)));
  if (!project) throw new NotFound('project');
  const rows = await ctx.db.select().from(invoices).where(and(
    eq(invoices.projectId, project.id), eq(invoices.clientId, me.clientId), eq(invoices.workspaceId, me.workspaceId),
    inArray(invoices.status, [...VISIBLE_INVOICE]),
  )).orderBy(desc(invoices.issuedOn), desc(invoices.id));
  return { project, invoices: rows.map(toPortalInvoice) };
}

export async function getPortalInvoice({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{
  invoice: PortalInvoice; project: { id: number; name: string } | null; payments: Array<{ id: number; amount: number; paidOn: string }>;
}> {
  const me = requireContact(ctx.actor);
  const id = parseId(input, 'invoice');
  const [row] = await ctx.db.select().from(invoices).where(and(
    eq(invoices.id, id), eq(invoices.clientId, me.clientId), eq(invoices.workspaceId, me.workspaceId), inArray(invoices.status, [...VISIBLE_INVOICE]),
  ));
  if (!row) throw new NotFound('invoice');
  const [project] = row.projectId
    ? await ctx.db.select({ id: projects.id, name: projects.name }).from(projects)
      .where(and(eq(projects.id, row.projectId), eq(projects.clientId, me.clientId)))
    : [];
  const paid = await ctx.db.select().from(payments)
    .where(and(eq(payments.invoiceId, row.id), eq(payments.clientId, me.clientId), eq(payments.workspaceId, me.workspaceId)))
    .orderBy(desc(payments.paidOn));
  return {
    invoice: toPortalInvoice(row), project: project ?? null,
    payments: paid.map((p) => ({ id: p.id, amount: units(p.amountCents), paidOn: p.paidOn })),
  };
}
