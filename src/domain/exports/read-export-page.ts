// Reads the export page by page (keyset on id): clients with owner, group, primary and billing contacts and
// their ledger totals; or contacts with their client. Each page is a few bounded queries.
import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { clients, contacts, groups, invoices, members, workspaces } from '../../db/schema';
import { loadTotals } from '../ledger/money-totals';
import type { ExportClientRow, ExportContactRow } from './csv-columns';

/** `where` is a condition on clients, scoped to the workspace (clientFilterWhere). */
export async function* pageClientRows(ctx: Ctx, where: SQL, size: number): AsyncGenerator<ExportClientRow[]> {
  let after = 0;
  for (;;) {
    // The page's ids walk the rowid from `after` (NOT INDEXED): left to itself SQLite picks a workspace index and
    // sorts every client of the workspace again for each page, which is quadratic at 100,000 clients.
    const idRows = await ctx.db.all<{ id: number }>(
      sql`SELECT id FROM ${clients} NOT INDEXED WHERE ${where} AND ${clients.id} > ${after} ORDER BY ${clients.id} LIMIT ${size}`);
    if (!idRows.length) return;
    const ids = idRows.map((r) => Number(r.id));
    after = ids[ids.length - 1];
    const page = await ctx.db.select({ client: clients, ownerName: members.name, groupName: groups.name })
      .from(clients)
      .leftJoin(members, eq(members.id, clients.ownerId))
      .leftJoin(groups, eq(groups.id, clients.groupId))
      .where(inArray(clients.id, ids))
      .orderBy(asc(clients.id));
    const people = await ctx.db.select().from(contacts)
      .where(and(inArray(contacts.clientId, ids), or(eq(contacts.isPrimary, true), eq(contacts.isBillingDefault, true))));
    const totals = await loadTotals(ctx.db, ctx.actor.workspaceId, ids);
    yield page.map(({ client, ownerName, groupName }) => ({
      ...client,
      ownerName,
      groupName,
      primary: people.find((c) => c.clientId === client.id && c.isPrimary) ?? null,
      billing: people.find((c) => c.clientId === client.id && c.isBillingDefault) ?? null,
      ...totals.get(client.id)!,
    }));
    if (idRows.length < size) return;
  }
}

export async function* pageContactRows(ctx: Ctx, where: SQL, size: number): AsyncGenerator<ExportContactRow[]> {
  let after = 0;
  for (;;) {
    const page = await ctx.db.select({ contact: contacts, clientNumber: clients.number, clientName: clients.name })
      .from(contacts)
      .innerJoin(clients, eq(clients.id, contacts.clientId))
      .where(and(where, eq(contacts.workspaceId, ctx.actor.workspaceId), gt(contacts.id, after)))
      .orderBy(asc(contacts.id)).limit(size);
    if (!page.length) return;
    after = page[page.length - 1].contact.id;
    yield page.map(({ contact, clientNumber, clientName }) => ({ ...contact, clientNumber, clientName }));
    if (page.length < size) return;
  }
}

/** The currencies the client file has money columns for: the workspace's default, then every invoiced one. */
export async function exportCurrencies(ctx: Ctx): Promise<string[]> {
  const ws = ctx.actor.workspaceId;
  const [w] = await ctx.db.select({ currency: workspaces.defaultCurrency }).from(workspaces).where(eq(workspaces.id, ws)).limit(1);
  const rows = await ctx.db.selectDistinct({ currency: invoices.currency }).from(invoices)
    .where(and(eq(invoices.workspaceId, ws), inArray(invoices.status, ['issued', 'paid'])));
  const invoiced = rows.map((r) => r.currency).filter((c) => c !== w?.currency).sort();
  return [...(w ? [w.currency] : []), ...invoiced];
}
