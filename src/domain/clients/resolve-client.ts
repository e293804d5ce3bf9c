// Turns a reference as a person types it (name, part of a name, email, number) into exactly one client, or a
// typed error: NotFound, or Ambiguous with the candidates (nothing is changed either way). Digits are the
// workspace's client number ("4", "#4", "0004") or an id number from another system, never an internal id:
// buttons and pages, which hold ids, say so explicitly with "id:<n>".
import { and, eq, like, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients, contacts } from '../../db/schema';
import { Ambiguous, InvalidInput, NotFound } from '../../errors';
import { resolvePrinted } from '../normalize/printed-ref';
import { nameKey } from './name-key';
import { escapeLike } from '../normalize/escape-like';

export type ClientRow = typeof clients.$inferSelect;


/** As typed, else as printed ("Acme Corp (#0001)", "`#0001`", a name copied with the sentence's full stop). */
export const resolveClient = (db: DbOrTx, ctx: Ctx, ref: string | number): Promise<ClientRow> => resolvePrinted(ref, (r) => resolveTyped(db, ctx, r));

async function resolveTyped(db: DbOrTx, ctx: Ctx, ref: string | number): Promise<ClientRow> {
  const text = String(ref ?? '').trim();
  if (!text) throw new InvalidInput([{ field: 'client', message: 'Say which client (a name, email or number).' }]);
  const ws = eq(clients.workspaceId, ctx.actor.workspaceId);
  const pick = async (where: ReturnType<typeof and>) => db.select().from(clients).where(and(ws, where)).limit(11);

  const internal = /^id:\s*(\d+)$/i.exec(text);
  if (internal) {
    const [row] = await pick(eq(clients.id, Number(internal[1])));
    if (!row) throw new NotFound('client', text);
    return row;
  }
  const tiers: Array<() => Promise<ClientRow[]>> = [];
  const num = text.replace(/^(#|no\.?\s*|number\s+)/i, '');
  if (/^\d+$/.test(num)) {
    tiers.push(() => pick(or(eq(clients.number, num.padStart(4, '0')), eq(clients.idNumber, num))));
  }
  tiers.push(() => pick(eq(clients.idNumber, text)));
  if (text.includes('@')) {
    const email = text.toLowerCase();
    tiers.push(async () => {
      const direct = await pick(eq(clients.email, email));
      if (direct.length) return direct;
      const viaContact = db.select({ id: contacts.clientId }).from(contacts)
        .where(and(eq(contacts.workspaceId, ctx.actor.workspaceId), eq(contacts.email, email)));
      return pick(sql`${clients.id} IN ${viaContact}`);
    });
  }
  tiers.push(() => pick(sql`${clients.name} = ${text} COLLATE NOCASE`));
  const key = nameKey(text);
  if (key) {
    tiers.push(() => pick(eq(clients.nameKey, key)));
    tiers.push(() => pick(like(clients.nameKey, `%${escapeLike(key)}%`)));
  }

  for (const tier of tiers) {
    const rows = await tier();
    if (rows.length === 1) return rows[0];
    if (rows.length > 1) {
      // A reference that also matches archived records still means the one live client, if there is one.
      const live = rows.filter((r) => !r.archivedAt);
      if (live.length === 1) return live[0];
      throw new Ambiguous('client', text, rows.slice(0, 10).map((r) => ({
        id: r.id, label: r.name, detail: [`#${r.number}`, r.status, r.city, r.archivedAt ? 'archived' : null].filter(Boolean).join(' · '),
      })));
    }
  }
  throw new NotFound('client', text);
}

/** Loads a client by id within the actor's workspace; another workspace's id is the same NotFound. */
export async function getClientOrThrow(db: DbOrTx, ctx: Ctx, id: number): Promise<ClientRow> {
  const [row] = await db.select().from(clients)
    .where(and(eq(clients.workspaceId, ctx.actor.workspaceId), eq(clients.id, id))).limit(1);
  if (!row) throw new NotFound('client');
  return row;
}
