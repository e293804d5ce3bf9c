// Portal fixtures: a workspace with two clients (A with two contacts, B with one), projects, invoices and
// payments for both, and a second workspace with its own client, all inserted directly.
import type { Db } from '../../../src/db/client';
import { clients, contacts, invoices, payments, projects } from '../../../src/db/schema';
import { createTestDb, type TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type TestCtx } from '../../support/factories';

let seq = 0;

export async function seedClient(db: Db, workspaceId: number, name: string, opts: { ownerId?: number } = {}) {
  seq++;
  const [client] = await db.insert(clients).values({
    workspaceId, number: String(seq).padStart(4, '0'), name, nameKey: `${name.toLowerCase()} ${seq}`, status: 'active', ownerId: opts.ownerId ?? null,
  }).returning();
  return client;
}

export async function seedContact(db: Db, workspaceId: number, clientId: number, name: string, email: string | null, extra: Partial<typeof contacts.$inferInsert> = {}) {
  const [c] = await db.insert(contacts).values({ workspaceId, clientId, name, email, ...extra }).returning();
  return c;
}

export async function seedLedger(db: Db, workspaceId: number, clientId: number, tag: string) {
  const [project] = await db.insert(projects).values({ workspaceId, clientId, name: `${tag} Website` }).returning();
  const [inv1] = await db.insert(invoices).values({
    workspaceId, clientId, projectId: project.id, number: `${tag}-1`, amountCents: 150000, currency: 'EUR', issuedOn: '2026-09-01',
    dueOn: '2026-10-01', amountPaidCents: 50000, description: `${tag} design phase`,
  }).returning();
  const [inv2] = await db.insert(invoices).values({
    workspaceId, clientId, number: `${tag}-2`, amountCents: 20000, currency: 'EUR', issuedOn: '2026-10-01', status: 'paid', amountPaidCents: 20000,
  }).returning();
  const [draft] = await db.insert(invoices).values({
    workspaceId, clientId, number: `${tag}-3`, amountCents: 99900, currency: 'EUR', status: 'draft', description: `${tag} secret draft`,
  }).returning();
  const [pay1] = await db.insert(payments).values({ workspaceId, clientId, invoiceId: inv1.id, amountCents: 50000, paidOn: '2026-09-15' }).returning();
  const [pay2] = await db.insert(payments).values({ workspaceId, clientId, invoiceId: inv2.id, amountCents: 20000, paidOn: '2026-10-05' }).returning();
  return { project, invoices: [inv1, inv2], draft, payments: [pay1, pay2] };
}

export async function seedPortal(db: Db) {
  const ws = await seedWorkspace(db, { name: 'Northwind Studio' });
  const acme = await seedClient(db, ws.workspaceId, 'Acme Corp', { ownerId: ws.actors.manager.memberId });
  const jane = await seedContact(db, ws.workspaceId, acme.id, 'Jane Doe', 'jane@acme.test', { phone: '+4930123456', isPrimary: true });
  const raj = await seedContact(db, ws.workspaceId, acme.id, 'Raj Patel', 'raj@acme.test');
  const noEmail = await seedContact(db, ws.workspaceId, acme.id, 'No Mail', null);
  const acmeLedger = await seedLedger(db, ws.workspaceId, acme.id, 'ACME');
  const globex = await seedClient(db, ws.workspaceId, 'Globex');
  const hank = await seedContact(db, ws.workspaceId, globex.id, 'Hank Scorpio', 'hank@globex.test');
  const globexLedger = await seedLedger(db, ws.workspaceId, globex.id, 'GLOBEX');
  const other = await seedWorkspace(db, { name: 'Other Tenant' });
  const initech = await seedClient(db, other.workspaceId, 'Initech');
  const bill = await seedContact(db, other.workspaceId, initech.id, 'Bill L', 'bill@initech.test');
  const initechLedger = await seedLedger(db, other.workspaceId, initech.id, 'INITECH');
  return { ws, acme, jane, raj, noEmail, acmeLedger, globex, hank, globexLedger, other, initech, bill, initechLedger };
}

export type PortalSeed = Awaited<ReturnType<typeof seedPortal>>;

/** A fresh test database holding seedPortal's workspaces (clean up with db.cleanup()). */
export async function seededPortalDb(): Promise<{ db: TestDb; s: PortalSeed }> {
  const db = await createTestDb();
  return { db, s: await seedPortal(db.db) };
}

/** A portal contact's context: signed in to its own client (in `workspaceId`), at `now` if given. */
export const contactCtx = (db: Db, workspaceId: number, c: { id: number; clientId: number; name: string | null }, now?: Date): TestCtx =>
  testCtx(db, { kind: 'contact', workspaceId, contactId: c.id, clientId: c.clientId, channel: 'portal', name: c.name ?? '' }, { now });

/** A system context for the portal's public pages in a workspace (what the /portal routes use). */
export const portalCtx = (db: Db, workspaceId: number, now?: Date) =>
  testCtx(db, { kind: 'system', workspaceId, channel: 'system', name: 'portal' }, { now });

/** The raw token in the last email the memory mailer holds. */
export function lastLinkToken(sent: Array<{ links?: string[] }>): string {
  const link = sent.at(-1)?.links?.[0];
  if (!link) throw new Error('no email with a link was sent');
  return new URL(link).searchParams.get('token')!;
}
