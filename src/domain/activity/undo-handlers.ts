// How each kind of change is reversed from its activity row's before/after values.
import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { clients, contacts, invoices, notes, projects } from '../../db/schema';
import { Conflict } from '../../errors';
import { undoInvoiceIssued, undoPaymentRecorded, undoProjectCreated } from './undo-ledger';

type Json = Record<string, unknown>;
type Act = { workspaceId: number; entityId: number | null; clientId: number | null; before: unknown; after: unknown };
export type UndoHandler = (tx: Tx, act: Act, now: Date) => Promise<void>;

const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
const withDates = <T extends Json>(row: T, keys: string[]): T => {
  const out: Json = { ...row };
  for (const k of keys) if (k in out) out[k] = date(out[k]);
  return out as T;
};
const CLIENT_COLUMNS = new Set(Object.keys(clients).filter((k) => !k.startsWith('_')));
const CONTACT_DATES = ['createdAt', 'updatedAt', 'portalLastSignInAt'];

async function setFlag(tx: Tx, id: unknown, flag: 'isPrimary' | 'isBillingDefault') {
  if (typeof id === 'number') await tx.update(contacts).set({ [flag]: true }).where(eq(contacts.id, id));
}

const restoreClientFields: UndoHandler = async (tx, act, now) => {
  const before = obj(act.before);
  const after = obj(act.after);
  const cols: Json = {};
  for (const [k, v] of Object.entries(before)) if (CLIENT_COLUMNS.has(k)) cols[k] = k === 'archivedAt' ? date(v) : v;
  if (Object.keys(cols).length) await tx.update(clients).set({ ...cols, updatedAt: now }).where(eq(clients.id, act.entityId!));
  const primary = obj(before.primaryContact);
  if (typeof primary.id === 'number') await tx.update(contacts).set({ name: primary.name as string | null }).where(eq(contacts.id, primary.id));
  if (typeof after.createdContactId === 'number') await tx.delete(contacts).where(eq(contacts.id, after.createdContactId));
  if (typeof after.noteId === 'number') await tx.delete(notes).where(eq(notes.id, after.noteId));
};

export const UNDO: Record<string, UndoHandler> = {
  'client.updated': restoreClientFields,
  'client.archived': restoreClientFields,
  'client.unarchived': restoreClientFields,
  'client.created': async (tx, act) => {
    const [{ n }] = await tx.select({ n: count() }).from(invoices).where(eq(invoices.clientId, act.entityId!));
    if (n > 0) throw new Conflict('This client already has invoices, so creating it can no longer be undone; archive it instead.');
    await tx.delete(contacts).where(eq(contacts.clientId, act.entityId!));
    await tx.delete(clients).where(eq(clients.id, act.entityId!));
  },
  'client.deleted': async (tx, act) => {
    const snap = obj(act.before);
    const client = withDates(obj(snap.client), ['createdAt', 'updatedAt', 'lastActivityAt', 'archivedAt', 'enrichedAt']);
    const [taken] = await tx.select({ id: clients.id }).from(clients)
      .where(and(eq(clients.workspaceId, client.workspaceId as number), eq(clients.number, client.number as string))).limit(1);
    if (taken) throw new Conflict(`Client number ${client.number} has been used again since, so the client cannot be restored.`);
    await tx.insert(clients).values(client as typeof clients.$inferInsert);
    const rows = (v: unknown) => (Array.isArray(v) ? (v as Json[]) : []);
    for (const c of rows(snap.contacts)) await tx.insert(contacts).values(withDates(c, CONTACT_DATES) as typeof contacts.$inferInsert);
    for (const n of rows(snap.notes)) await tx.insert(notes).values(withDates(n, ['createdAt']) as typeof notes.$inferInsert);
    for (const p of rows(snap.projects)) await tx.insert(projects).values(withDates(p, ['createdAt', 'updatedAt']) as typeof projects.$inferInsert);
  },
  'contact.added': async (tx, act) => {
    await tx.delete(contacts).where(eq(contacts.id, act.entityId!));
    await setFlag(tx, obj(act.before).clearedPrimary, 'isPrimary');
    await setFlag(tx, obj(act.before).clearedBilling, 'isBillingDefault');
  },
  'contact.updated': async (tx, act, now) => {
    const { clearedPrimary, clearedBilling, ...fields } = obj(act.before);
    if (Object.keys(fields).length) await tx.update(contacts).set({ ...fields, updatedAt: now }).where(eq(contacts.id, act.entityId!));
    await setFlag(tx, clearedPrimary, 'isPrimary');
    await setFlag(tx, clearedBilling, 'isBillingDefault');
  },
  'contact.removed': async (tx, act) => {
    const { contact, promoted } = obj(act.before);
    if (typeof promoted === 'number') await tx.update(contacts).set({ isPrimary: false }).where(eq(contacts.id, promoted));
    await tx.insert(contacts).values(withDates(obj(contact), CONTACT_DATES) as typeof contacts.$inferInsert);
  },
  'note.added': async (tx, act) => {
    await tx.delete(notes).where(eq(notes.id, act.entityId!));
  },
  'project.created': undoProjectCreated,
  'invoice.issued': undoInvoiceIssued,
  'payment.recorded': undoPaymentRecorded,
};

export const UNDOABLE = new Set(Object.keys(UNDO));
