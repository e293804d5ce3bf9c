// Deletes a client with its contacts, notes and projects (owners and admins only). Refused while it has issued
// or paid invoices: those are the ledger's history, so the answer suggests archiving instead. The activity row
// keeps a snapshot of every row that goes (drafts and void invoices, their payments, outreach drafts too), so an
// undo within the window restores it all.
import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { clients, contacts, documents, followUps, invoices, notes, outreachDrafts, payments, projects, quotes } from '../../db/schema';
import { Conflict } from '../../errors';
import { ADMIN_ROLES, requireClientAccess, requireRole } from '../access';
import { recordActivity } from '../activity/record-activity';
import { parseInput } from '../normalize/parse-input';
import { resolveClient } from './resolve-client';
import { ClientRefInput } from './schemas';

export async function deleteClient({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{
  deleted: { id: number; number: string; name: string }; activityId: number;
}> {
  requireClientAccess(ctx.actor);
  requireRole(ctx.actor, ADMIN_ROLES, 'delete clients');
  const { client: ref } = parseInput(ClientRefInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, ref);
    const ws = eq(invoices.workspaceId, ctx.actor.workspaceId);
    const ledger = await tx.select({ id: invoices.id, status: invoices.status }).from(invoices)
      .where(and(ws, eq(invoices.clientId, client.id)));
    const issued = ledger.filter((i) => i.status === 'issued' || i.status === 'paid');
    if (issued.length) {
      throw new Conflict(
        `${client.name} has ${issued.length} issued invoice${issued.length === 1 ? '' : 's'}, so it cannot be deleted. Archive it instead: that hides it from active lists and keeps its history.`,
        { suggestion: 'archiveClient', clientId: client.id },
      );
    }
    const [contactRows, noteRows, projectRows, invoiceRows, paymentRows, draftRows, documentRows, quoteRows, followUpRows] = await Promise.all([
      tx.select().from(contacts).where(eq(contacts.clientId, client.id)),
      tx.select().from(notes).where(eq(notes.clientId, client.id)),
      tx.select().from(projects).where(eq(projects.clientId, client.id)),
      tx.select().from(invoices).where(and(ws, eq(invoices.clientId, client.id))),
      tx.select().from(payments).where(eq(payments.clientId, client.id)),
      tx.select().from(outreachDrafts).where(eq(outreachDrafts.clientId, client.id)),
      // Document rows go with the client (cascade); their bytes stay in the store, so the undo brings them back.
      tx.select().from(documents).where(eq(documents.clientId, client.id)),
      tx.select().from(quotes).where(and(eq(quotes.workspaceId, ctx.actor.workspaceId), eq(quotes.clientId, client.id))),
      tx.select().from(followUps).where(and(eq(followUps.workspaceId, ctx.actor.workspaceId), eq(followUps.clientId, client.id))),
    ]);
    // Drafts and voided invoices are not history yet; they go with the client.
    if (ledger.length) await tx.delete(invoices).where(and(ws, inArray(invoices.id, ledger.map((i) => i.id))));
    await tx.delete(contacts).where(eq(contacts.clientId, client.id));
    await tx.delete(clients).where(and(eq(clients.id, client.id), eq(clients.workspaceId, ctx.actor.workspaceId)));
    const activityId = await recordActivity(tx, ctx, {
      verb: 'client.deleted', entityType: 'client', entityId: client.id, clientId: client.id,
      summary: `Deleted ${client.name} (#${client.number}) with ${contactRows.length} contact${contactRows.length === 1 ? '' : 's'}`,
      before: {
        client, contacts: contactRows, notes: noteRows, projects: projectRows,
        invoices: invoiceRows, payments: paymentRows, outreachDrafts: draftRows, documents: documentRows, quotes: quoteRows, followUps: followUpRows,
      }, after: null,
    });
    return { deleted: { id: client.id, number: client.number, name: client.name }, activityId };
  });
}
