// What a signed-in contact sees: its client's projects, invoices (total invoiced, outstanding, payment history),
// the team member who looks after them, and its own profile. Every query is scoped by the session's client.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { clients, contacts, invoices, payments, projects } from '../../db/schema';
import { NotFound } from '../../errors';
import { resolveClientSettings } from '../settings/resolve-settings';
import { requireContact, units } from './portal-actor';
import { clientOwner } from './portal-targets';

/** Drafts and void invoices are the team's business; the portal shows what was issued. */
export const VISIBLE_INVOICE = ['issued', 'paid'] as const;

export type PortalInvoice = {
  id: number; number: string; description: string | null; projectId: number | null; currency: string; status: string;
  amount: number; paid: number; outstanding: number; issuedOn: string | null; dueOn: string | null;
};
export type PortalDashboard = {
  client: { id: number; name: string; number: string };
  me: { id: number; name: string | null; email: string | null; phone: string | null; jobTitle: string | null };
  team: Array<{ name: string | null; email: string | null; role: string }>;
  projects: Array<{ id: number; name: string; status: string }>;
  invoices: PortalInvoice[];
  totals: Array<{ currency: string; invoiced: number; paid: number; outstanding: number }>;
  payments: Array<{ id: number; invoiceId: number; invoiceNumber: string; amount: number; currency: string; paidOn: string }>;
  /** The currency the client is billed in (client, group, workspace): the zero shown before any invoice. */
  billingCurrency: string;
};

export const toPortalInvoice = (i: typeof invoices.$inferSelect): PortalInvoice => ({
  id: i.id, number: i.number, description: i.description, projectId: i.projectId, currency: i.currency, status: i.status,
  amount: units(i.amountCents), paid: units(i.amountPaidCents), outstanding: units(Math.max(0, i.amountCents - i.amountPaidCents)),
  issuedOn: i.issuedOn, dueOn: i.dueOn,
});

export async function getPortalDashboard({ ctx }: { ctx: Ctx }): Promise<PortalDashboard> {
  const me = requireContact(ctx.actor);
  const scope = { ws: me.workspaceId, client: me.clientId };
  const [client] = await ctx.db.select().from(clients).where(and(eq(clients.id, scope.client), eq(clients.workspaceId, scope.ws)));
  const [contact] = await ctx.db.select().from(contacts)
    .where(and(eq(contacts.id, me.contactId), eq(contacts.clientId, scope.client), eq(contacts.workspaceId, scope.ws)));
  if (!client || !contact) throw new NotFound('client');
  const projectRows = await ctx.db.select({ id: projects.id, name: projects.name, status: projects.status }).from(projects)
    .where(and(eq(projects.clientId, scope.client), eq(projects.workspaceId, scope.ws))).orderBy(desc(projects.id));
  const invoiceRows = (await ctx.db.select().from(invoices).where(and(
    eq(invoices.clientId, scope.client), eq(invoices.workspaceId, scope.ws), inArray(invoices.status, [...VISIBLE_INVOICE]),
  )).orderBy(desc(invoices.issuedOn), desc(invoices.id))).map(toPortalInvoice);
  const paymentRows = await ctx.db.select({ p: payments, number: invoices.number, currency: invoices.currency }).from(payments)
    .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
    .where(and(eq(payments.clientId, scope.client), eq(payments.workspaceId, scope.ws), eq(invoices.clientId, scope.client),
      inArray(invoices.status, [...VISIBLE_INVOICE])))
    .orderBy(desc(payments.paidOn), asc(payments.id));
  const totals = new Map<string, { currency: string; invoiced: number; paid: number; outstanding: number }>();
  for (const i of invoiceRows) {
    const t = totals.get(i.currency) ?? { currency: i.currency, invoiced: 0, paid: 0, outstanding: 0 };
    t.invoiced = units(t.invoiced * 100 + i.amount * 100);
    t.paid = units(t.paid * 100 + i.paid * 100);
    t.outstanding = units(t.outstanding * 100 + i.outstanding * 100);
    totals.set(i.currency, t);
  }
  const owner = await clientOwner(ctx.db, scope.ws, client.ownerId);
  // Only needed while nothing is invoiced: the totals name their own currencies.
  const billingCurrency = totals.size ? [...totals.keys()][0] : (await resolveClientSettings(ctx.db, ctx, client)).currency.value;
  return {
    client: { id: client.id, name: client.name, number: client.number },
    me: { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone, jobTitle: contact.jobTitle },
    team: owner ? [{ ...owner, role: 'Account manager' }] : [],
    projects: projectRows,
    invoices: invoiceRows,
    totals: [...totals.values()],
    payments: paymentRows.map(({ p, number, currency }) => ({
      id: p.id, invoiceId: p.invoiceId, invoiceNumber: number, amount: units(p.amountCents), currency, paidOn: p.paidOn,
    })),
    billingCurrency,
  };
}
