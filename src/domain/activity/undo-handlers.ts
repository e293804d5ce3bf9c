// How each kind of change is reversed from its activity row's before/after values. Every write goes through the
// journal, so the undo can be undone in turn (undo-journal.ts).
import { and, eq, inArray, isNotNull, not, sql } from 'drizzle-orm';
import { clients, contacts, documents, followUps, invoices, notes, outreachDrafts, payments, projects, quotes } from '../../db/schema';
import { Conflict } from '../../errors';
import { laterThanCreation } from './undo-created';
import type { Journal } from './undo-journal';
import { undoInvoiceIssued, undoInvoiceVoided, undoPaymentRecorded, undoProjectCreated } from './undo-ledger';
import { UNDO_MEMBERS } from './undo-members';
import { UNDO_QUOTES } from './undo-quotes';
import { UNDO_SETTINGS } from './undo-settings';

type Json = Record<string, unknown>;
export type UndoAct = { id: number; workspaceId: number; entityId: number | null; clientId: number | null; before: unknown; after: unknown };
/** A handler may return a note the undo's summary adds (what it deliberately did not give back). */
export type UndoHandler = (j: Journal, act: UndoAct, now: Date) => Promise<string | undefined>;

export const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
const withDates = <T extends Json>(row: T, keys: string[]): T => {
  const out: Json = { ...row };
  for (const k of keys) if (k in out) out[k] = date(out[k]);
  return out as T;
};
const rows = (v: unknown) => (Array.isArray(v) ? (v as Json[]) : []);
const CLIENT_COLUMNS = new Set(Object.keys(clients).filter((k) => !k.startsWith('_') && k !== 'phoneDigits' && k !== 'phoneKey'));
const CONTACT_DATES = ['createdAt', 'updatedAt', 'portalLastSignInAt'];

async function setFlag(j: Journal, id: unknown, flag: 'isPrimary' | 'isBillingDefault') {
  if (typeof id === 'number') await j.update(contacts, eq(contacts.id, id), { [flag]: true });
}

const restoreClientFields: UndoHandler = async (j, act, now) => {
  const before = obj(act.before);
  const after = obj(act.after);
  const cols: Json = {};
  for (const [k, v] of Object.entries(before)) if (CLIENT_COLUMNS.has(k)) cols[k] = k === 'archivedAt' ? date(v) : v;
  if (Object.keys(cols).length) await j.update(clients, eq(clients.id, act.entityId!), { ...cols, updatedAt: now });
  const primary = obj(before.primaryContact);
  if (typeof primary.id === 'number') await j.update(contacts, eq(contacts.id, primary.id), { name: primary.name as string | null });
  if (typeof after.createdContactId === 'number') await j.delete(contacts, eq(contacts.id, after.createdContactId));
  if (typeof after.noteId === 'number') await j.delete(notes, eq(notes.id, after.noteId));
};

