// Direct inserts for E8's tests (clients, contacts, invoices) without depending on other verbs' rules.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { clients, contacts, invoices, notes, projects } from '../../../src/db/schema';
import { nameKey, websiteDomain } from '../../../src/domain/clients/name-key';

type ClientInsert = Partial<typeof clients.$inferInsert> & { name: string };
type ContactInsert = Partial<typeof contacts.$inferInsert>;

export async function seedClient(db: Db, workspaceId: number, c: ClientInsert, people: ContactInsert[] = []) {
  const [{ n }] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM clients WHERE workspace_id = ${workspaceId}`);
  const [row] = await db.insert(clients).values({
    workspaceId, number: String(Number(n) + 1).padStart(4, '0'), nameKey: nameKey(c.name), websiteDomain: websiteDomain(c.website), ...c,
  }).returning();
  const made = [];
  for (const p of people) {
    const [contact] = await db.insert(contacts).values({ workspaceId, clientId: row.id, ...p }).returning();
    made.push(contact);
  }
  return { client: row, contacts: made };
}

export async function seedInvoice(db: Db, workspaceId: number, clientId: number, amountCents: number, paidCents = 0, issuedOn = '2025-03-01') {
  const [{ n }] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM invoices WHERE workspace_id = ${workspaceId}`);
  const [row] = await db.insert(invoices).values({
    workspaceId, clientId, number: `INV-${workspaceId}-${Number(n) + 1}`, amountCents, amountPaidCents: paidCents,
    currency: 'EUR', status: paidCents >= amountCents ? 'paid' : 'issued', issuedOn,
  }).returning();
  return row;
}

export async function seedProject(db: Db, workspaceId: number, clientId: number, name: string, status: 'active' | 'completed' = 'completed') {
  const [row] = await db.insert(projects).values({ workspaceId, clientId, name, status }).returning();
  return row;
}

export async function seedNote(db: Db, workspaceId: number, clientId: number, body: string, createdAt?: Date) {
  const [row] = await db.insert(notes).values({ workspaceId, clientId, body, ...(createdAt ? { createdAt } : {}) }).returning();
  return row;
}
