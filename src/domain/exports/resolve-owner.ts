// A member of the workspace by email or name, for the `owner` filter and the import's Owner column.
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { members } from '../../db/schema';
import { NotFound } from '../../errors';

export async function findOwner(db: DbOrTx, ctx: Ctx, ref: string): Promise<number | null> {
  const text = ref.trim().toLowerCase();
  if (!text) return null;
  const rows = await db.select({ id: members.id }).from(members).where(and(
    eq(members.workspaceId, ctx.actor.workspaceId),
    sql`(lower(${members.email}) = ${text} OR lower(${members.name}) = ${text})`,
  )).limit(2);
  return rows.length === 1 ? rows[0].id : null;
}

export async function resolveOwner(db: DbOrTx, ctx: Ctx, ref: string): Promise<number> {
  const id = await findOwner(db, ctx, ref);
  if (id == null) throw new NotFound('team member', ref);
  return id;
}
