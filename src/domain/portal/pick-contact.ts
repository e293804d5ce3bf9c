// Finds one contact of a client by id, email or (part of a) name, for the portal verbs' `contact` argument.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contacts } from '../../db/schema';
import { Ambiguous, NotFound } from '../../errors';

export type ContactRow = typeof contacts.$inferSelect;

export async function pickContact(db: DbOrTx, workspaceId: number, clientId: number, ref: string | number): Promise<ContactRow> {
  const text = String(ref).trim();
  const all = await db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.clientId, clientId)));
  const lower = text.toLowerCase();
  const tiers: Array<(c: ContactRow) => boolean> = [
    (c) => /^\d+$/.test(text) && c.id === Number(text),
    (c) => c.email?.toLowerCase() === lower,
    (c) => c.name?.toLowerCase() === lower,
    (c) => !!c.name && c.name.toLowerCase().split(/\s+/).includes(lower),
    (c) => !!lower && (c.name?.toLowerCase().includes(lower) ?? false),
  ];
  for (const tier of tiers) {
    const hits = all.filter(tier);
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) {
      throw new Ambiguous('contact', text, hits.slice(0, 10).map((c) => ({ id: c.id, label: c.name ?? c.email ?? `#${c.id}`, detail: c.email ?? undefined })));
    }
  }
  throw new NotFound('contact', text);
}