export const UNDO: Record<string, UndoHandler> = {
  'client.updated': restoreClientFields,
  'client.archived': restoreClientFields,
  'client.unarchived': restoreClientFields,
  // A set archived at once: those it left archived come back; one archived or unarchived again since (by hand, or
  // by undoing its own line) is left as it is.
  'clients.archived': async (j, act, now) => {
    const ids = (obj(act.before).ids as number[] | undefined) ?? [];
    const scope = (list: number[]) => and(eq(clients.workspaceId, act.workspaceId), inArray(clients.id, list))!;
    const changedSince = sql`EXISTS (SELECT 1 FROM activities a WHERE a.workspace_id = ${act.workspaceId} AND a.entity_type = 'client'
      AND a.entity_id = ${clients.id} AND a.id > ${act.id} AND a.verb IN ('client.archived', 'client.unarchived'))`;
    const still = ids.length
      ? await j.tx.select({ id: clients.id }).from(clients).where(and(scope(ids), isNotNull(clients.archivedAt), not(changedSince)))
      : [];
    if (still.length) await j.update(clients, scope(still.map((r) => r.id)), { archivedAt: null, updatedAt: now });
    const left = ids.length - still.length;
    return left ? `${left} of them changed since and ${left === 1 ? 'was' : 'were'} left as ${left === 1 ? 'it was' : 'they were'}` : undefined;
  },
  'client.created': async (j, act) => {
    // Only what the creation itself made goes; anything added since makes this a refusal, with the reason.
    const id = act.entityId!;
    const later = await laterThanCreation(j.tx, act);
    if (later) throw new Conflict(`${later}, so creating it can no longer be undone without losing that; archive or delete it instead.`);
    await j.delete(notes, eq(notes.clientId, id));
    await j.delete(contacts, eq(contacts.clientId, id));
    await j.delete(clients, eq(clients.id, id));
  },
  'client.deleted': async (j, act) => {
    const snap = obj(act.before);
    const client = withDates(obj(snap.client), ['createdAt', 'updatedAt', 'lastActivityAt', 'archivedAt', 'enrichedAt']);
    const [taken] = await j.tx.select({ id: clients.id }).from(clients)
      .where(and(eq(clients.workspaceId, client.workspaceId as number), eq(clients.number, client.number as string))).limit(1);
    if (taken) throw new Conflict(`Client number ${client.number} has been used again since, so the client cannot be restored.`);
    // Parents before children; older snapshots have no invoices, payments, drafts or quotes.
    await j.insert(clients, client as typeof clients.$inferInsert);
    for (const c of rows(snap.contacts)) await j.insert(contacts, withDates(c, CONTACT_DATES) as typeof contacts.$inferInsert);
    for (const n of rows(snap.notes)) await j.insert(notes, withDates(n, ['createdAt']) as typeof notes.$inferInsert);
    for (const p of rows(snap.projects)) await j.insert(projects, withDates(p, ['createdAt', 'updatedAt']) as typeof projects.$inferInsert);
    for (const i of rows(snap.invoices)) await j.insert(invoices, withDates(i, ['createdAt', 'updatedAt']) as typeof invoices.$inferInsert);
    for (const p of rows(snap.payments)) await j.insert(payments, withDates(p, ['createdAt']) as typeof payments.$inferInsert);
    for (const d of rows(snap.documents)) {
      await j.insert(documents, withDates(d, ['createdAt', 'updatedAt', 'deletedAt']) as typeof documents.$inferInsert);
    }
    for (const q of rows(snap.quotes)) {
      await j.insert(quotes, withDates(q, ['sentAt', 'decidedAt', 'createdAt', 'updatedAt']) as typeof quotes.$inferInsert);
    }
    for (const d of rows(snap.outreachDrafts)) {
      await j.insert(outreachDrafts, withDates(d, ['sentAt', 'createdAt', 'updatedAt']) as typeof outreachDrafts.$inferInsert);
    }
    for (const f of rows(snap.followUps)) await j.insert(followUps, withDates(f, ['doneAt', 'createdAt']) as typeof followUps.$inferInsert);
  },
  'contact.added': async (j, act) => {
    await j.delete(contacts, eq(contacts.id, act.entityId!));
    await setFlag(j, obj(act.before).clearedPrimary, 'isPrimary');
    await setFlag(j, obj(act.before).clearedBilling, 'isBillingDefault');
  },
  'contact.updated': async (j, act, now) => {
    const { clearedPrimary, clearedBilling, ...fields } = obj(act.before);
    if (Object.keys(fields).length) await j.update(contacts, eq(contacts.id, act.entityId!), { ...fields, updatedAt: now });
    await setFlag(j, clearedPrimary, 'isPrimary');
    await setFlag(j, clearedBilling, 'isBillingDefault');
  },
  'contact.removed': async (j, act) => {
    const { contact, promoted } = obj(act.before);
    if (typeof promoted === 'number') await j.update(contacts, eq(contacts.id, promoted), { isPrimary: false });
    await j.insert(contacts, withDates(obj(contact), CONTACT_DATES) as typeof contacts.$inferInsert);
  },
  'note.added': async (j, act) => {
    await j.delete(notes, eq(notes.id, act.entityId!));
  },
  'note.deleted': async (j, act) => {
    await j.insert(notes, withDates(obj(obj(act.before).note), ['createdAt']) as typeof notes.$inferInsert);
  },
  // A document's bytes stay in the store while its row is hidden, so each of these is a flag flip.
  'document.added': async (j, act, now) => {
    await j.update(documents, and(eq(documents.workspaceId, act.workspaceId), eq(documents.id, act.entityId!))!, { deletedAt: now, updatedAt: now });
  },
  'document.shared': async (j, act, now) => {
    const shared = obj(act.before).shared === true;
    await j.update(documents, and(eq(documents.workspaceId, act.workspaceId), eq(documents.id, act.entityId!))!, { shared, updatedAt: now });
  },
  'document.deleted': async (j, act, now) => {
    await j.update(documents, and(eq(documents.workspaceId, act.workspaceId), eq(documents.id, act.entityId!))!, { deletedAt: null, updatedAt: now });
  },
  'followUp.added': async (j, act) => {
    await j.delete(followUps, and(eq(followUps.workspaceId, act.workspaceId), eq(followUps.id, act.entityId!))!);
  },
  'followUp.done': async (j, act) => {
    await j.update(followUps, and(eq(followUps.workspaceId, act.workspaceId), eq(followUps.id, act.entityId!))!, { doneAt: null });
  },
  'followUp.updated': async (j, act) => {
    const before = obj(act.before);
    await j.update(followUps, and(eq(followUps.workspaceId, act.workspaceId), eq(followUps.id, act.entityId!))!, {
      dueOn: before.dueOn as string, text: before.text as string, ownerId: (before.ownerId as number | null) ?? null, remindedAt: null,
    });
  },
  'project.created': undoProjectCreated,
  'invoice.issued': undoInvoiceIssued,
  'invoice.voided': undoInvoiceVoided,
  'payment.recorded': undoPaymentRecorded,
  ...UNDO_SETTINGS,
  ...UNDO_QUOTES,
  ...UNDO_MEMBERS,
};

export const UNDOABLE = new Set(Object.keys(UNDO));
