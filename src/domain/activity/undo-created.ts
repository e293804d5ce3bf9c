// What a client gained after it was created. Undoing the creation would delete all of it, so the undo is refused
// and this says why ("Acme has 1 contact and 1 project added since it was created").
import { and, count, desc, eq, gt, isNull, notInArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '../../db/client';
import { activities, clients, contacts, followUps, invoices, notes, outreachDrafts, payments, projects } from '../../db/schema';
import type { UndoAct } from './undo-handlers';

type ChildTable = SQLiteTable & { id: SQLiteColumn; clientId: SQLiteColumn; workspaceId: SQLiteColumn };
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const list = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]);

export async function laterThanCreation(tx: Tx, act: UndoAct): Promise<string | null> {
  const id = act.entityId!;
  const after = (act.after ?? {}) as Record<string, unknown>;
  const [client] = await tx.select({ name: clients.name }).from(clients).where(eq(clients.id, id)).limit(1);
  const name = client?.name ?? 'The client';
  // The creation's own contact and note are not "later". Imports and older rows do not name theirs: for those,
  // contacts and notes added since are found by their activity rows below.
  const named = 'contactId' in after;
  const own = (v: unknown) => (typeof v === 'number' ? v : -1);
  const counted = async (t: ChildTable, noun: string, ownId = -1) => {
    const where: SQL[] = [eq(t.workspaceId, act.workspaceId), eq(t.clientId, id)];
    const [{ n }] = await tx.select({ n: count() }).from(t).where(and(...where, notInArray(t.id, [ownId])));
    return n > 0 ? plural(n, noun) : null;
  };
  const added = (await Promise.all([
    named ? counted(contacts as ChildTable, 'contact', own(after.contactId)) : null,
    named ? counted(notes as ChildTable, 'note', own(after.noteId)) : null,
    counted(projects as ChildTable, 'project'),
    counted(invoices as ChildTable, 'invoice'),
    counted(payments as ChildTable, 'payment'),
    counted(outreachDrafts as ChildTable, 'outreach draft'),
    counted(followUps as ChildTable, 'follow-up'),
  ])).filter((x): x is string => !!x);
  if (added.length) return `${name} has ${list(added)} added since it was created`;
  // Any other change since (an enrichment, a portal invite, a contact added then removed) counts as well.
  const [change] = await tx.select({ summary: activities.summary }).from(activities).where(and(
    eq(activities.workspaceId, act.workspaceId), eq(activities.clientId, id), gt(activities.id, act.id),
    isNull(activities.undoneAt), isNull(activities.undoOf), notInArray(activities.verb, ['portal.signed_in', 'portal.link_sent']),
  )).orderBy(desc(activities.id)).limit(1);
  return change ? `${name} was changed since it was created ("${change.summary}")` : null;
}
