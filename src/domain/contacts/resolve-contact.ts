// A contact of one client by id, email, name or part of a name; NotFound or Ambiguous with candidates.
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { contacts } from '../../db/schema';
import { Ambiguous, InvalidInput, NotFound } from '../../errors';
import type { ContactRow } from './contact-view';
import { escapeLike } from '../normalize/escape-like';

const COURTESY = /^(?:mr|mrs|ms|miss|mx|dr|prof|mme|mlle|sr|sra|herr|frau)\.?\s+/;

export async function resolveContact(db: DbOrTx, ctx: Ctx, clientId: number, ref: string | number): Promise<ContactRow> {
  const text = String(ref ?? '').trim();
  if (!text) throw new InvalidInput([{ field: 'contact', message: 'Say which contact (a name or an email).' }]);
  const scope = and(eq(contacts.workspaceId, ctx.actor.workspaceId), eq(contacts.clientId, clientId));
  const pick = (where: ReturnType<typeof and>) => db.select().from(contacts).where(and(scope, where)).limit(11);
  const lower = text.toLowerCase();
  const tiers: Array<() => Promise<ContactRow[]>> = [];
  if (/^\d+$/.test(text)) tiers.push(() => pick(eq(contacts.id, Number(text))));
  if (text.includes('@')) tiers.push(() => pick(eq(contacts.email, lower)));
  tiers.push(() => pick(sql`lower(${contacts.name}) = ${lower}`));
  tiers.push(() => pick(sql`lower(${contacts.name}) LIKE ${`%${escapeLike(lower)}%`} ESCAPE '\\'`));
  tiers.push(() => pick(sql`${contacts.email} LIKE ${`%${escapeLike(lower)}%`} ESCAPE '\\'`));
  // "Mrs. Siobhan O'Shea" for a contact saved as "Siobhan O'Shea": a courtesy title is how she is addressed, not her name.
  const bare = lower.replace(COURTESY, '');
  if (bare !== lower && bare) tiers.push(() => pick(sql`lower(${contacts.name}) = ${bare}`));
  for (const tier of tiers) {
    const rows = await tier();
    if (rows.length === 1) return rows[0];
    if (rows.length > 1) {
      throw new Ambiguous('contact', text, rows.slice(0, 10).map((c) => ({
        id: c.id, label: c.name ?? c.email ?? `contact ${c.id}`, detail: [c.email, c.jobTitle, c.isPrimary ? 'primary' : null].filter(Boolean).join(' · '),
      })));
    }
  }
  throw new NotFound('contact', text);
}
