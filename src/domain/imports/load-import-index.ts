// What an import is matched against: the workspace's clients by id number, email, contact email, name key and
// website domain (keys only, so 100k clients stay small), plus members and groups by name.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients, contacts, groups, members, notes, workspaces } from '../../db/schema';

export type ClientRow = typeof clients.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;

export type ImportIndex = {
  country: string | null;
  byIdNumber: Map<string, number>;
  byEmail: Map<string, number>;
  byNameKey: Map<string, number>;
  byDomain: Map<string, number>;
  members: Map<string, number>;
  groups: Map<string, number>;
};

export async function loadImportIndex(db: DbOrTx, ctx: Ctx): Promise<ImportIndex> {
  const ws = ctx.actor.workspaceId;
  const [w] = await db.select({ country: workspaces.country }).from(workspaces).where(eq(workspaces.id, ws));
  const rows = await db.select({
    id: clients.id, idNumber: clients.idNumber, email: clients.email, nameKey: clients.nameKey,
    domain: clients.websiteDomain, archived: clients.archivedAt,
  }).from(clients).where(eq(clients.workspaceId, ws)).orderBy(clients.id);
  const idx: ImportIndex = {
    country: w?.country ?? null, byIdNumber: new Map(), byEmail: new Map(), byNameKey: new Map(), byDomain: new Map(),
    members: new Map(), groups: new Map(),
  };
  // Live clients win over archived ones for the same key; otherwise the oldest.
  for (const live of [true, false]) {
    for (const r of rows) {
      if (!!r.archived === live) continue;
      if (r.idNumber && !idx.byIdNumber.has(r.idNumber)) idx.byIdNumber.set(r.idNumber, r.id);
      if (r.email && !idx.byEmail.has(r.email)) idx.byEmail.set(r.email, r.id);
      if (r.nameKey && !idx.byNameKey.has(r.nameKey)) idx.byNameKey.set(r.nameKey, r.id);
      if (r.domain && !idx.byDomain.has(r.domain)) idx.byDomain.set(r.domain, r.id);
    }
  }
  const people = await db.select({ clientId: contacts.clientId, email: contacts.email }).from(contacts)
    .where(and(eq(contacts.workspaceId, ws), isNotNull(contacts.email))).orderBy(contacts.id);
  for (const p of people) if (p.email && !idx.byEmail.has(p.email)) idx.byEmail.set(p.email, p.clientId);
  for (const m of await db.select().from(members).where(eq(members.workspaceId, ws))) {
    if (m.email) idx.members.set(m.email.toLowerCase(), m.id);
    if (m.name) idx.members.set(m.name.toLowerCase(), m.id);
  }
  for (const g of await db.select().from(groups).where(eq(groups.workspaceId, ws))) idx.groups.set(g.name.toLowerCase(), g.id);
  return idx;
}

export type ExistingClient = { row: ClientRow; contacts: ContactRow[]; noteBodies: Set<string> };

/** Full rows of the matched clients, their contacts and note bodies, in bounded batches. */
export async function loadMatchedClients(db: DbOrTx, ctx: Ctx, ids: number[]): Promise<Map<number, ExistingClient>> {
  const out = new Map<number, ExistingClient>();
  const ws = ctx.actor.workspaceId;
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    const rows = await db.select().from(clients).where(and(eq(clients.workspaceId, ws), inArray(clients.id, batch)));
    for (const row of rows) out.set(row.id, { row, contacts: [], noteBodies: new Set() });
    const people = await db.select().from(contacts).where(and(eq(contacts.workspaceId, ws), inArray(contacts.clientId, batch)));
    for (const p of people) out.get(p.clientId)?.contacts.push(p);
    const bodies = await db.select({ clientId: notes.clientId, body: notes.body }).from(notes)
      .where(and(eq(notes.workspaceId, ws), inArray(notes.clientId, batch)));
    for (const n of bodies) out.get(n.clientId)?.noteBodies.add(n.body);
  }
  return out;
}
