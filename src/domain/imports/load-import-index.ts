// What an import is matched against: the workspace's clients by id number, email, contact email, name key and
// website domain, looked up by index for the keys the file names only, plus members and groups by name.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import type { Pause } from './yield-to-loop';
import { clients, contacts, groups, members, notes, workspaces } from '../../db/schema';

export type ClientRow = typeof clients.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;

export type ImportIndex = {
  byIdNumber: Map<string, number>;
  byEmail: Map<string, number>;
  byNameKey: Map<string, number>;
  byDomain: Map<string, number>;
  members: Map<string, number>;
  groups: Map<string, number>;
};

export async function loadWorkspaceCountry(db: DbOrTx, ctx: Ctx): Promise<string | null> {
  const [w] = await db.select({ country: workspaces.country }).from(workspaces).where(eq(workspaces.id, ctx.actor.workspaceId));
  return w?.country ?? null;
}

/** The keys a file names; only clients carrying one of them are read (by index), so the cost follows the file. */
export type ImportKeys = { idNumbers: Set<string>; emails: Set<string>; nameKeys: Set<string>; domains: Set<string> };

const KEY_CHUNK = 2000;
const chunks = (keys: Set<string>) => {
  const all = [...keys];
  return Array.from({ length: Math.ceil(all.length / KEY_CHUNK) }, (_, i) => all.slice(i * KEY_CHUNK, (i + 1) * KEY_CHUNK));
};
// One JSON parameter per batch of keys (libSQL binds many parameters slowly); SQLite still probes the index.
const inJson = (column: SQLiteColumn, values: Array<string | number>) => sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;

export async function loadImportIndex(db: DbOrTx, ctx: Ctx, keys: ImportKeys, pause: Pause = async () => {}): Promise<ImportIndex> {
  const ws = ctx.actor.workspaceId;
  const cols = {
    id: clients.id, idNumber: clients.idNumber, email: clients.email, nameKey: clients.nameKey,
    domain: clients.websiteDomain, archived: clients.archivedAt,
  };
  const found = new Map<number, { id: number; idNumber: string | null; email: string | null; nameKey: string; domain: string | null; archived: Date | null }>();
  const lookups = [[clients.idNumber, keys.idNumbers], [clients.email, keys.emails], [clients.nameKey, keys.nameKeys], [clients.websiteDomain, keys.domains]] as const;
  for (const [column, set] of lookups) {
    for (const batch of chunks(set)) {
      for (const r of await db.select(cols).from(clients).where(and(eq(clients.workspaceId, ws), inJson(column, batch)))) found.set(r.id, r);
      await pause();
    }
  }
  const rows = [...found.values()].sort((a, b) => a.id - b.id);
  const idx: ImportIndex = {
    byIdNumber: new Map(), byEmail: new Map(), byNameKey: new Map(), byDomain: new Map(),
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
  // A client's own email wins over a contact's; among contacts, the oldest.
  const people: Array<{ id: number; clientId: number; email: string | null }> = [];
  for (const batch of chunks(keys.emails)) {
    people.push(...await db.select({ id: contacts.id, clientId: contacts.clientId, email: contacts.email }).from(contacts)
      .where(and(eq(contacts.workspaceId, ws), inJson(contacts.email, batch))));
    await pause();
  }
  for (const p of people.sort((a, b) => a.id - b.id)) if (p.email && !idx.byEmail.has(p.email)) idx.byEmail.set(p.email, p.clientId);
  for (const m of await db.select().from(members).where(and(eq(members.workspaceId, ws), isNull(members.removedAt)))) {
    if (m.email) idx.members.set(m.email.toLowerCase(), m.id);
    if (m.name) idx.members.set(m.name.toLowerCase(), m.id);
  }
  for (const g of await db.select().from(groups).where(eq(groups.workspaceId, ws))) idx.groups.set(g.name.toLowerCase(), g.id);
  return idx;
}

export type ExistingClient = { row: ClientRow; contacts: ContactRow[]; noteBodies: Set<string> };

/** Full rows of the matched clients, their contacts and note bodies, in bounded batches. */
export async function loadMatchedClients(db: DbOrTx, ctx: Ctx, ids: number[], pause: Pause = async () => {}): Promise<Map<number, ExistingClient>> {
  const out = new Map<number, ExistingClient>();
  const ws = ctx.actor.workspaceId;
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    const rows = await db.select().from(clients).where(and(eq(clients.workspaceId, ws), inJson(clients.id, batch)));
    for (const row of rows) out.set(row.id, { row, contacts: [], noteBodies: new Set() });
    const people = await db.select().from(contacts).where(and(eq(contacts.workspaceId, ws), inJson(contacts.clientId, batch)));
    for (const p of people) out.get(p.clientId)?.contacts.push(p);
    const bodies = await db.select({ clientId: notes.clientId, body: notes.body }).from(notes)
      .where(and(eq(notes.workspaceId, ws), inJson(notes.clientId, batch)));
    for (const n of bodies) out.get(n.clientId)?.noteBodies.add(n.body);
    await pause();
  }
  return out;
}
