// A project named as a person types it (its name, part of it, or its id), looked up within one client only.
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { projects } from '../../db/schema';
import { Ambiguous, NotFound } from '../../errors';

export type ProjectRow = typeof projects.$inferSelect;

export async function resolveProject(db: DbOrTx, ctx: Ctx, clientId: number, ref: string | number): Promise<ProjectRow> {
  const text = String(ref).trim();
  const scope = and(eq(projects.workspaceId, ctx.actor.workspaceId), eq(projects.clientId, clientId));
  const tiers = [
    ...(/^\d+$/.test(text) ? [eq(projects.id, Number(text))] : []),
    sql`lower(${projects.name}) = lower(${text})`,
    sql`instr(lower(${projects.name}), lower(${text})) > 0`,
  ];
  for (const where of tiers) {
    const rows = await db.select().from(projects).where(and(scope, where)).limit(11);
    if (rows.length === 1) return rows[0];
    if (rows.length > 1) {
      throw new Ambiguous('project', text, rows.slice(0, 10).map((p) => ({ id: p.id, label: p.name, detail: p.status })));
    }
  }
  throw new NotFound('project', text);
}
