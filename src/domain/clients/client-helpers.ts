// Small shared steps of the client verbs: numbering, owner/group lookups, id-number uniqueness.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients, groups, workspaces } from '../../db/schema';
import { InvalidInput, NotFound } from '../../errors';
import { resolveMember } from '../members/resolve-member';

/** The next client number of the workspace: 0001, 0002, ... (runs inside the write transaction). */
export async function nextClientNumber(db: DbOrTx, workspaceId: number): Promise<string> {
  const [row] = await db.select({ n: sql<number | null>`max(CAST(${clients.number} AS INTEGER))` }).from(clients)
    .where(eq(clients.workspaceId, workspaceId));
  return String(Number(row?.n ?? 0) + 1).padStart(4, '0');
}

export async function workspaceCountry(db: DbOrTx, ctx: Ctx): Promise<string | null> {
  const [w] = await db.select({ country: workspaces.country }).from(workspaces).where(eq(workspaces.id, ctx.actor.workspaceId)).limit(1);
  return w?.country ?? null;
}

export async function assertIdNumberFree(db: DbOrTx, ctx: Ctx, idNumber: string | null | undefined, selfId?: number): Promise<void> {
  if (!idNumber) return;
  const [hit] = await db.select({ id: clients.id, name: clients.name, number: clients.number }).from(clients)
    .where(and(eq(clients.workspaceId, ctx.actor.workspaceId), eq(clients.idNumber, idNumber), selfId ? ne(clients.id, selfId) : undefined))
    .limit(1);
  if (hit) throw new InvalidInput([{ field: 'idNumber', message: `ID number ${idNumber} is already used by ${hit.name} (#${hit.number})` }]);
}

/** owner: a member reference, null clears it. */
export async function resolveOwnerId(db: DbOrTx, ctx: Ctx, owner: string | number | null): Promise<number | null> {
  if (owner === null) return null;
  return (await resolveMember(db, ctx, owner)).id;
}

/** group: a group name (case-insensitive), null or '' clears it. */
export async function resolveGroupId(db: DbOrTx, ctx: Ctx, group: string | null): Promise<number | null> {
  if (group === null || group.trim() === '') return null;
  const [row] = await db.select({ id: groups.id }).from(groups)
    .where(and(eq(groups.workspaceId, ctx.actor.workspaceId), sql`lower(${groups.name}) = ${group.trim().toLowerCase()}`)).limit(1);
  if (!row) throw new NotFound('group', group.trim());
  return row.id;
}
