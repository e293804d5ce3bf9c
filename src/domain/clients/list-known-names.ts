// The names the assistant should recognise in a sentence: the workspace's clients, contacts, groups and members.
// Capped, so a very large workspace still answers fast (the reader then relies on its tagger alone).
import { and, desc, eq, isNotNull, max, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { activities, clients, contacts, groups, members } from '../../db/schema';

export const KNOWN_NAMES_CAP = 5000;

export type KnownNameLists = {
  clients: string[]; contacts: string[]; groups: string[]; members: string[];
  /** A contact's name (and first name) in lower case → the one client they are at; names at several clients, or
   *  that are also a client's name, are left out (the reader then asks which client). */
  contactClients: Record<string, string>;
  /** A client's name in lower case → the group it is in (clients in none are left out), so "take Acme out of VIP"
   *  can be checked against where Acme is. */
  clientGroups: Record<string, string>;
};

// Every offline chat turn asks: built once (src/db/prepared.ts).
const latestActivityQuery = preparedPer((db: DbOrTx) => db.select({ top: max(activities.id) }).from(activities)
  .where(eq(activities.workspaceId, sql.placeholder('ws'))).prepare());

/** Every change writes an activity row, so the latest one tells whether a cached list is still fresh (one index seek). */
export async function knownNamesVersion({ ctx }: { ctx: Ctx }): Promise<number> {
  const [row] = await latestActivityQuery(ctx.db).all({ ws: ctx.actor.workspaceId });
  return row?.top ?? 0;
}

export async function listKnownNames({ ctx }: { ctx: Ctx }): Promise<KnownNameLists> {
  const ws = ctx.actor.workspaceId;
  const clientRows = await ctx.db.select({ name: clients.name, group: groups.name }).from(clients)
    .leftJoin(groups, eq(groups.id, clients.groupId)).where(eq(clients.workspaceId, ws))
    .orderBy(desc(clients.id)).limit(KNOWN_NAMES_CAP);
  const contactRows = await ctx.db.select({ name: contacts.name, client: clients.name }).from(contacts)
    .innerJoin(clients, eq(clients.id, contacts.clientId))
    .where(and(eq(contacts.workspaceId, ws), isNotNull(contacts.name))).orderBy(desc(contacts.id)).limit(KNOWN_NAMES_CAP);
  const groupRows = await ctx.db.select({ name: groups.name }).from(groups).where(eq(groups.workspaceId, ws));
  // Removed members too: their clients can still be listed by whose they were.
  const memberRows = await ctx.db.select({ name: members.name }).from(members).where(and(eq(members.workspaceId, ws), isNotNull(members.name)));
  return {
    clients: clientRows.map((r) => r.name),
    contacts: contactRows.map((r) => r.name ?? '').filter(Boolean),
    groups: groupRows.map((r) => r.name),
    members: memberRows.map((r) => r.name ?? '').filter(Boolean),
    contactClients: placesOf(contactRows, clientRows.map((r) => r.name)),
    clientGroups: Object.fromEntries(clientRows.flatMap((r) => (r.group ? [[r.name.toLowerCase(), r.group]] : []))),
  };
}

function placesOf(rows: Array<{ name: string | null; client: string }>, clientNames: string[]): Record<string, string> {
  const places = new Map<string, string | null>();
  const note = (key: string, client: string) => places.set(key, places.has(key) && places.get(key) !== client ? null : client);
  for (const { name, client } of rows) {
    const full = name?.trim().toLowerCase();
    if (!full) continue;
    note(full, client);
    const first = full.split(/\s+/)[0];
    if (first !== full) note(first, client);
  }
  for (const c of clientNames) places.set(c.toLowerCase(), null);
  return Object.fromEntries([...places].filter((e): e is [string, string] => e[1] !== null));
}
