// The duplicate rule (7): the same name without case, punctuation or legal suffixes, the same website domain,
// or an email already on another client's contact. Every probe uses an index, so it stays fast at 100k clients.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients, contacts } from '../../db/schema';
import { nameKey, websiteDomain } from './name-key';
import type { ClientRow } from './resolve-client';

export type DuplicateMatch = { client: ClientRow; reason: 'name' | 'website' | 'email' };

export async function findDuplicateClient(
  db: DbOrTx, ctx: Ctx, probe: { name?: string | null; website?: string | null; email?: string | null; excludeId?: number },
): Promise<DuplicateMatch | null> {
  const ws = eq(clients.workspaceId, ctx.actor.workspaceId);
  const notSelf = probe.excludeId ? ne(clients.id, probe.excludeId) : undefined;
  const first = async (where: ReturnType<typeof and>) =>
    (await db.select().from(clients).where(and(ws, notSelf, where)).orderBy(sql`${clients.archivedAt} IS NOT NULL`, clients.id).limit(1))[0];

  const key = probe.name ? nameKey(probe.name) : '';
  if (key) {
    const hit = await first(eq(clients.nameKey, key));
    if (hit) return { client: hit, reason: 'name' };
  }
  const domain = websiteDomain(probe.website);
  if (domain) {
    const hit = await first(eq(clients.websiteDomain, domain));
    if (hit) return { client: hit, reason: 'website' };
  }
  if (probe.email) {
    const owners = db.select({ id: contacts.clientId }).from(contacts)
      .where(and(eq(contacts.workspaceId, ctx.actor.workspaceId), eq(contacts.email, probe.email.toLowerCase())));
    const hit = await first(sql`${clients.id} IN ${owners}`);
    if (hit) return { client: hit, reason: 'email' };
  }
  return null;
}
